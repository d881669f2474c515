import { defineChartPlugin } from '../../core/chart-plugin';
import { validateRequiredControls } from '../../core/control-panel';
import { metricsOf } from '../../core/query/operators';
import { buildBaseQueryObject, buildQueryContext } from '../../core/query/query-context';
import { bigNumberTotalControlPanel } from './controlPanel';
import thumbnail from './thumbnail.svg';
import { transformBigNumberTotalProps } from './transformProps';
import type { BigNumberProps, BigNumberTotalFormData } from './types';

/** Big Number (`big_number_total`): one metric over the filtered rows. */
export const bigNumberTotalPlugin = defineChartPlugin<BigNumberTotalFormData, BigNumberProps>({
  vizType: 'big_number_total',
  name: 'Big Number',
  description: 'Shows a single metric as one large number, for the KPI that matters most.',
  category: 'KPI',
  tags: ['Business', 'KPI', 'Popular', 'Report'],
  thumbnail,
  controlPanel: bigNumberTotalControlPanel,
  validate: (formData) => validateRequiredControls(bigNumberTotalControlPanel, formData),
  buildQuery: (formData) =>
    buildQueryContext(formData, [
      { ...buildBaseQueryObject(formData), columns: [], metrics: metricsOf(formData.metric) },
    ]),
  transformProps: transformBigNumberTotalProps,
  loadComponent: () => import('./BigNumberTotalView'),
});
