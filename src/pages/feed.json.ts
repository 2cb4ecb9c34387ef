/** The site feed as JSON Feed: every article, newest first. */
import { siteFeedRoute } from '../emit/feeds/feed-routes.ts';

export const GET = siteFeedRoute('json');
