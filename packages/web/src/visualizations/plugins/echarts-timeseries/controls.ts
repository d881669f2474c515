import type { ControlConfig } from '../../core/control-panel';
import { DEFAULT_MARKER_SIZE } from './drawing';

/** Stack series on top of each other. */
export const stackControl: ControlConfig = {
  name: 'stack',
  kind: 'checkbox',
  label: 'Stack series',
  default: false,
  renderTrigger: true,
  description: 'Stack series on top of each other',
};

/** Draw a dot on each data point. */
export const markerControl: ControlConfig = {
  name: 'markerEnabled',
  kind: 'checkbox',
  label: 'Marker',
  default: false,
  renderTrigger: true,
  description: 'Draw a marker on data points.',
};

/** The size of the dots of lines and scatter plots, in pixels. */
export const markerSizeControl: ControlConfig = {
  name: 'markerSize',
  kind: 'number',
  label: 'Marker Size',
  default: DEFAULT_MARKER_SIZE,
  min: 0,
  max: 100,
  step: 1,
  renderTrigger: true,
  description: 'Size of the marker on each data point.',
};

/** Write each point's value next to it. */
export const showValueControl: ControlConfig = {
  name: 'show_value',
  kind: 'checkbox',
  label: 'Show Values',
  default: false,
  renderTrigger: true,
  description: 'Show series values on the chart',
};

/** A slider under the chart to zoom into part of the x-axis. */
export const zoomableControl: ControlConfig = {
  name: 'zoomable',
  kind: 'checkbox',
  label: 'Data Zoom',
  default: false,
  renderTrigger: true,
  description: 'Enable data zooming controls',
};

/** A logarithmic value axis. */
export const logAxisControl: ControlConfig = {
  name: 'logAxis',
  kind: 'checkbox',
  label: 'Logarithmic y-axis',
  default: false,
  renderTrigger: true,
  description: 'Logarithmic y-axis',
};

/** Tilted x-axis labels, for long category names. */
export const xAxisLabelRotationControl: ControlConfig = {
  name: 'xAxisLabelRotation',
  kind: 'select',
  label: 'Rotate x axis label',
  default: 0,
  clearable: false,
  freeForm: true,
  renderTrigger: true,
  options: [
    { value: 0, label: '0°' },
    { value: 45, label: '45°' },
    { value: 90, label: '90°' },
  ],
  description: 'Input field supports custom rotation. e.g. 30 for 30°',
};
