/**
 * Cleaning up after a build that was killed (a CI job cancelled, a laptop closed, SIGKILL). A build writes only into
 * its staging folder until the swap, so a kill before it leaves the output as it was and a staging folder behind; a
 * kill between the swap's two renames leaves the previous output moved aside. The next build, holding the lock,
 * removes the first and puts the second back.
 */
import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { isRunning } from './build-lock.ts';

/** What the previous output is renamed to during a swap: `dist.previous-<pid>`, beside it. */
export const PREVIOUS = '.previous-';

/** Whether two existing folders are on one file system, so that a rename between them is atomic. */
export function sameDevice(a: string, b: string): boolean {
  try {
    return statSync(a).dev === statSync(b).dev;
  } catch {
    return false;
  }
}

/** Removes staging folders of builds no longer running, and puts back an output a killed swap moved aside. */
export function recoverInterrupted(work: string, out: string): string[] {
  const done: string[] = [];
  const dead = (name: string, pattern: RegExp) => {
    const pid = Number(pattern.exec(name)?.[1]);
    return Number.isInteger(pid) && pid > 0 && pid !== process.pid && !isRunning(pid);
  };
  const folder = dirname(out);
  const mine = new RegExp(`^${escape(basename(out))}${escape(PREVIOUS)}(\\d+)$`);
  for (const name of existsSync(folder) ? readdirSync(folder) : []) {
    if (!dead(name, mine)) continue;
    const path = join(folder, name);
    if (!existsSync(out)) {
      renameSync(path, out);
      done.push(`put back ${out}, which a build that was stopped during its swap had moved aside`);
    } else {
      rmSync(path, { recursive: true, force: true });
      done.push(`removed ${path}`);
    }
  }
  const staging = new RegExp(`^(?:dist-|\\.${escape(basename(out))}\\.staging-)(\\d+)$`);
  for (const where of [work, folder]) {
    for (const name of existsSync(where) ? readdirSync(where) : []) {
      if (!dead(name, staging)) continue;
      rmSync(join(where, name), { recursive: true, force: true });
      done.push(`removed ${join(where, name)}, left by a build that was stopped`);
    }
  }
  return done;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
