/**
 * Draws many social cards on worker threads, one per CPU, so the cards are drawn on the cores the page build leaves
 * idle. Cards already in the cache are not sent to a worker; when none is missing, no worker starts.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { CardDone, CardJob } from './card-worker.ts';
import { cachedCardFile } from './render-card.ts';
import type { CardText } from './social-card.ts';

/** The cached PNG file of each card, in the order given, once every one is drawn. */
export async function drawCards(texts: readonly CardText[], threads = availableParallelism()): Promise<string[]> {
  const files = texts.map(cachedCardFile);
  const missing = texts.flatMap((text, id) => (existsSync(files[id]!) ? [] : [{ id, text } satisfies CardJob]));
  if (missing.length === 0) return files;

  const workers = Array.from(
    { length: Math.max(1, Math.min(threads, missing.length)) },
    () => new Worker(new URL('./card-worker.ts', import.meta.url)),
  );
  try {
    await new Promise<void>((resolve, reject) => {
      let next = 0;
      let done = 0;
      const feed = (worker: Worker) => {
        const job = missing[next++];
        if (job) worker.postMessage(job);
      };
      for (const worker of workers) {
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
    });
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return files;
}
