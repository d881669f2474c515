import type { AdhocMetric } from '@superset-ts/shared';

/** One `orderby` entry of a query object: a column or metric, and whether ascending. */
export type OrderByItem = [string | AdhocMetric, boolean];
