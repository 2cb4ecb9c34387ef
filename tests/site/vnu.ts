/** The W3C Nu HTML Checker (the vnu-jar package, on the machine's Java), for the tests that check built pages. */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';

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

/**
 * The checker's errors on `files`, one line each ("people/x/index.html:12 message [extract]", the path from the
 * folder `root`), in one run of the checker; throws when Java cannot be started.
 */
export function vnuErrors(files: readonly string[], root: string): string[] {
  const result = spawnSync('java', ['-jar', VNU_JAR, '--errors-only', '--format', 'json', '--stdout', ...files], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) throw new Error('Java is needed for the HTML checker: run `npm run setup -- --browser`');
  const { messages } = JSON.parse(result.stdout) as { messages: VnuMessage[] };
  const prefix = `file:${root.endsWith('/') ? root : `${root}/`}`;
  return messages.map(
    (m) =>
      `${(m.url ?? '').replace(prefix, '').replace(/^file:.*?test-site\//, '')}:${m.lastLine ?? '?'} ${m.message}  [${m.extract ?? ''}]`,
  );
}
