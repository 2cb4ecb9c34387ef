/**
 * The Astro content loader for the three collections: it fills them from the parse stage's one reading of the
 * content folder (content-cache.ts), so a collection entry exists only once every file is valid and every reference
 * resolves. The collections are the validation and watch layer: in the dev server the loader drops that reading
 * when any file under the content folder is added, changed or removed, and the pages derive the site again from
 * the next reading (derive/load-corpus.ts). The pages read that reading itself, not copies out of Astro's data
 * store, which at 10,000 articles cost some 5 s a build. So a build puts no entry in the store at all, and only
 * validates: Astro keeps every entry in memory and serialises the whole store to disk (about 1 s per 2,000 articles
 * with their bodies), for pages that never read it. The dev server fills the store, for its watching.
 */
import type { Loader } from 'astro/loaders';
import { ContentError } from '../model/content-error.ts';
import { contentRoot } from './content-root.ts';
import { forgetContent, readContentOnce } from './content-cache.ts';

/** A loader for one collection of the content folder. */
export function contentLoader(collection: 'articles' | 'people' | 'organisations'): Loader {
  return {
    name: `news-content-${collection}`,
    load: async ({ store, generateDigest, watcher }) => {
      const root = contentRoot();
      const sync = () => {
        // Throws ContentError, whose message lists every problem for the editor.
        const content = readContentOnce(root);
        store.clear();
        if (!watcher) return;
        for (const entry of content[collection]) {
          const { file, data } = entry;
          const id = 'slug' in entry ? entry.slug : entry.id;
          const body = 'body' in entry ? entry.body : undefined;
          store.set({
            id,
            data: { ...data },
            filePath: file,
            digest: generateDigest({ data, body: body ?? '' }),
            ...(body === undefined ? {} : { body }),
          });
        }
      };
      if (!watcher) {
        // A build: bad content stops it, with the editor's message.
        sync();
        return;
      }
      // The dev server: bad content must not stop it. The site's integration shows the problems in the terminal
      // and in the browser (build/dev-content.ts), and the store keeps the last good entries until they are fixed.
      const trySync = () => {
        try {
          sync();
        } catch (error) {
          if (!(error instanceof ContentError)) throw error;
        }
      };
      trySync();
      watcher.add(root);
      const changed = (path: string) => {
        if (!path.startsWith(root)) return;
        forgetContent(root);
        trySync();
      };
      for (const event of ['add', 'change', 'unlink'] as const) watcher.on(event, changed);
    },
  };
}
