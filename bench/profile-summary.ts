/**
 * Summarises V8 CPU profiles (from `node --cpu-prof`, or NODE_OPTIONS=--cpu-prof for the build and its Astro child):
 * the functions with the most self time and the most total time, so the costly stage of a build is visible.
 *   CONTENT_DIR=… NODE_OPTIONS="--cpu-prof --cpu-prof-dir=bench/out/prof" node src/build/cli.ts --out …
 *   node bench/profile-summary.ts bench/out/prof/*.cpuprofile [--top 25]
 */
import { readFileSync } from 'node:fs';

/** The parts of a .cpuprofile file this reads. */
interface Profile {
  nodes: Array<{
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number };
    children?: number[];
  }>;
  samples: number[];
  timeDeltas: number[];
}

/** Self and total milliseconds per function ("name path:line"), biggest first. */
export function summarise(profile: Profile): { self: Map<string, number>; total: Map<string, number> } {
  const parent = new Map<number, number>();
  const label = new Map<number, string>();
  for (const node of profile.nodes) {
    const { functionName, url, lineNumber } = node.callFrame;
    const file = url.replace(/^file:\/\//, '').replace(/^.*\/node_modules\//, '~/');
    label.set(node.id, `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}`);
    for (const child of node.children ?? []) parent.set(child, node.id);
  }
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    const own = label.get(id)!;
    self.set(own, (self.get(own) ?? 0) + ms);
    // Each function counts once per sample, however deep the recursion.
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const name = label.get(at)!;
      if (!seen.has(name)) total.set(name, (total.get(name) ?? 0) + ms);
      seen.add(name);
    }
  });
  return { self, total };
}

if (import.meta.main) {
  const args = process.argv.slice(2);
  const topIndex = args.indexOf('--top');
  const top = topIndex >= 0 ? Number(args[topIndex + 1]) : 25;
  const files = args.filter((a, i) => a.endsWith('.cpuprofile') && (topIndex < 0 || i !== topIndex + 1));
  for (const file of files) {
    const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
    const { self, total } = summarise(profile);
    const all = profile.timeDeltas.reduce((a, b) => a + b, 0) / 1000;
    const list = (map: Map<string, number>) =>
      [...map]
        .sort((a, b) => b[1] - a[1])
        .slice(0, top)
        .map(
          ([name, ms]) =>
            `  ${(ms / 1000).toFixed(1).padStart(7)} s  ${((ms / all) * 100).toFixed(1).padStart(5)}%  ${name}`,
        )
        .join('\n');
    console.log(
      `${file}: ${(all / 1000).toFixed(1)} s sampled\nSelf time:\n${list(self)}\nTotal time:\n${list(total)}\n`,
    );
  }
}
