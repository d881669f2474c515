import type { ControlPanel } from '../../../core/control-panel';
import type { ChartFormData } from '../../../core/form-data';
import { sharedControls } from '../../../core/shared-controls';
import { colorControl, deckControls, mapSection, queryTailRows } from '../common/controls';
import { fixedOrMetricControlRows } from '../common/fixed-or-metric';
import { DEFAULT_BUCKET_COUNT } from './buckets';

/** The elevation of a new chart's polygons, in meters before the multiplier. */
export const DEFAULT_ELEVATION = 1000;

const hasMetric = (formData: ChartFormData) =>
  formData.metric !== undefined && formData.metric !== null && formData.metric !== '';

/** deck.gl Polygon's controls (Superset's Polygon `controlPanel`). */
export const polygonControlPanel: ControlPanel = {
  sections: [
    {
      label: 'Query',
      expanded: true,
      rows: [
        [{ ...deckControls.line_column, label: 'Polygon Column' }],
        [{ ...deckControls.line_type, label: 'Polygon Encoding' }],
        [
          {
            ...sharedControls.metric,
            required: false,
            description: 'Colours the polygons along the linear color scheme',
          },
        ],
        ...fixedOrMetricControlRows('point_radius_fixed', 'Elevation', DEFAULT_ELEVATION),
        [deckControls.reverse_long_lat],
        ...queryTailRows,
      ],
    },
    {
      label: 'Polygon Settings',
      tab: 'customize',
      expanded: true,
      rows: [
        [{ ...deckControls.linear_color_scheme, visibleWhen: hasMetric }],
        [
          colorControl('fill_color_picker', 'Fill Color', (formData) => !hasMetric(formData)),
          colorControl('stroke_color_picker', 'Stroke Color'),
        ],
        [
          {
            name: 'filled',
            kind: 'checkbox',
            label: 'Filled',
            default: true,
            renderTrigger: true,
            description: 'Whether to fill the objects',
          },
          {
            name: 'stroked',
            kind: 'checkbox',
            label: 'Stroked',
            default: false,
            renderTrigger: true,
            description: 'Whether to display the stroke',
          },
        ],
        [
          {
            ...deckControls.extruded,
            description: 'Whether to raise the polygons by their elevation',
          },
        ],
        [{ ...deckControls.multiplier, description: 'Factor to multiply the elevation by' }],
        [deckControls.line_width, deckControls.line_width_unit],
        [
          {
            name: 'opacity',
            kind: 'number',
            label: 'Opacity',
            default: 80,
            min: 0,
            max: 100,
            step: 1,
            renderTrigger: true,
            description: 'Opacity, expects values between 0 and 100',
          },
        ],
        [
          {
            name: 'num_buckets',
            kind: 'select',
            label: 'Number of buckets to group data',
            default: DEFAULT_BUCKET_COUNT,
            freeForm: true,
            renderTrigger: true,
            options: [2, 3, 5, 10].map((value) => ({ value, label: String(value) })),
            description: 'How many buckets should the data be grouped in.',
            visibleWhen: hasMetric,
          },
        ],
        [
          {
            name: 'break_points',
            kind: 'select',
            label: 'Bucket break points',
            multiple: true,
            freeForm: true,
            renderTrigger: true,
            options: [],
            description: 'List of n+1 values for bucketing metric into n buckets.',
            visibleWhen: hasMetric,
          },
        ],
        [deckControls.legend_position],
        [{ ...deckControls.legend_format, visibleWhen: hasMetric }],
      ],
    },
    mapSection(),
  ],
};
