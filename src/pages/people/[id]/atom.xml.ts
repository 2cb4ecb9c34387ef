/** A person's feed as Atom: every article that names them, newest first. */
import { entityFeedPaths, entityFeedRoute } from '../../../routes/feeds.ts';

export const getStaticPaths = entityFeedPaths('person');
export const GET = entityFeedRoute('person', 'atom');
