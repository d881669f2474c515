import cloud from 'd3-cloud';
import { seededRandom } from './seeded-random';
import type { CloudWord, WordRotation } from './types';

/** A word where the layout put it: centered at (x, y) from the cloud's middle, turned by `rotate`. */
export interface PlacedWord extends CloudWord {
  x: number;
  y: number;
  rotate: number;
}

/** The placed words, and how much larger than the chart the layout area had to be. */
export interface CloudLayout {
  words: PlacedWord[];
  /** The drawing is scaled down by this factor to fit the chart (1: no scaling). */
  scale: number;
}

/** The font the words are drawn in (the app's own, as the theme sets it). */
export const WORD_FONT =
  "Inter, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

const SCALE_STEP = 0.5;
const MAX_SCALE = 3;
const SEED = 0x5eed;

/** A word's angle for the rotation setting (Superset's `ROTATION`). */
export function rotationOf(rotation: WordRotation, random: () => number): number {
  switch (rotation) {
    case 'flat':
      return 0;
    case 'square':
      return Math.floor(random() * 2) * 90;
    case 'random':
      return Math.floor(random() * 6 - 3) * 30;
  }
}

/** The words that must be placed for a layout to count: the largest tenth, at least ten. */
export function mustPlace(words: readonly CloudWord[]): Set<string> {
  const largest = [...words].sort((a, b) => b.size - a.size);
  return new Set(largest.slice(0, Math.max(Math.ceil(words.length * 0.1), 10)).map((w) => w.text));
}

/** A started layout that can be stopped before it ends. */
export interface LayoutTask {
  result: Promise<CloudLayout>;
  cancel: () => void;
}

/**
 * Lays the words out with d3-cloud, from the largest, in an area the chart's size; when the
 * largest words do not all fit, retries in a larger area (drawn scaled down), up to three
 * times the size. Randomness is seeded, so the same data gives the same cloud.
 */
export function layoutWords(
  words: readonly CloudWord[],
  width: number,
  height: number,
  rotation: WordRotation,
): LayoutTask {
  const required = mustPlace(words);
  let current: ReturnType<typeof cloud<PlacedWord>> | undefined;
  let isCancelled = false;

  const run = (scale: number, resolve: (layout: CloudLayout) => void) => {
    const random = seededRandom(SEED);
    current = cloud<PlacedWord>()
      .size([Math.round(width * scale), Math.round(height * scale)])
      .words(words.map((word) => ({ ...word, x: 0, y: 0, rotate: 0 })))
      .padding(5)
      .font(WORD_FONT)
      .fontWeight('bold')
      .fontSize((word) => word.size)
      .rotate(() => rotationOf(rotation, random))
      .random(random)
      .on('end', (placed: PlacedWord[]) => {
        if (isCancelled) return;
        const placedTexts = new Set(placed.map((word) => word.text));
        const isComplete = [...required].every((text) => placedTexts.has(text));
        if (isComplete || scale + SCALE_STEP > MAX_SCALE) resolve({ words: placed, scale });
        else run(scale + SCALE_STEP, resolve);
      })
      .start();
  };

  return {
    result: new Promise((resolve) => run(1, resolve)),
    cancel: () => {
      isCancelled = true;
      current?.stop();
    },
  };
}
