import { queryContextSchema } from '@superset-ts/shared';
import { render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getLabelColors } from '../../color/label-colors';
import { chartDataResult } from '../../testing/chart-data-result';
import type { WordCloudProps } from './types';
import WordCloudView from './WordCloudView';
import { mustPlace, rotationOf } from './word-layout';
import { seededRandom } from './seeded-random';
import { wordCloudPlugin } from '.';

// jsdom has no canvas to measure words with: the layout places every word it is given.
vi.mock('d3-cloud', () => ({
  default: () => {
    let words: { text: string }[] = [];
    let onEnd: (placed: unknown[]) => void = () => undefined;
    let rotate: () => number = () => 0;
    const layout = {
      size: () => layout,
      words: (next: { text: string }[]) => ((words = next), layout),
      padding: () => layout,
      font: () => layout,
      fontWeight: () => layout,
      fontSize: () => layout,
      rotate: (fn: () => number) => ((rotate = fn), layout),
      random: () => layout,
      on: (_: string, listener: (placed: unknown[]) => void) => ((onEnd = listener), layout),
      start: () => {
        setTimeout(() =>
          onEnd(words.map((word, i) => ({ ...word, x: i * 10, y: 0, rotate: rotate() }))),
        );
        return layout;
      },
      stop: () => layout,
    };
    return layout;
  },
}));

const formData = {
  datasource: '8__table',
  viz_type: 'word_cloud',
  series: 'name',
  metric: 'count',
  row_limit: 100,
  sort_by_metric: true,
  size_from: 10,
  size_to: 70,
  rotation: 'flat' as const,
};

const response = [
  chartDataResult(
    ['name', 'count'],
    [1, 0],
    [
      { name: 'Michael', count: 100 },
      { name: 'Sophia', count: 50 },
      { name: null, count: 30 },
      { name: 'Zoe', count: 0 },
    ],
  ),
];

describe('word_cloud', () => {
  beforeEach(() => getLabelColors().reset());

  it('queries the metric by the words column, largest first', () => {
    const [query] = queryContextSchema.parse(wordCloudPlugin.buildQuery(formData)).queries;
    expect(query).toMatchObject({
      columns: ['name'],
      metrics: ['count'],
      orderby: [['count', false]],
      row_limit: 100,
    });
  });

  it('sizes words from the minimum to the maximum font size by the metric, from zero', () => {
    const props = wordCloudPlugin.transformProps(formData, response, {}) as WordCloudProps;
    expect(props.words.map((word) => [word.text, word.size])).toEqual([
      ['Michael', 70],
      ['Sophia', 40],
      ['Zoe', 10],
    ]);
    expect(new Set(props.words.map((word) => word.color)).size).toBe(3);
  });

  it('draws each word as SVG text where the layout placed it', async () => {
    const props = wordCloudPlugin.transformProps(formData, response, {}) as WordCloudProps;
    render(<WordCloudView width={400} height={300} props={props} />);
    const cloud = await screen.findByRole('img', { name: 'Word cloud of name' });
    const texts = [...cloud.querySelectorAll('text')];
    expect(texts.map((text) => [text.textContent, text.getAttribute('font-size')])).toEqual([
      ['Michael', '70'],
      ['Sophia', '40'],
      ['Zoe', '10'],
    ]);
    expect(texts[1]?.getAttribute('transform')).toBe('translate(10, 0) rotate(0)');
    expect(cloud.getAttribute('viewBox')).toBe('-200 -150 400 300');
  });

  it('turns words flat, by right angles, or by steps of 30 degrees, the same way every time', () => {
    const angles = (rotation: 'flat' | 'square' | 'random') => {
      const random = seededRandom(7);
      return Array.from({ length: 40 }, () => rotationOf(rotation, random));
    };
    expect(new Set(angles('flat'))).toEqual(new Set([0]));
    expect(new Set(angles('square'))).toEqual(new Set([0, 90]));
    expect(
      [...new Set(angles('random'))].every((angle) => angle % 30 === 0 && Math.abs(angle) <= 90),
    ).toBe(true);
    expect(angles('random')).toEqual(angles('random'));
  });

  it('requires the largest tenth of the words, at least ten, to be placed', () => {
    const words = Array.from({ length: 200 }, (_, i) => ({ text: `w${i}`, size: i, color: '' }));
    expect(mustPlace(words).size).toBe(20);
    expect(mustPlace(words).has('w199')).toBe(true);
    expect(mustPlace(words.slice(0, 5)).size).toBe(5);
  });

  it('needs the words column and a metric', () => {
    expect(wordCloudPlugin.validate({ datasource: '8__table' })).toEqual([
      { control: 'series', message: 'Dimension cannot be empty.' },
      { control: 'metric', message: 'Metric cannot be empty.' },
    ]);
  });
});
