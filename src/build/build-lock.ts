/**
 * Keeps two builds of one project from running into each other: a build holds a lock on what it writes (the output
 * folder and Astro's cache folder, where the content store and the bundled code live) for as long as it runs. A second
 * build that wants either waits for the first, saying so, and refuses after a while with a clear message. A lock left
 * by a build that was killed names a process that no longer runs; the next build takes it over.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** A lock held by this process. */
export interface BuildLock {
  release(): void;
}

/** Whether a process still runs (a process of another user still counts). */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The lock file of one guarded folder, under `locks`. */
const lockFile = (locks: string, guarded: string) =>
  join(locks, `${createHash('sha256').update(resolve(guarded)).digest('hex').slice(0, 16)}.lock`);

/**
 * Takes the locks of `guarded` folders, in a fixed order so that two builds cannot each hold one and wait for the
 * other. Waits while another running build holds one, calling `waiting` once; throws after `timeoutMs`.
 */
export async function lockBuild(
  locks: string,
  guarded: readonly string[],
  { timeoutMs = 15 * 60_000, waiting = (_: string) => {} } = {},
): Promise<BuildLock> {
  mkdirSync(locks, { recursive: true });
  const files = [...new Set(guarded.map((g) => lockFile(locks, g)))].sort();
  const held: string[] = [];
  const start = Date.now();
  let told = false;
  try {
    for (const file of files) {
      for (;;) {
        try {
          writeFileSync(file, JSON.stringify({ pid: process.pid, started: new Date().toISOString(), guarded }), {
            flag: 'wx',
          });
          held.push(file);
          break;
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        }
        const holder = readHolder(file);
        if (!holder || !isRunning(holder.pid)) {
          // Left by a build that was killed (or half-written a moment ago): take it over.
          rmSync(file, { force: true });
          continue;
        }
        if (Date.now() - start > timeoutMs)
          throw new Error(
            `Another build of this project is still running (process ${holder.pid}, started ${holder.started}). Wait for it to finish, or stop it, then build again.`,
          );
        if (!told) waiting(`Waiting for another build of this project (process ${holder.pid}) to finish…`);
        told = true;
        await new Promise((done) => setTimeout(done, 200));
      }
    }
  } catch (error) {
    for (const file of held) rmSync(file, { force: true });
    throw error;
  }
  return {
    release() {
      for (const file of held) if (readHolder(file)?.pid === process.pid) rmSync(file, { force: true });
    },
  };
}

function readHolder(file: string): { pid: number; started: string } | undefined {
  try {
    const holder = JSON.parse(readFileSync(file, 'utf8')) as { pid: number; started: string };
    return Number.isInteger(holder.pid) ? holder : undefined;
  } catch {
    return undefined;
  }
}
