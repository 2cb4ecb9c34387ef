/**
 * The sanitizer policy, as data: what markup from a Markdown file may reach a page. Everything else is removed by
 * rehype-sanitize; the text inside removed elements is kept unless the element is in `strip`.
 */
import { defaultSchema } from 'rehype-sanitize';
import type { Options as SanitizeSchema } from 'rehype-sanitize';

/** GitHub's policy (hast-util-sanitize's default), narrowed for a news site. */
export const sanitizeSchema: SanitizeSchema = {
  ...defaultSchema,
  // Only these URL schemes survive in href/src; javascript:, data:, vbscript: and the rest are removed.
  protocols: { href: ['http', 'https', 'mailto'], cite: ['http', 'https'], src: ['http', 'https'] },
  // Elements removed together with their content: their text is code or styling, never article prose.
  strip: ['script', 'style', 'template', 'noscript', 'iframe', 'object', 'embed', 'math', 'svg'],
  // Images in article bodies would load from anywhere; the site makes no outside requests, so none are allowed.
  tagNames: (defaultSchema.tagNames ?? []).filter((tag) => !['img', 'picture', 'source', 'input'].includes(tag)),
  // Every id from the Markdown (footnotes, hand-written anchors) is prefixed, so none can clash with the site's own.
  clobberPrefix: 'user-content-',
};
