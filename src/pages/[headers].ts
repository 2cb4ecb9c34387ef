/**
 * The `_headers` file for static hosts (Netlify, Cloudflare Pages), emitted as dist/_headers. A route whose name
 * starts with "_" is not built by Astro, so the name comes in as a parameter.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { headersFile } from '../emit/headers.ts';
import { urls } from '../model/urls.ts';

export const getStaticPaths = (() => [{ params: { headers: '_headers' } }]) satisfies GetStaticPaths;

export const GET: APIRoute = () =>
  new Response(headersFile(urls.home()), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
