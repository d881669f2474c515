import type { TimeseriesFormData } from '../echarts-timeseries/types';

/** Which of the Mixed Chart's two queries. */
export type MixedQuery = 'a' | 'b';

/**
 * The Mixed Chart's form data (Superset's `EchartsMixedTimeseriesFormData`): Query A's
 * controls under their usual names, Query B's with `_b` (`metrics_b`, `groupby_b`, ...), and
 * how each query's series look: A's under the usual names, B's with a `B` suffix
 * (`seriesTypeB`, `yAxisIndexB`, ...). The x-axis and time grain are shared.
 */
export interface MixedTimeseriesFormData extends TimeseriesFormData {
  area?: boolean;
  areaB?: boolean;
  seriesTypeB?: TimeseriesFormData['seriesType'];
  stackB?: boolean | string | null;
  show_valueB?: boolean;
  opacityB?: number;
  markerEnabledB?: boolean;
  markerSizeB?: number | string;
  /** The value axis of Query A's series: 0 primary (left, default), 1 secondary (right). */
  yAxisIndex?: number | string;
  /** The value axis of Query B's series: 1 secondary (default) or 0 primary. */
  yAxisIndexB?: number | string;
  y_axis_format_secondary?: string;
  logAxisSecondary?: boolean;
  /** Add "(Query A)"/"(Query B)" to every series name, not only to names both queries have. */
  show_query_identifiers?: boolean;
}
