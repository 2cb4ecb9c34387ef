/** The site feed as RSS 2.0: every article, newest first. */
import { siteFeedRoute } from '../routes/feeds.ts';

export const GET = siteFeedRoute('rss');
