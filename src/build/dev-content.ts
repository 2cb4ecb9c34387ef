/**
 * The dev server's word on the content: after every change under the content folder it checks the content as a
 * build would (the parse stage, then the ledgers against their articles) and prints the editor's message, with no
 * stack trace, or that the content is fine again; while the content has problems, every page the browser asks
 * for is that same message.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { checkIntegrity } from '../derive/integrity.ts';
import { ContentError } from '../model/content-error.ts';
import { forgetContent, readContentOnce } from '../parse/content-cache.ts';
import { contentRoot } from '../parse/content-root.ts';
import type { SiteContent } from '../parse/read-content.ts';

/** The content's problems now, as one ContentError, or undefined when it builds. */
export function contentProblems(root = contentRoot()): ContentError | undefined {
  let content: SiteContent;
  try {
    content = readContentOnce(root);
  } catch (error) {
    if (error instanceof ContentError) return error;
    throw error;
  }
  let problems = checked.get(content);
  if (!problems) checked.set(content, (problems = checkIntegrity(content)));
  return problems.length ? new ContentError(problems) : undefined;
}

/** The ledger check of each reading of the content, made once. */
const checked = new WeakMap<SiteContent, ReturnType<typeof checkIntegrity>>();

/** The page the browser shows while the content has problems: the editor's message, escaped, nothing else. */
export function problemPage(error: ContentError): string {
  const escape = (text: string) =>
    text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
  return [
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>The content has problems</title>',
    '<style>body{font:1rem/1.5 system-ui,sans-serif;max-width:50rem;margin:2rem auto;padding:0 1rem}',
    'pre{white-space:pre-wrap;background:#fff4f4;border:1px solid #d99;padding:1rem}</style></head><body>',
    '<h1>The content has problems</h1><p>Fix these files and reload the page.</p>',
    `<pre id="content-problems">${escape(error.message)}</pre></body></html>`,
  ].join('');
}

/** What the dev server needs: a watcher to follow, a middleware stack to join, a logger to speak through. */
interface DevServer {
  watcher: { on(event: 'all', listener: (event: string, path: string) => void): unknown };
  middlewares: { use(handler: (req: IncomingMessage, res: ServerResponse, next: () => void) => void): unknown };
}

/** Joins the dev server: reports on every content change, and answers page requests with the problems. */
export function watchContent(server: DevServer, log: { info(m: string): void; error(m: string): void }): void {
  const root = contentRoot();
  let shown: string | undefined;
  const report = () => {
    const problem = contentProblems(root);
    const message = problem?.message.replace('the site was not built', 'the pages show this until it is fixed');
    if (message === shown) return;
    if (message) log.error(`\n${message}`);
    else if (shown) log.info('The content is valid again.');
    shown = message;
  };
  report();
  server.watcher.on('all', (_event, path) => {
    if (!path.startsWith(root)) return;
    forgetContent(root);
    report();
  });
  server.middlewares.use((request, response, next) => {
    if (!request.headers.accept?.includes('text/html')) return next();
    const problem = contentProblems(root);
    if (!problem) return next();
    response.statusCode = 500;
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    response.end(problemPage(problem));
  });
}
