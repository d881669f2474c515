import type { QueryColumn, QueryMetric } from '@superset-ts/shared';
import type { ChartFormData } from '../../core/form-data';

/** How words are turned (Superset's word cloud `rotation`). */
export type WordRotation = 'flat' | 'square' | 'random';

/** The form data of the Word Cloud (`word_cloud`). */
export interface WordCloudFormData extends ChartFormData {
  /** The column whose values are the words. */
  series?: QueryColumn | null;
  metric?: QueryMetric | null;
  sort_by_metric?: boolean;
  size_from?: number | string;
  size_to?: number | string;
  rotation?: WordRotation;
}

/** A word to place: its text, font size in pixels and color. */
export interface CloudWord {
  text: string;
  size: number;
  color: string;
}

/** What the Word Cloud draws. */
export interface WordCloudProps {
  words: CloudWord[];
  rotation: WordRotation;
  ariaLabel: string;
}
