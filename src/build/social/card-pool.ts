/**
 * Draws many social cards on worker threads, on the cores the page build leaves idle: while the pages are built,
 * one worker fewer than the CPUs (the build keeps one busy); once they are done (`pagesDone`), one per CPU. Cards
 * already in the cache are not sent to a worker; when none is missing, no worker starts.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { CardDone, CardJob } from './card-worker.ts';
import { cachedCardFile } from './render-card.ts';
import type { CardText } from '../../emit/social/social-card.ts';

export interface PoolOptions {
  /** Workers from the start. */
  threads?: number;
  /** When this settles, the pool grows to `threadsAfter` workers. */
  pagesDone?: Promise<unknown>;
  threadsAfter?: number;
}

/**
 * A worker's V8 heap is kept small: satori makes much short-lived garbage, and with the default young generation
 * each worker held some 260 MB; with this, some 120 MB, at the same speed (measured on 300 cards).
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 4 };

/** What drawCards hands back. */
export interface DrawnCards {
  /** The cached PNG file of each card, in the order given. */
  files: string[];
  /** How many of them were drawn now; the rest were in the cache. */
  drawn: number;
}

/** The cached PNG file of each card, in the order given, once every one is drawn. */
export async function drawCards(texts: readonly CardText[], options: PoolOptions = {}): Promise<DrawnCards> {
  const cpus = availableParallelism();
  const { threads = Math.max(1, cpus - 1), pagesDone, threadsAfter = cpus } = options;
  const files = texts.map(cachedCardFile);
  const missing = texts.flatMap((text, id) => (existsSync(files[id]!) ? [] : [{ id, text } satisfies CardJob]));
  if (missing.length === 0) return { files, drawn: 0 };

  const workers: Worker[] = [];
  try {
    await new Promise<void>((resolve, reject) => {
      let next = 0;
      let done = 0;
      const feed = (worker: Worker) => {
        const job = missing[next++];
        if (job) worker.postMessage(job);
      };
      const start = (count: number) => {
        while (workers.length < Math.min(count, missing.length) && next < missing.length) {
          const worker = new Worker(new URL('./card-worker.ts', import.meta.url), { resourceLimits: WORKER_LIMITS });
          workers.push(worker);
          worker.on('message', (answer: CardDone) => {
            if ('error' in answer) {
              reject(new Error(`Could not draw the social card "${texts[answer.id]!.title}": ${answer.error}`));
              return;
            }
            if (++done === missing.length) resolve();
            else feed(worker);
          });
          worker.on('error', reject);
          worker.on('exit', (code) => {
            if (done < missing.length) reject(new Error(`A social card worker stopped early (exit code ${code}).`));
          });
          feed(worker);
        }
      };
      start(threads);
      pagesDone?.then(
        () => start(threadsAfter),
        () => undefined,
      );
    });
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return { files, drawn: missing.length };
}
