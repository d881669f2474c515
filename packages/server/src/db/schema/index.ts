import type { ActionLogSchema } from './action-log-tables.js';
import type { ChartSchema } from './chart-tables.js';
import type { DashboardSchema } from './dashboard-tables.js';
import type { DatabaseSchema } from './database-tables.js';
import type { DatasetSchema } from './dataset-tables.js';
import type { SecuritySchema } from './security-tables.js';
import type { SessionSchema } from './session-tables.js';
import type { QuerySchema } from './query-tables.js';
import type { RlsSchema } from './rls-tables.js';
import type { SqlLabSavedSchema } from './sqllab-saved-tables.js';

/** Every table of the metadata database at the head revision, for Kysely. */
export interface MetadataSchema
  extends
    SecuritySchema,
    ActionLogSchema,
    SessionSchema,
    DatabaseSchema,
    DatasetSchema,
    QuerySchema,
    SqlLabSavedSchema,
    ChartSchema,
    RlsSchema,
    DashboardSchema {}

export type * from './action-log-tables.js';
export type * from './chart-tables.js';
export type * from './column-types.js';
export type * from './dashboard-tables.js';
export type * from './database-tables.js';
export type * from './dataset-tables.js';
export type * from './query-tables.js';
export type * from './rls-tables.js';
export type * from './security-tables.js';
export type * from './session-tables.js';
export type * from './sqllab-saved-tables.js';
