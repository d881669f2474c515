import type * as SqlFormatter from 'sql-formatter';
import { lazyRequire } from './lazy-require.js';

/** sql-formatter, loaded on the first "Format SQL". */
export const loadSqlFormatter = lazyRequire<typeof SqlFormatter>('sql-formatter');
