/** A person's feed as RSS 2.0: every article that names them, newest first. */
import { entityFeedPaths, entityFeedRoute } from '../../../routes/feeds.ts';

export const getStaticPaths = entityFeedPaths('person');
export const GET = entityFeedRoute('person', 'rss');
