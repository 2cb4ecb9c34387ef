/**
 * Every hostile payload through the real pipeline, each in a minimal valid page, and the W3C Nu HTML Checker over all
 * of them in one run: whatever Markdown an editor pastes, the sanitised output is valid HTML.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildAliasIndex } from '../../src/analysis/alias-index.ts';
import { renderMarkdown } from '../../src/markdown/processor.ts';
import { createUrls } from '../../src/model/urls.ts';
import { readAttributionVocabulary } from '../../src/parse/read-policy.ts';
import { CONTENT } from '../helpers.ts';
import { PAYLOADS, surround } from './hostile-payloads.ts';

const VNU_JAR = join(createRequire(import.meta.url).resolve('vnu-jar/package.json'), '../build/dist/vnu.jar');
const options = {
  index: buildAliasIndex([{ type: 'person', id: 'joe-biden', name: 'Joe Biden', aliases: ['Biden'] }]),
  href: createUrls('/').entity,
  vocabulary: readAttributionVocabulary(CONTENT),
};
const scratch = mkdtempSync(join(tmpdir(), 'news-hostile-html-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('hostile Markdown', () => {
  it('comes out as HTML the Nu checker finds no error in, for every payload', async () => {
    const files: string[] = [];
    for (const payload of PAYLOADS) {
      const { html } = await renderMarkdown(surround(payload), options);
      const file = join(scratch, `${payload.id}.html`);
      writeFileSync(
        file,
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${payload.id}</title></head><body><main>${html}</main></body></html>\n`,
      );
      files.push(file);
    }
    const result = spawnSync('java', ['-jar', VNU_JAR, '--errors-only', '--format', 'json', '--stdout', ...files], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(result.error, 'Java is needed for the HTML checker: run `npm run setup -- --browser`').toBeUndefined();
    const { messages } = JSON.parse(result.stdout) as {
      messages: Array<{ url?: string; message: string; extract?: string }>;
    };
    const errors = messages.map((m) => `${(m.url ?? '').split('/').at(-1)}: ${m.message}  [${m.extract ?? ''}]`);
    expect(errors).toEqual([]);
    expect(files.length).toBe(PAYLOADS.length);
  }, 120_000);
});
