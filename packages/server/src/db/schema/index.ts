import type { ActionLogSchema } from './action-log-tables.js';
import type { DatabaseSchema } from './database-tables.js';
import type { SecuritySchema } from './security-tables.js';
import type { SessionSchema } from './session-tables.js';
import type { QuerySchema } from './query-tables.js';
import type { SqlLabSavedSchema } from './sqllab-saved-tables.js';

/** Every table of the metadata database at the head revision, for Kysely. */
export interface MetadataSchema
  extends
    SecuritySchema,
    ActionLogSchema,
    SessionSchema,
    DatabaseSchema,
    QuerySchema,
    SqlLabSavedSchema {}

export type * from './action-log-tables.js';
export type * from './column-types.js';
export type * from './database-tables.js';
export type * from './query-tables.js';
export type * from './security-tables.js';
export type * from './session-tables.js';
export type * from './sqllab-saved-tables.js';
