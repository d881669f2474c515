import type { ChartDataResult } from '@superset-ts/shared';
import { createColorScale } from '../../color/color-scale';
import { getSequentialScheme, sequentialColor } from '../../color/sequential-schemes';
import type { TransformContext } from '../../core/chart-plugin';
import { numberValue } from '../../core/form-data';
import { getColumnLabel, getMetricLabel } from '../../core/query/labels';
import { metricsOf } from '../../core/query/operators';
import { rowsOf } from '../../core/query/results';
import type { EchartsProps } from '../../echarts/EchartsView';
import { escapeHtml } from '../../echarts/tooltip-html';
import { getNumberFormatter } from '../../formatting/number-formatter';
import { getTimeFormatter } from '../../formatting/time-formatter';
import { buildTree, type TreeNode } from '../treemap/build-tree';
import { hierarchyLabel } from '../treemap/hierarchy-label';
import { hierarchyLevels } from '../treemap/hierarchy-levels';
import { colorMetricOf, sunburstColumns } from './hierarchy';
import type { SunburstFormData } from './types';

const formatPercent = getNumberFormatter(',.2%');

/** The lowest and highest ratio over every node, from 0 (Superset's `getLinearDomain`). */
function ratioDomain(nodes: readonly TreeNode[]): [number, number] {
  let [min, max] = [0, 0];
  const visit = (node: TreeNode) => {
    const ratio = node.value === 0 ? 0 : node.secondaryValue / node.value;
    min = Math.min(min, ratio);
    max = Math.max(max, ratio);
    node.children?.forEach(visit);
  };
  nodes.forEach(visit);
  return [min, max];
}

interface SunburstNodeData {
  name: string;
  value: number;
  secondaryValue: number;
}

/**
 * The ECharts option of the Sunburst Chart (Superset's Sunburst v2 `transformProps`): one ring
 * per level of the hierarchy, arcs sized by the primary metric. Arcs take their label's color,
 * or with a secondary metric a color of the linear scheme for their secondary/primary ratio.
 */
export function transformSunburstProps(
  formData: SunburstFormData,
  queriesResponse: readonly ChartDataResult[],
  context: TransformContext,
): EchartsProps {
  const result = queriesResponse[0];
  const displayName = (label: string) => context.verboseMap?.[label] ?? label;
  const [metric] = metricsOf(formData.metric);
  const metricLabel = metric === undefined ? '' : getMetricLabel(metric);
  const colorMetric = colorMetricOf(formData);
  const colorMetricLabel = colorMetric === undefined ? undefined : getMetricLabel(colorMetric);
  const columns = sunburstColumns(formData).map(getColumnLabel);
  const formatValue = getNumberFormatter(formData.number_format);
  const tree = buildTree(
    rowsOf(result),
    hierarchyLevels(result, columns, getTimeFormatter(formData.date_format)),
    metricLabel,
    colorMetricLabel,
  );
  const total = tree.reduce((sum, node) => sum + node.value, 0);

  const categoricalColor = createColorScale(formData.color_scheme);
  const scheme = getSequentialScheme(formData.linear_color_scheme);
  const [low, high] = ratioDomain(tree);
  const colorOf = (node: TreeNode) => {
    if (colorMetricLabel === undefined) return categoricalColor(node.name);
    const ratio = node.value === 0 ? 0 : node.secondaryValue / node.value;
    return sequentialColor(scheme.colors, high === low ? 0.5 : (ratio - low) / (high - low));
  };
  const toItem = (node: TreeNode): Record<string, unknown> => ({
    name: node.name,
    value: node.value,
    secondaryValue: node.secondaryValue,
    itemStyle: { color: colorOf(node) },
    ...(node.children?.length ? { children: node.children.map(toItem) } : {}),
  });

  const labelType = formData.label_type ?? 'key';
  const threshold = numberValue(formData.show_labels_threshold) ?? 5;
  const tooltip = (params: { data: SunburstNodeData; treePathInfo?: { value: number }[] }) => {
    const { data } = params;
    const path = params.treePathInfo ?? [];
    const parent = path.length > 2 ? path[path.length - 2] : undefined;
    const lines = [
      `<div style="font-weight:600">${formatPercent(total ? data.value / total : 0)} of total</div>`,
      parent
        ? `<div>${formatPercent(parent.value ? data.value / parent.value : 0)} of parent</div>`
        : '',
      `<div>${escapeHtml(displayName(metricLabel))}: ${formatValue(data.value)}${
        colorMetricLabel
          ? `, ${escapeHtml(displayName(colorMetricLabel))}: ${formatValue(data.secondaryValue)}`
          : ''
      }</div>`,
      colorMetricLabel
        ? `<div>${escapeHtml(`${displayName(metricLabel)}/${displayName(colorMetricLabel)}`)}: ${formatPercent(data.value ? data.secondaryValue / data.value : 0)}</div>`
        : '',
    ];
    return `<div>${escapeHtml(data.name)}</div>${lines.join('')}`;
  };

  return {
    ariaLabel: `Sunburst chart of ${displayName(metricLabel)} by ${columns.join(', ')}`,
    option: {
      animation: false,
      tooltip: { trigger: 'item', confine: true, formatter: tooltip },
      series: [
        {
          type: 'sunburst',
          nodeClick: false,
          radius: ['30%', '95%'],
          emphasis: { focus: 'ancestor', label: { show: formData.show_labels ?? false } },
          label: {
            show: formData.show_labels ?? false,
            minAngle: threshold * 3.6,
            overflow: 'truncate',
            width: 80,
            formatter: (params: { name: string; value: number }) =>
              hierarchyLabel(labelType, params.name, Number(params.value), formatValue),
          },
          itemStyle: { borderColor: '#ffffff', borderWidth: 1 },
          data: tree.map(toItem),
        },
      ],
      ...(formData.show_total
        ? {
            graphic: {
              type: 'text',
              left: 'center',
              top: 'middle',
              z: 10,
              style: { text: `Total: ${formatValue(total)}`, fontSize: 16, fontWeight: 'bold' },
            },
          }
        : {}),
    },
  };
}
