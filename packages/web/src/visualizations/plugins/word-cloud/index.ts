import { defineChartPlugin } from '../../core/chart-plugin';
import { validateRequiredControls } from '../../core/control-panel';
import { buildWordCloudQuery } from './buildQuery';
import { wordCloudControlPanel } from './controlPanel';
import thumbnail from './thumbnail.svg';
import { transformWordCloudProps } from './transformProps';
import type { WordCloudFormData, WordCloudProps } from './types';

/** Word Cloud (`word_cloud`). */
export const wordCloudPlugin = defineChartPlugin<WordCloudFormData, WordCloudProps>({
  vizType: 'word_cloud',
  name: 'Word Cloud',
  description:
    'Shows the values of a column as words, the bigger the word the larger its metric, to spot at a glance which ones come up the most.',
  category: 'Ranking',
  tags: ['Categorical', 'Comparison', 'Density', 'Single Metric'],
  thumbnail,
  controlPanel: wordCloudControlPanel,
  validate: (formData) => validateRequiredControls(wordCloudControlPanel, formData),
  buildQuery: buildWordCloudQuery,
  transformProps: transformWordCloudProps,
  loadComponent: () => import('./WordCloudView'),
});
