/** robots.txt: everything may be crawled, and the sitemap is here. It follows SITE_URL and BASE_PATH like every page. */
import type { APIRoute } from 'astro';
import { absoluteUrl, urls } from '../model/urls.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(urls.sitemap(), site!)}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
