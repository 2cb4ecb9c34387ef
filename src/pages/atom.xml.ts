/** The site feed as Atom: every article, newest first. */
import { siteFeedRoute } from '../emit/feeds/feed-routes.ts';

export const GET = siteFeedRoute('atom');
