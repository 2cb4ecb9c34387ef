/**
 * Builds that meet faults: killed with SIGKILL while Astro renders, killed between the two renames of the swap, a
 * second build started while one runs, and a full disk. Each leaves the previous output as it was, and the next
 * build cleans up after the one that died.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEnv, buildSite, copyContent, fingerprint } from '../helpers.ts';

const scratch = mkdtempSync(join(tmpdir(), 'news-faults-'));
const out = join(scratch, 'site');
const WORK = resolve('.build-tmp');
/** A process id no process has: above the kernel's limit. */
const DEAD_PID = 4_194_305;
let before: Record<string, string>;

beforeAll(() => {
  const first = buildSite(out);
  expect(first.status, first.stderr).toBe(0);
  before = fingerprint(out);
}, 120_000);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('a build that meets a fault', () => {
  it('killed with SIGKILL while Astro renders, leaves the previous output intact, and the next build cleans up', async () => {
    // --full: with nothing changed, a plain build would have nothing to do, and Astro would not start.
    const child = spawn(process.execPath, ['src/build/cli.ts', '--out', out, '--full'], {
      env: buildEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    const staging = join(WORK, `dist-${child.pid}`);
    // Kill once Astro is writing pages into the staging folder.
    for (let tries = 0; tries < 600; tries++) {
      if (existsSync(join(staging, '_astro')) || existsSync(join(staging, 'index.html'))) break;
      await new Promise((done) => setTimeout(done, 50));
    }
    expect(existsSync(staging), 'the build got as far as Astro writing').toBe(true);
    process.kill(-child.pid!, 'SIGKILL');
    await new Promise((done) => child.on('close', done));
    expect(fingerprint(out)).toEqual(before);
    const next = buildSite(out);
    expect(next.status, next.stderr).toBe(0);
    expect(next.stdout).toContain(`removed ${staging}, left by a build that was stopped`);
    expect(existsSync(staging)).toBe(false);
    expect(fingerprint(out)).toEqual(before);
  }, 120_000);

  it('killed between the two renames of the swap, has its output put back by the next build, even one that fails', () => {
    // The state a kill there leaves: the output moved aside under the dead build's name, nothing in its place.
    const aside = `${out}.previous-${DEAD_PID}`;
    renameSync(out, aside);
    const copy = copyContent();
    try {
      const path = join(copy.root, 'people', readdirSync(join(copy.root, 'people'))[0]!);
      writeFileSync(path, `${readFileSync(path, 'utf8')}\nunknownField: x\n`);
      const next = buildSite(out, { CONTENT_DIR: copy.root });
      expect(next.status).toBe(1);
      expect(next.stdout).toContain(`put back ${out}`);
    } finally {
      copy.cleanup();
    }
    expect(existsSync(aside)).toBe(false);
    expect(fingerprint(out)).toEqual(before);
  }, 120_000);

  it('a second build started while one runs waits for it, and both succeed', async () => {
    const first = spawn(process.execPath, ['src/build/cli.ts', '--out', out, '--full'], {
      env: buildEnv(),
      stdio: 'ignore',
    });
    const firstDone = new Promise<number | null>((done) => first.on('close', done));
    await new Promise((done) => setTimeout(done, 300));
    const second = buildSite(join(scratch, 'second'));
    expect(second.status, second.stderr).toBe(0);
    expect(second.stdout).toMatch(/Waiting for another build of this project \(process \d+\) to finish/);
    expect(await firstDone).toBe(0);
    expect(fingerprint(out)).toEqual(before);
  }, 180_000);

  it('on a full disk, fails with a clear message and leaves the previous output intact', () => {
    const disk = join(scratch, 'small-disk');
    mkdirSync(disk);
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=600k', 'tmpfs', disk], { stdio: 'ignore' });
    } catch {
      console.warn('Skipped the full-disk build: this machine does not let the tests mount a small tmpfs.');
      return;
    }
    try {
      const small = join(disk, 'site');
      mkdirSync(small);
      writeFileSync(join(small, 'index.html'), '<!doctype html><title>Previous</title>\n');
      const previous = fingerprint(small);
      const result = buildSite(small);
      expect(result.status).toBe(1);
      expect(result.stderr).toContain('The disk is full');
      expect(fingerprint(small)).toEqual(previous);
      expect(readdirSync(disk).filter((name) => name.includes('staging'))).toEqual([]);
    } finally {
      spawnSync('umount', [disk]);
    }
  }, 120_000);
});
