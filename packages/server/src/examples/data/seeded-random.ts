/**
 * A small deterministic pseudo-random generator (mulberry32) for the example data: the same
 * seed always yields the same sequence, on every platform, so generated tables are stable.
 */
export interface SeededRandom {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  /** A float in [min, max). */
  float(min: number, max: number): number;
  /** One element of a non-empty array, uniformly. */
  pick<T>(items: readonly T[]): T;
  /** One element of `items`, with probability proportional to its weight. */
  weightedPick<T>(items: readonly T[], weights: readonly number[]): T;
  /** A normally distributed float (Box-Muller). */
  normal(mean: number, sd: number): number;
  /** An index in [0, n), skewed towards 0 (Zipf exponent `s`): a few common, a long tail. */
  zipfIndex(n: number, s: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** A shuffled copy of `items` (Fisher-Yates). */
  shuffle<T>(items: readonly T[]): T[];
}

/** FNV-1a: turns a string seed into a 32-bit integer. */
function hashSeed(seed: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < seed.length; i += 1) {
    hash ^= seed.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Zipf cumulative weights per (n, s), shared by every generator instance. */
const zipfCumulativeCache = new Map<string, Float64Array>();

function zipfCumulative(n: number, s: number): Float64Array {
  const key = `${n}:${s}`;
  let cumulative = zipfCumulativeCache.get(key);
  if (!cumulative) {
    cumulative = new Float64Array(n);
    let total = 0;
    for (let k = 0; k < n; k += 1) {
      total += 1 / Math.pow(k + 1, s);
      cumulative[k] = total;
    }
    for (let k = 0; k < n; k += 1) cumulative[k] = (cumulative[k] ?? 0) / total;
    zipfCumulativeCache.set(key, cumulative);
  }
  return cumulative;
}

/** The first index whose cumulative value exceeds `u` (binary search). */
function searchCumulative(cumulative: ArrayLike<number>, u: number): number {
  let low = 0;
  let high = cumulative.length - 1;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((cumulative[mid] ?? 0) > u) high = mid;
    else low = mid + 1;
  }
  return low;
}

/** A deterministic random generator; a string seed is hashed, so `'flights'` is a fine seed. */
export function seededRandom(seed: number | string): SeededRandom {
  const next = mulberry32(typeof seed === 'string' ? hashSeed(seed) : seed);
  let spareNormal: number | null = null;

  const random: SeededRandom = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    float: (min, max) => min + next() * (max - min),
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new RangeError('pick() needs a non-empty array');
      return items[Math.floor(next() * items.length)] as T;
    },
    weightedPick<T>(items: readonly T[], weights: readonly number[]): T {
      if (items.length === 0 || items.length !== weights.length) {
        throw new RangeError('weightedPick() needs as many weights as items, at least one');
      }
      const total = weights.reduce((sum, weight) => sum + weight, 0);
      let u = next() * total;
      for (let i = 0; i < items.length; i += 1) {
        u -= weights[i] ?? 0;
        if (u < 0) return items[i] as T;
      }
      return items[items.length - 1] as T;
    },
    normal(mean, sd) {
      if (spareNormal !== null) {
        const value = spareNormal;
        spareNormal = null;
        return mean + sd * value;
      }
      const u1 = 1 - next();
      const u2 = next();
      const radius = Math.sqrt(-2 * Math.log(u1));
      spareNormal = radius * Math.sin(2 * Math.PI * u2);
      return mean + sd * radius * Math.cos(2 * Math.PI * u2);
    },
    zipfIndex(n, s) {
      if (n < 1) throw new RangeError('zipfIndex() needs n >= 1');
      return searchCumulative(zipfCumulative(n, s), next());
    },
    chance: (p) => next() < p,
    shuffle<T>(items: readonly T[]): T[] {
      const copy = [...items];
      for (let i = copy.length - 1; i > 0; i -= 1) {
        const j = Math.floor(next() * (i + 1));
        [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
      }
      return copy;
    },
  };
  return random;
}
