import 'maplibre-gl/dist/maplibre-gl.css';
import { WarningOutlined } from '@ant-design/icons';
import { Alert, Spin } from 'antd';
import { useRef } from 'react';
import type { ChartViewProps } from '../../../core/chart-plugin';
import styles from './DeckGLChart.module.css';
import { DeckLegend } from './DeckLegend';
import type { DeckChartProps } from './types';
import { useDeckMap } from './useDeckMap';

/**
 * The component of the deck.gl charts: a MapLibre base map with the chart's deck.gl layer
 * over it, its legend, and a message while the map loads or when it cannot be drawn. Loaded
 * on first use, so pages without maps never download deck.gl or MapLibre.
 */
export default function DeckGLChart({ width, height, props }: ChartViewProps<DeckChartProps>) {
  const containerRef = useRef<HTMLDivElement>(null);
  const status = useDeckMap(containerRef, props, { width, height });

  return (
    <div
      className={styles.chart}
      style={{ width, height }}
      role="figure"
      aria-label={props.ariaLabel}
      aria-busy={status.kind === 'loading'}
      data-map-status={status.kind}
      data-layer={props.layer.kind}
    >
      <div ref={containerRef} className={styles.map} />
      {status.kind !== 'error' && props.legend && <DeckLegend legend={props.legend} />}
      {status.kind === 'loading' && (
        <div className={styles.overlay} role="status" aria-label="Loading map">
          <Spin />
        </div>
      )}
      {status.kind === 'error' && (
        <div className={styles.overlay}>
          <Alert
            type="error"
            showIcon
            message="The map could not be drawn"
            description={status.message}
          />
        </div>
      )}
      {status.kind === 'ready' && status.baseMapProblem && (
        <div className={styles.notice} role="status" title={status.baseMapProblem}>
          <WarningOutlined aria-hidden="true" /> {status.baseMapProblem}
        </div>
      )}
    </div>
  );
}
