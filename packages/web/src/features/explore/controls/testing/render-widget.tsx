import type { ComponentType } from 'react';
import { vi, type Mock } from 'vitest';
import type { ChartFormData, ControlConfig } from '../../../../visualizations';
import type { ExploreDataset } from '../../explore-dataset';
import type { ControlWidgetProps } from '../widgets/control-widget-props';
import { buildExploreDataset } from './build-dataset';
import { renderControl } from './render-control';

/**
 * Renders a control widget as the control panel would, over the test dataset, and gives the
 * mock that receives the values it writes.
 *
 * @param options.dataset the dataset the widget reads (the test dataset unless given)
 * @param options.formData the rest of the chart's form data (empty unless given)
 */
export function renderWidget<C extends ControlConfig>(
  Widget: ComponentType<ControlWidgetProps<C>>,
  control: C,
  value: unknown,
  options: { dataset?: ExploreDataset; formData?: ChartFormData } = {},
): Mock<(value: unknown) => void> {
  const onChange = vi.fn<(value: unknown) => void>();
  renderControl(
    <Widget
      control={control}
      value={value}
      onChange={onChange}
      dataset={options.dataset ?? buildExploreDataset()}
      formData={options.formData ?? {}}
    />,
  );
  return onChange;
}
