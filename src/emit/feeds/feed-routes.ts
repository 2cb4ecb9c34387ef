/**
 * Route glue for the feed files in src/pages: the corpus in, a feed file out. The feeds themselves are built by the
 * pure modules in src/feeds/.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { EntityType } from '../../model/entity.ts';
import { entityFeed, siteFeed, type FeedModel } from './feed-model.ts';
import type { Corpus } from '../../derive/corpus.ts';
import { FEED_CONTENT_TYPES, renderFeed } from './render-feed.ts';
import { entitiesToRender, getCorpus } from '../../derive/load-corpus.ts';
import { urls, type FeedKind } from '../../model/urls.ts';

/** The site feed's model, made once per corpus and site for its three formats (each item's text is parsed). */
let siteModel: { corpus: Corpus; site: string; model: FeedModel } | undefined;

/** The site feed in one format. */
export function siteFeedRoute(kind: FeedKind): APIRoute {
  return async ({ site }) => {
    const corpus = await getCorpus();
    if (siteModel?.corpus !== corpus || siteModel.site !== site!.href)
      siteModel = { corpus, site: site!.href, model: siteFeed({ corpus, urls, site: site! }) };
    const { model } = siteModel;
    return new Response(renderFeed(model, kind), { headers: { 'Content-Type': FEED_CONTENT_TYPES[kind] } });
  };
}

/** One feed per person or per organisation: the ids of the registry. */
export function entityFeedPaths(type: EntityType): GetStaticPaths {
  return async () => {
    const ids = await entitiesToRender(type);
    return ids.map((id) => ({ params: { id } }));
  };
}

/** An entity's feed in one format. */
export function entityFeedRoute(type: EntityType, kind: FeedKind): APIRoute {
  return async ({ params, site }) => {
    const model = entityFeed({ corpus: await getCorpus(), urls, site: site! }, { type, id: params.id! });
    return new Response(renderFeed(model, kind), { headers: { 'Content-Type': FEED_CONTENT_TYPES[kind] } });
  };
}
