import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'analyse-'));
const run = (...args: string[]) => spawnSync(process.execPath, ['src/tools/analyse.ts', ...args], { encoding: 'utf8' });

describe('npm run analyse', () => {
  it('prints the verdict and its evidence as JSON for any text', () => {
    const file = join(dir, 'spun.txt');
    writeFileSync(
      file,
      'We met astatine the door. Helium said astatine the end that it was done successful the dark.\n',
    );
    const result = run(file, '--json');
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout) as { verdict: string; confidence: number; evidence: { kind: string }[] };
    expect(report.verdict).toBe('spun');
    expect(report.confidence).toBeGreaterThan(0.5);
    expect(report.evidence.filter((e) => e.kind === 'collocation').length).toBeGreaterThanOrEqual(3);
  });

  it('says in words when it finds nothing, and names a file it cannot read', () => {
    const file = join(dir, 'clean.txt');
    writeFileSync(file, 'The council met on Tuesday and agreed the budget.\n');
    expect(run(file).stdout).toContain('clean (confidence 1;');
    const missing = run(join(dir, 'nope.txt'));
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('Cannot read');
  });
});
