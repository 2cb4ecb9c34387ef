/** A person's feed as Atom: every article that names them, newest first. */
import { entityFeedPaths, entityFeedRoute } from '../../../emit/feeds/feed-routes.ts';

export const getStaticPaths = entityFeedPaths('person');
export const GET = entityFeedRoute('person', 'atom');
