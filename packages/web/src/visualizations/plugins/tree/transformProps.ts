import type { ChartDataResult } from '@superset-ts/shared';
import type { TransformContext } from '../../core/chart-plugin';
import { numberValue } from '../../core/form-data';
import { getColumnLabel, getMetricLabel } from '../../core/query/labels';
import { columnsOf, metricsOf } from '../../core/query/operators';
import { cellText, rowsOf } from '../../core/query/results';
import type { EchartsProps } from '../../echarts/EchartsView';
import { tooltipHtml } from '../../echarts/tooltip-html';
import { getNumberFormatter } from '../../formatting/number-formatter';
import { readToggle } from '../graph/graph-styles';
import { buildNodeTree } from './build-node-tree';
import type { TreeFormData } from './types';

const columnLabelOf = (value: unknown) => columnsOf(value).map(getColumnLabel)[0];

/**
 * The ECharts option of the Tree Chart (Superset's Tree `transformProps`): the rows linked by
 * their parent ids into one tree from the chosen (or found) root, fully expanded; the tooltip
 * shows a node's path and its metric value.
 *
 * @throws RootNodeNotFoundError when the root node id matches no row, NoRootNodeError when the
 * parent links leave no row to start from.
 */
export function transformTreeProps(
  formData: TreeFormData,
  queriesResponse: readonly ChartDataResult[],
  context: TransformContext,
): EchartsProps {
  const [metric] = metricsOf(formData.metric);
  const metricLabel = metric === undefined ? undefined : getMetricLabel(metric);
  const metricName = metricLabel && (context.verboseMap?.[metricLabel] ?? metricLabel);
  const id = columnLabelOf(formData.id) ?? '';
  const rootId =
    formData.root_node_id === null || formData.root_node_id === undefined
      ? undefined
      : cellText(formData.root_node_id).trim();
  const tree = buildNodeTree(
    rowsOf(queriesResponse[0]),
    {
      id,
      parent: columnLabelOf(formData.parent) ?? '',
      name: columnLabelOf(formData.name) ?? id,
      metric: metricLabel,
    },
    rootId,
  );
  const formatValue = getNumberFormatter();

  return {
    ariaLabel: `Tree of ${id}`,
    option: {
      animation: false,
      tooltip: {
        trigger: 'item',
        triggerOn: 'mousemove',
        confine: true,
        formatter: (params: { value?: number; treeAncestors?: { name: string }[] }) =>
          tooltipHtml(
            metricName && typeof params.value === 'number'
              ? [[metricName, formatValue(params.value)]]
              : [],
            (params.treeAncestors ?? [])
              .map((step) => step.name)
              .filter((name) => name !== '')
              .join(' ▸ '),
          ),
      },
      series: [
        {
          type: 'tree',
          data: tree ? [tree] : [],
          top: '5%',
          bottom: '5%',
          left: '10%',
          right: '10%',
          layout: formData.layout ?? 'orthogonal',
          orient: formData.orient ?? 'LR',
          symbol: formData.symbol ?? 'emptyCircle',
          symbolSize: numberValue(formData.symbolSize) ?? 7,
          roam: readToggle(formData.roam, false),
          initialTreeDepth: -1,
          expandAndCollapse: true,
          label: { position: formData.node_label_position ?? 'left', fontSize: 15 },
          leaves: { label: { position: formData.child_label_position ?? 'bottom' } },
          emphasis: { focus: formData.emphasis ?? 'descendant' },
          lineStyle: { width: 1.5 },
        },
      ],
    },
  };
}
