/**
 * The site's Astro integration: everything a build does besides rendering pages, so that `astro build`,
 * `npx astro build` and `npm run build` write the same site. At the start it draws the social cards on the idle
 * cores; at the end it copies them in, builds the search index, checks the whole output (every link, asset and
 * fragment resolves, nothing is orphaned or outside the base path), prints the content's warnings and one summary
 * line. In the dev server it draws cards on request and reports the content's problems (dev-content.ts). One shard
 * of a sharded build (shard-build.ts) renders and draws only its slice, and leaves the whole-site steps to the merge.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildReport } from '../derive/build-report.ts';
import { bodiesRead } from '../parse/content-cache.ts';
import { formatWarnings, type ContentProblem } from '../model/content-error.ts';
import { checkPages, knownPagesText, readKnownPages, readPages, type SitePages } from './check-site.ts';
import { watchContent } from './dev-content.ts';
import { indexSite, type Indexed } from './index-site.ts';
import { cardMiddleware, cardsStep } from './social/cards-step.ts';
import { carryOver } from './incremental.ts';
import { PLAN_VARIABLES, publishedPlan, recordText } from '../derive/render-plan.ts';
import { writeFileSync } from 'node:fs';
import { currentShard, shardOwns } from '../model/shard.ts';
import { shardPrerenderer, shardRecord, writeShardRecord } from './shard-build.ts';
import { SAID_VARIABLE } from './unchanged.ts';

/** The address the site is built for when SITE_URL is not set; fine for trying it out, wrong for publishing. */
export const LOCAL_SITE = 'http://127.0.0.1:4321';

/** The integration; astro.config.mjs lists it last, so that its end-of-build work sees every other file written. */
export function newsInContext(options: { carriedPages?: string[] } = {}): AstroIntegration {
  let base = '/';
  let site = LOCAL_SITE;
  const cards = cardsStep();
  let carried = 0;
  const shard = currentShard();
  /** The search index of the site being built, with the pages its output check read meanwhile, once started. */
  let search: Promise<Indexed & { meanwhile: SitePages }> | undefined;
  return {
    name: 'news-in-context',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        site = config.site ?? LOCAL_SITE;
      },
      'astro:build:start': ({ setPrerenderer }) => {
        if (shard) setPrerenderer(shardPrerenderer(shard, base));
        cards.start(shard && ((path) => shardOwns(shard, path)));
      },
      // Before build:done, so the sitemap (whose customPages is `carriedPages`) lists the pages carried over too.
      'astro:build:generated': ({ dir }) => {
        const plan = publishedPlan();
        const previous = process.env.PREVIOUS_SITE;
        if (plan) {
          const folders = plan.carried();
          if (previous && folders.length) {
            const { pages } = carryOver(previous, fileURLToPath(dir), folders, plan.digests);
            carried = folders.length;
            const root = new URL(base, site);
            for (const page of pages) options.carriedPages?.push(new URL(page, root).href);
          }
          const next = process.env[PLAN_VARIABLES.next];
          if (next && !shard) writeFileSync(next, recordText(plan));
        }
        // Every page is in place: the search index is built from here, while Astro and the other integrations finish
        // (the sitemap, the cards), and build:done waits for it.
        if (!shard) search = searchIndex(fileURLToPath(dir));
      },
      'astro:build:done': async ({ dir, pages: built, logger }) => {
        const out = fileURLToPath(dir);
        const drawn = await cards.finish(out);
        if (shard) {
          const plan = publishedPlan();
          if (!plan)
            throw new Error('The shard rendered no page that derives the site, so it cannot say what it holds.');
          writeShardRecord(out, shardRecord(shard, plan, site, base, bodiesRead()));
          console.log(
            `Built shard ${shard.index} of ${shard.count}: ${built.length} pages; ` +
              `${drawn.drawn} social cards drawn, ${drawn.cards - drawn.drawn} reused; ` +
              `${(performance.now() / 1000).toFixed(1)} s. Merge the shards with npm run build -- --merge DIR…`,
          );
          return;
        }
        const indexedSite = await (search ?? searchIndex(out));
        const { pages: indexed, meanwhile: pages } = indexedSite;
        const problems = checkPages(pages, base);
        const nextPages = process.env[PLAN_VARIABLES.nextPages];
        if (nextPages && problems.length === 0) writeFileSync(nextPages, knownPagesText(pages));
        if (problems.length) {
          const message = `The built site has ${problems.length} problem(s):\n${problems.map((p) => `  ${p}`).join('\n')}`;
          // OUTPUT_CHECK=report keeps a build whose output is known to be broken, to look at it: never for publishing.
          if (process.env.OUTPUT_CHECK !== 'report') throw new Error(message);
          logger.warn(message);
        }
        const report = buildReport();
        const warnings: ContentProblem[] = [...report.warnings];
        if (site.startsWith(LOCAL_SITE)) {
          warnings.push({
            file: 'SITE_URL',
            field: '',
            message: `not set, so feeds, the sitemap and canonical links point at ${LOCAL_SITE}. Set SITE_URL=https://your.domain for a build you publish.`,
          });
        }
        if (warnings.length) logger.warn(formatWarnings(warnings));
        const seconds = (performance.now() / 1000).toFixed(1);
        const summary =
          `Built ${pages.pages.size} pages: ${report.rendered} articles rendered, ${report.cached} from the cache; ` +
          (carried ? `${carried} folders of pages carried over unchanged; ` : '') +
          `${drawn.drawn} social cards drawn, ${drawn.cards - drawn.drawn} reused; ${indexed} pages indexed for ` +
          `search${indexedSite.reused + indexedSite.built > 1 ? ` (${indexedSite.reused} of ${indexedSite.reused + indexedSite.built} parts of the index carried over)` : ''}; ` +
          `${plural(warnings.length, 'warning')}; ${seconds} s.`;
        console.log(summary);
        // What the build command says again when the next build has nothing to do (unchanged.ts).
        const said = process.env[SAID_VARIABLE];
        if (said)
          writeFileSync(said, JSON.stringify({ warnings: warnings.length ? formatWarnings(warnings) : '', summary }));
      },
      'astro:server:setup': ({ server, logger }) => {
        server.middlewares.use(cardMiddleware(base));
        watchContent(server, logger);
      },
    },
  };
}

/**
 * Starts indexing the site in `out` for search, as the render plan splits it; Pagefind runs in a process of its own,
 * and the output check reads the pages meanwhile on this one. Pages carried over from the previous output were read
 * by its check: what it found is reused, unparsed. A failure is reported where the result is awaited.
 */
function searchIndex(out: string): Promise<Indexed & { meanwhile: SitePages }> {
  const plan = publishedPlan();
  const shardPlan = plan && { shards: plan.shards, reuses: plan.reusesShard, previous: process.env.PREVIOUS_SITE };
  const known = () => readKnownPages(process.env[PLAN_VARIABLES.previousPages]);
  const started = indexSite(out, () => readPages(out, known()), shardPlan);
  started.catch(() => undefined);
  return started;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
