import type { ControlPanel } from '../../../core/control-panel';
import type { ChartFormData } from '../../../core/form-data';
import { colorControl, deckControls, mapSection, queryTailRows } from '../common/controls';
import { spatialControlRows } from '../common/spatial-controls';

const hasDimension = (formData: ChartFormData) =>
  formData.dimension !== undefined && formData.dimension !== null && formData.dimension !== '';

/** deck.gl Arc's controls (Superset's Arc `controlPanel`). */
export const arcControlPanel: ControlPanel = {
  sections: [
    {
      label: 'Query',
      expanded: true,
      rows: [
        ...spatialControlRows('start_spatial', 'Start'),
        ...spatialControlRows('end_spatial', 'End'),
        [{ ...deckControls.dimension, description: 'Colour the arcs by this column' }],
        ...queryTailRows,
      ],
    },
    {
      label: 'Arc',
      tab: 'customize',
      expanded: true,
      rows: [
        [
          colorControl('color_picker', 'Source Color', (formData) => !hasDimension(formData)),
          colorControl(
            'target_color_picker',
            'Target Color',
            (formData) => !hasDimension(formData),
          ),
        ],
        [{ ...deckControls.color_scheme, visibleWhen: hasDimension }],
        [
          {
            name: 'stroke_width',
            kind: 'number',
            label: 'Stroke Width',
            default: 1,
            min: 1,
            isInteger: true,
            renderTrigger: true,
            description: 'The width of the arcs, in pixels',
          },
        ],
        [deckControls.legend_position],
      ],
    },
    mapSection(),
  ],
};
