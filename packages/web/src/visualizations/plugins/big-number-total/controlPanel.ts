import type { ControlConfig, ControlPanel } from '../../core/control-panel';
import { sharedControls } from '../../core/shared-controls';
import { SMART_DATE_ID } from '../../formatting/time-formats';

const fontSizes = (sizes: readonly [string, number][]) =>
  sizes.map(([label, value]) => ({ label, value }));

/** The headline's size as a fraction of the height (Superset's `headerFontSize`). */
export const headerFontSizeControl: ControlConfig = {
  name: 'header_font_size',
  kind: 'select',
  label: 'Big Number Font Size',
  default: 0.4,
  renderTrigger: true,
  options: fontSizes([
    ['Tiny', 0.2],
    ['Small', 0.3],
    ['Normal', 0.4],
    ['Large', 0.5],
    ['Huge', 0.6],
  ]),
};

/** The subheader's size as a fraction of the height. */
export const subheaderFontSizeControl: ControlConfig = {
  name: 'subheader_font_size',
  kind: 'select',
  label: 'Subheader Font Size',
  default: 0.15,
  renderTrigger: true,
  options: fontSizes([
    ['Tiny', 0.125],
    ['Small', 0.15],
    ['Normal', 0.2],
    ['Large', 0.3],
    ['Huge', 0.4],
  ]),
};

/** The date format of temporal values. */
export const timeFormatControl: ControlConfig = {
  name: 'time_format',
  kind: 'time-format',
  label: 'Date format',
  default: SMART_DATE_ID,
  renderTrigger: true,
};

/** Big Number's controls (Superset's BigNumberTotal `controlPanel`). */
export const bigNumberTotalControlPanel: ControlPanel = {
  sections: [
    {
      label: 'Query',
      expanded: true,
      rows: [[sharedControls.metric], [sharedControls.adhoc_filters]],
    },
    {
      label: 'Display settings',
      tab: 'customize',
      expanded: true,
      rows: [
        [
          {
            name: 'subheader',
            kind: 'text',
            label: 'Subheader',
            renderTrigger: true,
            description: 'Description text that shows up below your Big Number',
          },
        ],
        [headerFontSizeControl],
        [subheaderFontSizeControl],
        [{ ...sharedControls.y_axis_format, label: 'Number format' }],
        [timeFormatControl],
        [
          {
            name: 'force_timestamp_formatting',
            kind: 'checkbox',
            label: 'Force date format',
            default: false,
            renderTrigger: true,
            description: 'Use date formatting even when metric value is not a timestamp',
          },
        ],
      ],
    },
  ],
};
