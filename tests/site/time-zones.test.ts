/**
 * The machine's time zone must not change a page: builds at UTC+14 (Kiritimati) and UTC−10/−9 (Adak, with daylight
 * saving) are byte-identical to the test build, so no date is shifted a day either way.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildEnv, fingerprint } from '../helpers.ts';
import { SITE } from './site.ts';

const ZONES = ['Pacific/Kiritimati', 'America/Adak'];
const scratch = mkdtempSync(join(tmpdir(), 'news-tz-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Builds into `out` with the build command, in the background; resolves to its exit code and error output. */
function build(out: string, env: Record<string, string>): Promise<{ status: number | null; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ['src/build/cli.ts', '--out', out], { env: buildEnv(env) });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.resume();
    child.on('close', (status) => done({ status, stderr }));
  });
}

describe('time-zone independence', () => {
  it(`builds byte-identical output with TZ=${ZONES.join(' and TZ=')}`, async () => {
    // One after the other: builds of one project share Astro's .astro/ folder, and two at once can race on it.
    const outs = ZONES.map((zone) => join(scratch, zone.replace('/', '-')));
    const results = [];
    for (const [i, zone] of ZONES.entries()) results.push(await build(outs[i]!, { TZ: zone }));
    const expected = fingerprint(SITE);
    for (const [i, zone] of ZONES.entries()) {
      expect(results[i]!.status, `${zone}: ${results[i]!.stderr}`).toBe(0);
      expect(fingerprint(outs[i]!), zone).toEqual(expected);
    }
  });
});
