/** The site feed as JSON Feed: every article, newest first. */
import { siteFeedRoute } from '../routes/feeds.ts';

export const GET = siteFeedRoute('json');
