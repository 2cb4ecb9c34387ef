/**
 * Build-time middleware of the search integration: hands every rendered HTML page to the running page indexer
 * (page-indexer.ts). Feeds, data files and images pass untouched, and so does everything in the dev server.
 */
import { defineMiddleware } from 'astro:middleware';
import { outputFile, pageIndexer } from './page-indexer.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const indexer = pageIndexer();
  if (!indexer || !response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = await response.text();
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  const path = context.url.pathname.startsWith(base) ? context.url.pathname.slice(base.length) : context.url.pathname;
  indexer.add(outputFile(path), html);
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
