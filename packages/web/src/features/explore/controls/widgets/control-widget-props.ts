import type { ChartFormData, ControlConfig } from '../../../../visualizations';
import type { ExploreDataset } from '../../explore-dataset';

/**
 * What every control widget receives: its declaration, the form value it edits (unknown:
 * saved charts and URLs can hold anything, so each widget reads it defensively), and where
 * to write a new value.
 */
export interface ControlWidgetProps<C extends ControlConfig = ControlConfig> {
  control: C;
  value: unknown;
  onChange: (value: unknown) => void;
  dataset: ExploreDataset;
  formData: ChartFormData;
}
