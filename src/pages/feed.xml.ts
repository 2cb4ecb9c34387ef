/** The site feed as RSS 2.0: every article, newest first. */
import { siteFeedRoute } from '../emit/feeds/feed-routes.ts';

export const GET = siteFeedRoute('rss');
