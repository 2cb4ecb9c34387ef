/**
 * The site's security policy, as data. One Content-Security-Policy is shipped twice: as a <meta> in every page
 * (components/SecurityMeta.astro), which works on any host, and in the `_headers` file that Netlify and Cloudflare
 * Pages read (pages/[headers].ts), together with the headers a <meta> cannot carry.
 */

/**
 * Content-Security-Policy directives. The site ships no script of its own; an inline script would need its hash
 * here, never 'unsafe-inline'. Inline JSON-LD (`type="application/ld+json"`) is data, not script, so CSP allows it.
 */
export const CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  // Anything not named below (fetch, workers, frames, media, manifests) comes from the site itself or not at all.
  'default-src': ["'self'"],
  // Search loads Pagefind from the site itself; Pagefind compiles WebAssembly, which CSP gates behind
  // 'wasm-unsafe-eval' (WebAssembly only; JavaScript eval stays blocked): https://pagefind.app/docs/ui-usage/
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  // No inline <style> or style="" attribute: all styling is in the site's stylesheet.
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'object-src': ["'none'"],
  // A <base> injected into a page cannot redirect its relative links elsewhere.
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  // Browsers ignore frame-ancestors in a <meta>, so it is sent only as a header.
  'frame-ancestors': ["'none'"],
};

/** Directives that only take effect when sent as a header; they are left out of the <meta>. */
const HEADER_ONLY_DIRECTIVES = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

/** Where links to other sites send no path or query of the page the reader was on. */
export const REFERRER_POLICY = 'strict-origin-when-cross-origin';

/** Browser features no page of a reading site uses; `()` denies them to the site and to anything it embeds. */
const DENIED_FEATURES = [
  'accelerometer',
  'camera',
  'display-capture',
  'geolocation',
  'gyroscope',
  'magnetometer',
  'microphone',
  'payment',
  'usb',
];

/** The policy as one header value; `meta` leaves out the directives a <meta> cannot carry. */
export function contentSecurityPolicy(where: 'meta' | 'header'): string {
  return Object.entries(CSP_DIRECTIVES)
    .filter(([name]) => where === 'header' || !HEADER_ONLY_DIRECTIVES.has(name))
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ');
}

/** Every header sent with every file of the site, in the order they are written. */
export function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy('header'),
    'Referrer-Policy': REFERRER_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Permissions-Policy': DENIED_FEATURES.map((feature) => `${feature}=()`).join(', '),
    // For browsers that predate frame-ancestors.
    'X-Frame-Options': 'DENY',
  };
}

/** Files whose names carry a digest of their content: a new version is a new name, so they never change. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';

/** What must be checked on every use: pages, feeds, data files, cards, Pagefind's entry file. */
export const REVALIDATE = 'public, max-age=0, must-revalidate';

/**
 * Cache-Control by path under the base path. Only the content-addressed folders are listed: everything else is served
 * with the hosts' default, which is REVALIDATE on Netlify and Cloudflare Pages. Listing REVALIDATE under "*" as well
 * would not work there: a file matching two rules gets both values joined by a comma on Cloudflare Pages.
 */
export const CACHE_RULES: ReadonlyArray<{ path: string; cacheControl: string; why: string }> = [
  { path: '_astro/*', cacheControl: IMMUTABLE, why: 'CSS and scripts, named by Astro with a digest' },
  { path: 'pagefind/fragment/*', cacheControl: IMMUTABLE, why: "the search index's pages, named by a digest" },
  { path: 'pagefind/index/*', cacheControl: IMMUTABLE, why: "the search index's chunks, named by a digest" },
];

/**
 * The `_headers` file of Netlify and Cloudflare Pages: a path pattern, then its headers indented on the lines below.
 * `root` is the site's base path ("/" or "/news/"), so a sub-path deploy covers its own files only.
 */
export function headersFile(root: string): string {
  const lines = Object.entries(securityHeaders()).map(([name, value]) => `  ${name}: ${value}`);
  const cache = CACHE_RULES.map(
    (rule) => `# ${rule.why}\n${root}${rule.path}\n  Cache-Control: ${rule.cacheControl}\n`,
  );
  return [`${root}*\n${lines.join('\n')}\n`, ...cache].join('');
}
