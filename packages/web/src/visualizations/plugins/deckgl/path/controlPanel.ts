import type { ControlPanel } from '../../../core/control-panel';
import { deckControls, mapSection, queryTailRows } from '../common/controls';

/** deck.gl Path's controls (Superset's Path `controlPanel`). */
export const pathControlPanel: ControlPanel = {
  sections: [
    {
      label: 'Query',
      expanded: true,
      rows: [
        [deckControls.line_column],
        [
          {
            ...deckControls.line_type,
            options: deckControls.line_type.options.filter((option) => option.value !== 'geohash'),
          },
        ],
        [deckControls.reverse_long_lat],
        ...queryTailRows,
      ],
    },
    {
      label: 'Lines',
      tab: 'customize',
      expanded: true,
      rows: [[deckControls.color_picker], [deckControls.line_width, deckControls.line_width_unit]],
    },
    mapSection(),
  ],
};
