import type { QueryColumn, QueryMetric } from '@superset-ts/shared';
import type { ChartFormData } from '../../core/form-data';

/** Where the legend sits (Superset's `LegendOrientation`). */
export type LegendOrientation = 'top' | 'bottom' | 'left' | 'right';

/** The form data of the Graph Chart (`graph_chart`); control names as Superset saves them. */
export interface GraphFormData extends ChartFormData {
  source?: QueryColumn | null;
  target?: QueryColumn | null;
  metric?: QueryMetric | null;
  source_category?: QueryColumn | null;
  target_category?: QueryColumn | null;
  show_legend?: boolean;
  legendType?: 'scroll' | 'plain';
  legendOrientation?: LegendOrientation;
  legendSort?: 'asc' | 'desc' | null;
  layout?: 'force' | 'circular';
  /** The symbols at an edge's two ends, `"<start>,<end>"` (`none`, `circle` or `arrow`). */
  edgeSymbol?: string;
  draggable?: boolean;
  /** Zoom and pan: Superset saves `true`/`false` or `scale`/`move` (as text here too). */
  roam?: boolean | string;
  selectedMode?: boolean | string;
  showSymbolThreshold?: number | string;
  baseNodeSize?: number | string;
  baseEdgeWidth?: number | string;
  edgeLength?: number | string;
  gravity?: number | string;
  repulsion?: number | string;
  friction?: number | string;
}
