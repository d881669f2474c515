import { permalinkStore } from '../key-value/permalink-store.js';

/** Superset's key_value resource of dashboard permalinks. */
export const DASHBOARD_PERMALINK_RESOURCE = 'dashboard_permalink';

/** Dashboard permalinks in `key_value`, keyed as Explore's permalinks are. */
export const dashboardPermalinkRepository = permalinkStore(DASHBOARD_PERMALINK_RESOURCE);
