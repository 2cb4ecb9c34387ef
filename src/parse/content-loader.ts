/**
 * The Astro content loader for the three collections: it runs the site's own parse stage (readContent), so a
 * collection entry exists only once every file is valid and every reference resolves.
 */
import type { Loader } from 'astro/loaders';
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
      sync();
      watcher?.add(root);
      watcher?.on('change', (path) => {
        if (!path.startsWith(root)) return;
        forgetContent(root);
        sync();
      });
    },
  };
}
