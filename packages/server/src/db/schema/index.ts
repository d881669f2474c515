import type { ActionLogSchema } from './action-log-tables.js';
import type { SecuritySchema } from './security-tables.js';

/** Every table of the metadata database at the head revision, for Kysely. */
export interface MetadataSchema extends SecuritySchema, ActionLogSchema {}

export type * from './action-log-tables.js';
export type * from './column-types.js';
export type * from './security-tables.js';
