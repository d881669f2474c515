import { useEffect, useState } from 'react';
import type { ChartViewProps } from '../../core/chart-plugin';
import { ChartMessage } from '../../core/ChartMessage';
import type { WordCloudProps } from './types';
import { layoutWords, WORD_FONT, type CloudLayout } from './word-layout';

interface DoneLayout extends CloudLayout {
  props: WordCloudProps;
  width: number;
  height: number;
}

/**
 * The Word Cloud: the words laid out by d3-cloud (in steps, off the render) and drawn as SVG
 * text, each centered where the layout put it. While a resize is laid out again, the previous
 * layout stays, scaled to the new size.
 */
export default function WordCloudView({ width, height, props }: ChartViewProps<WordCloudProps>) {
  const [layout, setLayout] = useState<DoneLayout | null>(null);

  useEffect(() => {
    const task = layoutWords(props.words, width, height, props.rotation);
    task.result.then(
      (value) => setLayout({ ...value, props, width, height }),
      () => undefined,
    );
    return task.cancel;
  }, [props, width, height]);

  if (!layout || layout.props !== props) return <ChartMessage state={{ kind: 'loading' }} />;
  const viewWidth = layout.width * layout.scale;
  const viewHeight = layout.height * layout.scale;
  return (
    <svg
      width={width}
      height={height}
      viewBox={`${-viewWidth / 2} ${-viewHeight / 2} ${viewWidth} ${viewHeight}`}
      role="img"
      aria-label={props.ariaLabel}
    >
      <g>
        {layout.words.map((word, index) => (
          <text
            key={`${index}:${word.text}`}
            fontSize={word.size}
            fontWeight="bold"
            fontFamily={WORD_FONT}
            fill={word.color}
            textAnchor="middle"
            transform={`translate(${word.x}, ${word.y}) rotate(${word.rotate})`}
          >
            {word.text}
          </text>
        ))}
      </g>
    </svg>
  );
}
