/**
 * Runs one build as a child process and measures it: wall time, CPU time (user + system of the child and every
 * process it waited for, from GNU time) and memory, both the largest single process (GNU time's maximum RSS) and
 * the peak of the whole process tree summed (sampled from /proc, since the site's build runs Astro as a child).
 */
import { spawn } from 'node:child_process';
import { createWriteStream, readFileSync, readdirSync } from 'node:fs';

/** What one build cost. */
export interface Measurement {
  /** Seconds from start to exit. */
  wall: number;
  /** User + system CPU seconds of the child and its descendants. */
  cpu: number;
  /** Largest resident set of any one process of the tree, in MiB (GNU time). */
  maxRss: number;
  /** Largest sum of resident sets over the process tree, in MiB (sampled every 200 ms). */
  treeRss: number;
  /** Exit status of the build. */
  status: number;
  /** Seconds from start to the first output (Astro's first line: the site's parse stage runs before it). */
  firstOutput: number;
  /** Seconds from start to Astro's "[build] Complete!" (what follows is the site's output check). */
  astroDone: number;
}

/** How to run the build. */
export interface Command {
  argv: readonly string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** File that receives the build's output. */
  log: string;
}

/** Runs `command` under /usr/bin/time -v and resolves with what it cost. */
export function measure(command: Command): Promise<Measurement> {
  const timeFile = `${command.log}.time`;
  const start = performance.now();
  const child = spawn('/usr/bin/time', ['-v', '-o', timeFile, ...command.argv], {
    cwd: command.cwd,
    env: command.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log = createWriteStream(command.log);
  child.stdout.pipe(log, { end: false });
  child.stderr.pipe(log, { end: false });
  const seconds = () => (performance.now() - start) / 1000;
  let firstOutput = NaN;
  let astroDone = NaN;
  const watch = (chunk: Buffer) => {
    if (Number.isNaN(firstOutput)) firstOutput = seconds();
    if (chunk.includes('[build] Complete!')) astroDone = seconds();
  };
  child.stdout.on('data', watch);
  child.stderr.on('data', watch);
  let treeRss = 0;
  const sampler = setInterval(() => {
    if (child.pid !== undefined) treeRss = Math.max(treeRss, treeRssKb(child.pid));
  }, 200);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(sampler);
      log.end();
      const wall = seconds();
      const time = parseTimeOutput(readFileSync(timeFile, 'utf8'));
      const memory = { maxRss: time.maxRssKb / 1024, treeRss: treeRss / 1024 };
      resolve({ wall, cpu: time.user + time.system, ...memory, status: code ?? 1, firstOutput, astroDone });
    });
  });
}

/** The figures GNU `time -v` prints that the benchmark uses. */
export function parseTimeOutput(text: string): { user: number; system: number; maxRssKb: number } {
  const number = (label: string) => {
    const match = new RegExp(`${label}[^:]*:\\s*([0-9.]+)`).exec(text);
    return match ? Number(match[1]) : NaN;
  };
  return {
    user: number('User time'),
    system: number('System time'),
    maxRssKb: number('Maximum resident set size'),
  };
}

/** Sum of VmRSS over `pid` and its descendants, in KiB (0 for processes that already exited). */
function treeRssKb(pid: number): number {
  let total = 0;
  const stack = [pid];
  while (stack.length) {
    const at = stack.pop()!;
    try {
      const status = readFileSync(`/proc/${at}/status`, 'utf8');
      total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      for (const task of readdirSync(`/proc/${at}/task`)) {
        const children = readFileSync(`/proc/${at}/task/${task}/children`, 'utf8').trim();
        if (children) stack.push(...children.split(/\s+/).map(Number));
      }
    } catch {
      // The process ended between two reads.
    }
  }
  return total;
}
