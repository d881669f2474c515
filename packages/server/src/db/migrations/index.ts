import type { RegisteredMigration } from './metadata-migration.js';
import * as securityTables from './0001_security_tables.js';
import * as actionLog from './0002_action_log.js';
import * as sessionRevocations from './0003_session_revocations.js';
import * as userSessionsValidAfter from './0004_user_sessions_valid_after.js';
import * as databases from './0005_databases.js';
import * as datasetsTable from './0006_datasets_table.js';
import * as query from './0007_query.js';
import * as sqllabSavedAndTabs from './0008_sqllab_saved_and_tabs.js';
import * as datasetColumnsMetrics from './0009_dataset_columns_metrics.js';
import * as charts from './0010_charts.js';
import * as rowLevelSecurity from './0011_row_level_security.js';
import * as dashboards from './0012_dashboards.js';

/**
 * Every migration, oldest first. A revision is its file's stem; a new migration gets the
 * next number and is appended here (a unit test checks the two agree).
 */
export const METADATA_MIGRATIONS: readonly RegisteredMigration[] = [
  { revision: '0001_security_tables', ...securityTables },
  { revision: '0002_action_log', ...actionLog },
  { revision: '0003_session_revocations', ...sessionRevocations },
  { revision: '0004_user_sessions_valid_after', ...userSessionsValidAfter },
  { revision: '0005_databases', ...databases },
  { revision: '0006_datasets_table', ...datasetsTable },
  { revision: '0007_query', ...query },
  { revision: '0008_sqllab_saved_and_tabs', ...sqllabSavedAndTabs },
  { revision: '0009_dataset_columns_metrics', ...datasetColumnsMetrics },
  { revision: '0010_charts', ...charts },
  { revision: '0011_row_level_security', ...rowLevelSecurity },
  { revision: '0012_dashboards', ...dashboards },
];

export type { MetadataMigration, RegisteredMigration } from './metadata-migration.js';
