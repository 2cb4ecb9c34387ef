/**
 * Builds the real site once before the tests that read it (tests/site/*), with the same command users run.
 * The output goes to .build-tmp/test-site so a developer's dist/ is left alone.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { buildEnv } from './helpers.ts';

/** Where the test build lives; tests read it through TEST_SITE_DIR. */
export const TEST_SITE_DIR = resolve('.build-tmp/test-site');

export default function setup(): void {
  const result = spawnSync(process.execPath, ['src/build/cli.ts', '--out', TEST_SITE_DIR], {
    encoding: 'utf8',
    env: buildEnv(),
  });
  if (result.status !== 0) throw new Error(`The site did not build:\n${result.stdout}\n${result.stderr}`);
  process.env.TEST_SITE_DIR = TEST_SITE_DIR;
}
