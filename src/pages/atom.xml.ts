/** The site feed as Atom: every article, newest first. */
import { siteFeedRoute } from '../routes/feeds.ts';

export const GET = siteFeedRoute('atom');
