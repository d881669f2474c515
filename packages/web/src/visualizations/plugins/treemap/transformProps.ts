import type { ChartDataResult } from '@superset-ts/shared';
import { createColorScale } from '../../color/color-scale';
import type { TransformContext } from '../../core/chart-plugin';
import { getColumnLabel } from '../../core/query/labels';
import { columnsOf } from '../../core/query/operators';
import { rowsOf } from '../../core/query/results';
import { readMainMetric } from '../../core/query/main-metric';
import type { EchartsProps } from '../../echarts/EchartsView';
import { tooltipHtml } from '../../echarts/tooltip-html';
import { getNumberFormatter, type NumberFormatter } from '../../formatting/number-formatter';
import { getTimeFormatter } from '../../formatting/time-formatter';
import { buildTree, type TreeNode } from './build-tree';
import { hierarchyLabel } from './hierarchy-label';
import { hierarchyLevels } from './hierarchy-levels';
import type { TreemapFormData } from './types';

const formatPercent = getNumberFormatter(',.2%');

/** Lighter shades of a parent's color for its children, as Superset's treemap draws them. */
const COLOR_SATURATION = [0.7, 0.4];

interface TreePathStep {
  name: string;
  value: number | number[];
}

/** The tooltip: the path below the root, then the value and its share of its parent. */
function treemapTooltip(
  pathInfo: readonly TreePathStep[],
  metricName: string,
  format: NumberFormatter,
) {
  const [, ...path] = pathInfo;
  const current = path[path.length - 1];
  const parent = pathInfo[pathInfo.length - 2];
  const value = Number(current?.value ?? 0);
  const parentValue = Number(parent?.value ?? 0);
  const share = parent && parentValue ? ` (${formatPercent(value / parentValue)})` : '';
  return tooltipHtml(
    [[metricName, `${format(value)}${share}`]],
    path.map((step) => step.name).join(' ▸ '),
  );
}

/**
 * The ECharts option of the Treemap (Superset's Treemap v2 `transformProps`): rectangles nested
 * by the dimensions, sized by the metric, each top-level one in its label color and the ones
 * inside it in lighter shades of it; a click zooms into a rectangle, the breadcrumb (named by
 * the metric) leads back out.
 */
export function transformTreemapProps(
  formData: TreemapFormData,
  queriesResponse: readonly ChartDataResult[],
  context: TransformContext,
): EchartsProps {
  const result = queriesResponse[0];
  const { metricLabel, metricName } = readMainMetric(formData, context);
  const columns = columnsOf(formData.groupby).map(getColumnLabel);
  const formatValue = getNumberFormatter(formData.number_format);
  const colorOf = createColorScale(formData.color_scheme);
  const labelType = formData.label_type ?? 'key_value';
  const tree = buildTree(
    rowsOf(result),
    hierarchyLevels(result, columns, getTimeFormatter(formData.date_format)),
    metricLabel,
  );

  const toItem = (node: TreeNode, isTopLevel: boolean): Record<string, unknown> => ({
    name: node.name,
    value: node.value,
    // Top-level rectangles take their label's color; nested ones lighter shades of it.
    ...(isTopLevel ? { itemStyle: { color: colorOf(node.name) } } : {}),
    ...(node.children?.length
      ? {
          children: node.children.map((child) => toItem(child, false)),
          colorSaturation: COLOR_SATURATION,
        }
      : {}),
  });

  const formatter = (params: { name: string; value: number | number[] }) =>
    hierarchyLabel(labelType, params.name, Number(params.value), formatValue);

  return {
    ariaLabel: `Treemap of ${metricName} by ${columns.join(', ')}`,
    option: {
      animation: false,
      tooltip: {
        trigger: 'item',
        confine: true,
        formatter: (params: { treePathInfo?: TreePathStep[] }) =>
          treemapTooltip(params.treePathInfo ?? [], metricName, formatValue),
      },
      series: [
        {
          type: 'treemap',
          name: metricName,
          top: 0,
          left: 0,
          right: 0,
          bottom: 28,
          roam: false,
          nodeClick: 'zoomToNode',
          breadcrumb: { show: true, bottom: 0, height: 20 },
          label: {
            show: formData.show_labels ?? true,
            position: 'insideTopLeft',
            formatter,
            fontSize: 11,
          },
          upperLabel: {
            show: formData.show_upper_labels ?? true,
            height: 18,
            formatter,
            fontSize: 11,
          },
          levels: [
            // Level 0 is the root ECharts adds (the whole metric): no strip of its own on top.
            { itemStyle: { borderWidth: 0, gapWidth: 2 }, upperLabel: { show: false } },
            { itemStyle: { borderColor: '#ffffff', borderWidth: 1, gapWidth: 1 } },
          ],
          data: tree.map((node) => toItem(node, true)),
        },
      ],
    },
  };
}
