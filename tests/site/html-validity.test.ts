/** The W3C Nu HTML Checker (the vnu-jar package, on the machine's Java) over every page of the build, in one run. */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlFiles, SITE } from './site.ts';

/** The checker's jar, from the vnu-jar npm package (its own Java downloader is not run; Debian's Java is used). */
const VNU_JAR = join(createRequire(import.meta.url).resolve('vnu-jar/package.json'), '../build/dist/vnu.jar');

interface VnuMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

describe('HTML validity', () => {
  it('the Nu HTML Checker reports no error on any page', () => {
    const files = htmlFiles().map((file) => join(SITE, file));
    const result = spawnSync('java', ['-jar', VNU_JAR, '--errors-only', '--format', 'json', '--stdout', ...files], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(result.error, 'Java is needed for the HTML checker: run `npm run setup -- --browser`').toBeUndefined();
    const { messages } = JSON.parse(result.stdout) as { messages: VnuMessage[] };
    const errors = messages.map(
      (m) =>
        `${(m.url ?? '').replace(/^file:.*?test-site\//, '')}:${m.lastLine ?? '?'} ${m.message}  [${m.extract ?? ''}]`,
    );
    expect(errors).toEqual([]);
    expect(files.length).toBeGreaterThan(3);
  });
});
