/** A person's feed as RSS 2.0: every article that names them, newest first. */
import { entityFeedPaths, entityFeedRoute } from '../../../emit/feeds/feed-routes.ts';

export const getStaticPaths = entityFeedPaths('person');
export const GET = entityFeedRoute('person', 'rss');
