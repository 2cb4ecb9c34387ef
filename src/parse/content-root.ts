/** Where the content folder is: CONTENT_DIR when set (the benchmark points it at a generated corpus), else ./content. */
import { resolve } from 'node:path';

/** The absolute path of the content folder. */
export function contentRoot(): string {
  return resolve(process.env.CONTENT_DIR ?? 'content');
}
