import { permalinkStore } from '../key-value/permalink-store.js';

/** Superset's key_value resource of Explore permalinks. */
export const EXPLORE_PERMALINK_RESOURCE = 'explore_permalink';

/** Explore permalinks in `key_value`. */
export const permalinkRepository = permalinkStore(EXPLORE_PERMALINK_RESOURCE);
