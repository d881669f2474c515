import type { Operation } from './operation.js';
import { aggregate } from './ops/aggregate.js';
import { boxplot } from './ops/boxplot.js';
import { compare } from './ops/compare.js';
import { contribution } from './ops/contribution.js';
import { cum } from './ops/cum.js';
import { diff } from './ops/diff.js';
import { flatten } from './ops/flatten.js';
import { histogram } from './ops/histogram.js';
import { pivot } from './ops/pivot.js';
import { rank } from './ops/rank.js';
import { rename } from './ops/rename.js';
import { resample } from './ops/resample.js';
import { rolling } from './ops/rolling.js';
import { select } from './ops/select.js';
import { sort } from './ops/sort.js';

/** Every operation a query's `post_processing` may name. */
export const OPERATIONS: ReadonlyMap<string, Operation> = new Map(
  (
    [
      aggregate,
      boxplot,
      compare,
      contribution,
      cum,
      diff,
      flatten,
      histogram,
      pivot,
      rank,
      rename,
      resample,
      rolling,
      select,
      sort,
    ] as Operation[]
  ).map((operation) => [operation.name, operation]),
);

/** Operations Superset has that this server does not run, with the reason given to the user. */
export const UNAVAILABLE_OPERATIONS: Readonly<Record<string, string>> = {
  prophet: 'forecasting (prophet) is not available on this server; turn off the forecast option.',
  anomaly_detection: 'anomaly detection is not available on this server.',
  geohash_encode: 'geohash encoding is not available on this server.',
  geohash_decode: 'geohash decoding is not available on this server.',
  geodetic_parse: 'geodetic parsing is not available on this server.',
};
