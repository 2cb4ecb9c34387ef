/** A worker thread of the card pool (card-pool.ts): draws the cards it is sent into the card cache. */
import { parentPort } from 'node:worker_threads';
import type { CardText } from '../../emit/social/social-card.ts';
import { drawCard } from './render-card.ts';

/** A job from the pool, and the answer the worker sends back. */
export interface CardJob {
  id: number;
  text: CardText;
}
export type CardDone = { id: number; file: string } | { id: number; error: string };

const port = parentPort;
if (!port) throw new Error('card-worker.ts runs as a worker thread of card-pool.ts');
port.on('message', (job: CardJob) => {
  drawCard(job.text).then(
    (file) => port.postMessage({ id: job.id, file } satisfies CardDone),
    (error: unknown) =>
      port.postMessage({ id: job.id, error: String((error as Error)?.stack ?? error) } satisfies CardDone),
  );
});
