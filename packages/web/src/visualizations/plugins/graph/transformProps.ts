import type { ChartDataResult } from '@superset-ts/shared';
import { createColorScale } from '../../color/color-scale';
import type { TransformContext } from '../../core/chart-plugin';
import { numberValue } from '../../core/form-data';
import { NULL_LABEL } from '../../core/query/groupby-label';
import { getColumnLabel } from '../../core/query/labels';
import { columnsOf } from '../../core/query/operators';
import { cellText, rowsOf, toNumberOrNull } from '../../core/query/results';
import { readMainMetric } from '../../core/query/main-metric';
import type { EchartsProps } from '../../echarts/EchartsView';
import { tooltipHtml } from '../../echarts/tooltip-html';
import { getNumberFormatter } from '../../formatting/number-formatter';
import { parseEdgeSymbols, readToggle, scaleSizes } from './graph-styles';
import { chartPadding, legendOption } from './legend';
import type { GraphFormData } from './types';

interface GraphNode {
  id: string;
  name: string;
  value: number;
  category?: string;
  color: string;
}

interface GraphLink {
  source: string;
  target: string;
  value: number;
  color: string;
}

/** A category value's name; booleans name their column, as Superset's `getCategoryName` does. */
function categoryName(column: string, value: unknown): string {
  if (typeof value === 'boolean') return `${column}: ${String(value)}`;
  return value === null || value === undefined ? 'N/A' : cellText(value);
}

const columnLabelOf = (value: unknown) => columnsOf(value).map(getColumnLabel)[0];

/**
 * The ECharts option of the Graph Chart (Superset's Graph `transformProps`): a node per source
 * or target value, sized by the metric summed over its edges and colored by its category; an
 * edge per row with a non-zero metric, as thick as its value, in its source's color.
 */
export function transformGraphProps(
  formData: GraphFormData,
  queriesResponse: readonly ChartDataResult[],
  context: TransformContext,
): EchartsProps {
  const { metricLabel, metricName } = readMainMetric(formData, context);
  const source = columnLabelOf(formData.source) ?? '';
  const target = columnLabelOf(formData.target) ?? '';
  const sourceCategory = columnLabelOf(formData.source_category);
  const targetCategory = columnLabelOf(formData.target_category);
  const colorOf = createColorScale(formData.color_scheme);
  const defaultColor = colorOf('');
  const formatValue = getNumberFormatter();

  const nodes = new Map<string, GraphNode>();
  const links: GraphLink[] = [];
  const categories = new Set<string>();
  const nodeFor = (name: string, category: string | undefined) => {
    let node = nodes.get(name);
    if (!node) {
      node = { id: String(nodes.size), name, value: 0, color: defaultColor };
      nodes.set(name, node);
    }
    if (category !== undefined) {
      categories.add(category);
      if (node.category === undefined) {
        node.category = category;
        node.color = colorOf(category);
      }
    }
    return node;
  };

  for (const row of rowsOf(queriesResponse[0])) {
    const value = toNumberOrNull(row[metricLabel]);
    if (!value) continue;
    const nameOf = (column: string) =>
      row[column] === null || row[column] === undefined ? NULL_LABEL : cellText(row[column]);
    const sourceNode = nodeFor(
      nameOf(source),
      sourceCategory === undefined ? undefined : categoryName(sourceCategory, row[sourceCategory]),
    );
    const targetNode = nodeFor(
      nameOf(target),
      targetCategory === undefined ? undefined : categoryName(targetCategory, row[targetCategory]),
    );
    sourceNode.value += value;
    targetNode.value += value;
    links.push({ source: sourceNode.id, target: targetNode.id, value, color: sourceNode.color });
  }

  const nodeList = [...nodes.values()];
  const baseNodeSize = numberValue(formData.baseNodeSize) ?? 20;
  const baseEdgeWidth = numberValue(formData.baseEdgeWidth) ?? 3;
  const labelThreshold = numberValue(formData.showSymbolThreshold) ?? 0;
  const nodeSizes = scaleSizes(nodeList, baseNodeSize);
  const edgeWidths = scaleSizes(links, baseEdgeWidth);
  const isLegendShown = formData.show_legend ?? true;
  const orientation = formData.legendOrientation ?? 'top';
  const legendNames = [...categories].sort((a, b) => {
    if (formData.legendSort === 'asc') return a.localeCompare(b);
    if (formData.legendSort === 'desc') return b.localeCompare(a);
    return 0;
  });
  const nameById = new Map(nodeList.map((node) => [node.id, node.name]));

  return {
    ariaLabel: `Graph of ${metricName} between ${source} and ${target}`,
    option: {
      animation: false,
      tooltip: {
        trigger: 'item',
        confine: true,
        formatter: (params: { dataType: string; name: string; value: number; data: GraphLink }) =>
          params.dataType === 'edge'
            ? tooltipHtml(
                [[metricName, formatValue(params.value)]],
                `${nameById.get(params.data.source) ?? ''} > ${nameById.get(params.data.target) ?? ''}`,
              )
            : tooltipHtml([[params.name, formatValue(params.value)]]),
      },
      legend: {
        ...legendOption(orientation, formData.legendType ?? 'scroll', isLegendShown),
        data: legendNames,
      },
      series: [
        {
          type: 'graph',
          layout: formData.layout ?? 'force',
          ...chartPadding(orientation, isLegendShown),
          zoom: 0.7,
          roam: readToggle(formData.roam, true),
          draggable: formData.draggable ?? false,
          selectedMode: readToggle(formData.selectedMode, 'single'),
          edgeSymbol: parseEdgeSymbols(formData.edgeSymbol ?? 'none,arrow'),
          edgeSymbolSize: baseEdgeWidth * 2,
          force: {
            initLayout: 'circular',
            layoutAnimation: false,
            edgeLength: numberValue(formData.edgeLength) ?? 400,
            gravity: numberValue(formData.gravity) ?? 0.3,
            repulsion: numberValue(formData.repulsion) ?? 1000,
            friction: numberValue(formData.friction) ?? 0.2,
          },
          circular: { rotateLabel: true },
          label: { show: true, position: 'right', distance: 5, fontSize: 12, overflow: 'truncate' },
          emphasis: { focus: 'adjacency' },
          lineStyle: { curveness: 0.1 },
          select: { itemStyle: { borderWidth: 3, opacity: 1 }, label: { fontWeight: 'bolder' } },
          categories: [...categories].map((name) => ({
            name,
            itemStyle: { color: colorOf(name) },
          })),
          data: nodeList.map((node, index) => ({
            id: node.id,
            name: node.name,
            value: node.value,
            ...(node.category === undefined ? {} : { category: node.category }),
            symbolSize: nodeSizes[index],
            itemStyle: { color: node.color },
            label: { show: labelThreshold ? node.value > labelThreshold : true },
          })),
          links: links.map((link, index) => ({
            source: link.source,
            target: link.target,
            value: link.value,
            lineStyle: { color: link.color, width: edgeWidths[index] },
          })),
        },
      ],
    },
  };
}
