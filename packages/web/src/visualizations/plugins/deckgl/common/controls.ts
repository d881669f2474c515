import type {
  ControlConfig,
  ControlPanelSection,
  NumberControl,
  SelectControl,
  SimpleControl,
} from '../../../core/control-panel';
import type { ChartFormData } from '../../../core/form-data';
import { sharedControls } from '../../../core/shared-controls';
import { NumberFormats } from '../../../formatting/number-formats';
import { DEFAULT_MAP_STYLE, MAP_STYLE_OPTIONS } from '../../../geo/map-style/map-style-options';
import { PRIMARY_COLOR } from './colors';
import { VIEWPORT_CONTROL_NAMES } from './viewport';

/** Controls the deck.gl charts share, with Superset's names, labels and defaults. */
export const deckControls = {
  filter_nulls: {
    name: 'filter_nulls',
    kind: 'checkbox',
    label: 'Ignore null locations',
    default: true,
    description: 'Whether to ignore locations that are null',
  },
  mapbox_style: {
    name: 'mapbox_style',
    kind: 'select',
    label: 'Map Style',
    default: DEFAULT_MAP_STYLE,
    clearable: false,
    renderTrigger: true,
    options: MAP_STYLE_OPTIONS,
    description:
      'Base layer map style. Mapbox styles need MAPBOX_API_KEY on the server; without it the offline world outline is drawn.',
  },
  autozoom: {
    name: 'autozoom',
    kind: 'checkbox',
    label: 'Auto Zoom',
    default: true,
    renderTrigger: true,
    description: 'When checked, the map will zoom to your data after each query',
  },
  dimension: {
    name: 'dimension',
    kind: 'column',
    label: 'Dimension',
    description: 'Colour each object by the category of this column',
  },
  color_picker: {
    name: 'color_picker',
    kind: 'color',
    label: 'Fixed Color',
    default: PRIMARY_COLOR,
    renderTrigger: true,
    description: 'Select the fixed color',
  },
  color_scheme: { ...sharedControls.color_scheme },
  linear_color_scheme: {
    ...sharedControls.linear_color_scheme,
    clearable: false,
    description: 'Select a linear color scheme',
  },
  legend_position: {
    name: 'legend_position',
    kind: 'select',
    label: 'Legend Position',
    default: 'tr',
    renderTrigger: true,
    options: [
      { value: 'none', label: 'None' },
      { value: 'tl', label: 'Top left' },
      { value: 'tr', label: 'Top right' },
      { value: 'bl', label: 'Bottom left' },
      { value: 'br', label: 'Bottom right' },
    ],
    description: 'Choose the position of the legend',
  },
  legend_format: {
    name: 'legend_format',
    kind: 'number-format',
    label: 'Legend Format',
    default: NumberFormats.SMART_NUMBER,
    renderTrigger: true,
    description: 'Choose the format for legend values',
  },
  size: {
    name: 'size',
    kind: 'metric',
    label: 'Weight',
    description: "Metric used as each location's weight; without one, each row counts once",
  },
  extruded: {
    name: 'extruded',
    kind: 'checkbox',
    label: 'Extruded',
    default: true,
    renderTrigger: true,
    description: 'Whether to make the grid 3D',
  },
  multiplier: {
    name: 'multiplier',
    kind: 'number',
    label: 'Multiplier',
    default: 1,
    min: 0,
    renderTrigger: true,
    description: 'Factor to multiply the metric by',
  },
  line_type: {
    name: 'line_type',
    kind: 'select',
    label: 'Lines encoding',
    default: 'json',
    clearable: false,
    options: [
      { value: 'json', label: 'JSON' },
      { value: 'polyline', label: 'Polyline' },
      { value: 'geohash', label: 'geohash (square)' },
    ],
    description:
      'JSON: a list of [longitude, latitude] pairs (or GeoJSON); polyline: Google\'s encoding, whose pairs are [latitude, longitude] (tick "Reverse Lat & Long").',
  },
  line_column: {
    name: 'line_column',
    kind: 'column',
    label: 'Lines column',
    required: true,
    description: 'The database columns that contains lines information',
  },
  reverse_long_lat: {
    name: 'reverse_long_lat',
    kind: 'checkbox',
    label: 'Reverse Lat & Long',
    default: false,
  },
  line_width: {
    name: 'line_width',
    kind: 'number',
    label: 'Line width',
    default: 1,
    min: 0,
    renderTrigger: true,
    description: 'The width of the lines',
  },
  line_width_unit: {
    name: 'line_width_unit',
    kind: 'select',
    label: 'Line width unit',
    default: 'pixels',
    clearable: false,
    renderTrigger: true,
    options: [
      { value: 'meters', label: 'meters' },
      { value: 'pixels', label: 'pixels' },
    ],
  },
} as const satisfies Record<string, ControlConfig>;

/** A grid or hexagon size control with the unit its layer measures in. */
export function gridSizeControl(defaultValue: number, description: string): NumberControl {
  return {
    name: 'grid_size',
    kind: 'number',
    label: 'Grid Size',
    default: defaultValue,
    min: 1,
    renderTrigger: true,
    description,
  };
}

/** A colour picker under another name (source and target colours, fill and stroke). */
export function colorControl(
  name: string,
  label: string,
  visibleWhen?: (formData: ChartFormData) => boolean,
): SimpleControl {
  return {
    ...deckControls.color_picker,
    name,
    label,
    ...(visibleWhen ? { visibleWhen } : {}),
  };
}

const hasDimension = (formData: ChartFormData) =>
  formData.dimension !== undefined && formData.dimension !== null && formData.dimension !== '';

/** The colour controls of a layer coloured by a fixed colour or by the `dimension`'s categories. */
export const categoryColorRows: readonly ControlConfig[][] = [
  [{ ...deckControls.color_picker, visibleWhen: (formData) => !hasDimension(formData) }],
  [{ ...deckControls.color_scheme, visibleWhen: hasDimension }],
];

/** The `row_limit`, `filter_nulls` and `adhoc_filters` rows every layer's query section ends with. */
export const queryTailRows: readonly ControlConfig[][] = [
  [sharedControls.adhoc_filters],
  [sharedControls.row_limit, deckControls.filter_nulls],
];

const viewportControl = (
  field: keyof typeof VIEWPORT_CONTROL_NAMES,
  label: string,
  limits: { min: number; max: number; step?: number },
  visibleWhen?: (formData: ChartFormData) => boolean,
): NumberControl => ({
  name: VIEWPORT_CONTROL_NAMES[field],
  kind: 'number',
  label,
  renderTrigger: true,
  ...limits,
  ...(visibleWhen ? { visibleWhen } : {}),
});

const isNotAutozoom = (formData: ChartFormData) => formData.autozoom === false;

/**
 * The "Map" section: the base map style, auto zoom, and the saved viewport (Superset's
 * ViewportControl as plain number controls; the centre and zoom apply without auto zoom).
 */
export function mapSection(): ControlPanelSection {
  const mapStyle: SelectControl = deckControls.mapbox_style;
  return {
    label: 'Map',
    tab: 'customize',
    expanded: true,
    rows: [
      [mapStyle],
      [deckControls.autozoom],
      [
        viewportControl('longitude', 'Longitude', { min: -180, max: 180 }, isNotAutozoom),
        viewportControl('latitude', 'Latitude', { min: -85, max: 85 }, isNotAutozoom),
      ],
      [viewportControl('zoom', 'Zoom', { min: 0, max: 22, step: 0.5 }, isNotAutozoom)],
      [
        viewportControl('bearing', 'Bearing', { min: -180, max: 180 }),
        viewportControl('pitch', 'Pitch', { min: 0, max: 60 }),
      ],
    ],
  };
}
