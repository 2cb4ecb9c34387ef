/** An organisation's feed as RSS 2.0: every article that names it, newest first. */
import { entityFeedPaths, entityFeedRoute } from '../../../emit/feeds/feed-routes.ts';

export const getStaticPaths = entityFeedPaths('organisation');
export const GET = entityFeedRoute('organisation', 'rss');
