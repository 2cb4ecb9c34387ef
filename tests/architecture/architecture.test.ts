import { resolve } from 'node:path';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importsOf, sourceImports, STAGES, stageOf, violations } from './imports.ts';

const SRC = resolve('src');

describe('the stage rule', () => {
  it('reads static, type-only, dynamic and worker imports', () => {
    const text = [
      "import { a } from '../model/content.ts';",
      "import type { B } from './corpus.ts';",
      "export { c } from '../parse/slug.ts';",
      "const d = await import('../emit/views/site.ts');",
      "new Worker(new URL('./card-worker.ts', import.meta.url));",
      "import '../styles/site.css';",
      "import matter from 'gray-matter';",
    ].join('\n');
    expect(importsOf('derive/x.ts', text).map((e) => e.to)).toEqual([
      'model/content.ts',
      'derive/corpus.ts',
      'parse/slug.ts',
      'emit/views/site.ts',
      'derive/card-worker.ts',
      'styles/site.css',
    ]);
  });

  it('reports an import of a later stage, and allows earlier ones', () => {
    expect(violations([{ from: 'derive/corpus.ts', to: 'emit/views/site.ts' }])).toEqual([
      'derive/corpus.ts → emit/views/site.ts (derive may not import the later stage emit)',
    ]);
    expect(violations([{ from: 'emit/views/site.ts', to: 'derive/corpus.ts' }])).toEqual([]);
    expect(violations([{ from: 'loose.ts', to: 'model/urls.ts' }])).toHaveLength(1);
  });

  it('holds for every module of src/', () => {
    const edges = sourceImports(SRC);
    expect(edges.length).toBeGreaterThan(300);
    expect(violations(edges)).toEqual([]);
  });

  it('places every top-level entry of src/ in a stage, and each stage folder says what it may import', () => {
    for (const name of readdirSync(SRC)) {
      expect(stageOf(name), `src/${name} is in no stage`).toBeDefined();
    }
    for (const [index, names] of STAGES.entries()) {
      const folder = names[0]!;
      if (!readdirSync(SRC).includes(folder)) continue;
      const readme = readFileSync(resolve(SRC, folder, 'README.md'), 'utf8');
      const earlier = STAGES.slice(0, index).map((n) => n[0]!);
      for (const stage of earlier) expect(readme, `src/${folder}/README.md names ${stage}/`).toContain(`${stage}/`);
    }
  });
});
