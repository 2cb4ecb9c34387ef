/**
 * Serves a built site as its host would: Astro's preview server, at the base path the folder was built for (the
 * build command records it, build-record.ts), so a BASE_PATH=/news/ build answers at /news/ with no more said.
 *   node src/build/preview.ts [--out DIR] [--port N]
 * BASE_PATH, when set, wins over the record. A nested build (--nested) is served from its root, where it lives.
 */
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { builtAs } from './build-record.ts';

const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(name);
  return at === -1 ? undefined : args[at + 1];
};
const out = resolve(option('--out') ?? process.env.OUT_DIR ?? 'dist');
const record = builtAs(out);
const base = process.env.BASE_PATH ?? (record?.nested ? '/' : record?.base) ?? '/';
const port = option('--port') ?? '4321';
console.log(`Serving ${out} at http://127.0.0.1:${port}${record?.nested ? (record.base ?? '/') : base}`);
const child = spawn(
  process.execPath,
  [join('node_modules', 'astro', 'bin', 'astro.mjs'), 'preview', '--host', '127.0.0.1', '--port', port],
  { stdio: 'inherit', env: { ...process.env, OUT_DIR: out, BASE_PATH: base } },
);
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
