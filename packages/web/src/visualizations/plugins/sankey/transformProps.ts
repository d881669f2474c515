import type { ChartDataResult } from '@superset-ts/shared';
import { createColorScale } from '../../color/color-scale';
import type { TransformContext } from '../../core/chart-plugin';
import { NULL_LABEL } from '../../core/query/groupby-label';
import { getColumnLabel } from '../../core/query/labels';
import { columnsOf } from '../../core/query/operators';
import { cellText, rowsOf, toNumberOrNull } from '../../core/query/results';
import { readMainMetric } from '../../core/query/main-metric';
import type { EchartsProps } from '../../echarts/EchartsView';
import { tooltipHtml } from '../../echarts/tooltip-html';
import { getNumberFormatter } from '../../formatting/number-formatter';
import { findCycle, type SankeyLink } from './find-cycle';
import type { SankeyFormData } from './types';

const formatValue = getNumberFormatter(',.2f');
const formatPercent = getNumberFormatter(',.2%');

/** Thrown when the flows loop back on themselves, which a Sankey diagram cannot draw. */
export class SankeyCycleError extends Error {
  constructor(cycle: readonly string[]) {
    super(
      `The flows form a loop (${cycle.join(' → ')}); a Sankey chart needs flows that never come back to a node.`,
    );
    this.name = 'SankeyCycleError';
  }
}

const nodeName = (value: unknown) =>
  value === null || value === undefined ? NULL_LABEL : cellText(value);

/**
 * The ECharts option of the Sankey Chart (Superset's Sankey v2 `transformProps`): a node per
 * source or target value in its label color, a link per row as wide as the metric; the
 * tooltip gives a link's share of its source's and its target's total.
 *
 * @throws SankeyCycleError when the links form a cycle.
 */
export function transformSankeyProps(
  formData: SankeyFormData,
  queriesResponse: readonly ChartDataResult[],
  context: TransformContext,
): EchartsProps {
  const { metricLabel, metricName } = readMainMetric(formData, context);
  const [sourceColumn] = columnsOf(formData.source).map(getColumnLabel);
  const [targetColumn] = columnsOf(formData.target).map(getColumnLabel);
  const colorOf = createColorScale(formData.color_scheme);

  const links: SankeyLink[] = rowsOf(queriesResponse[0]).map((row) => ({
    source: nodeName(row[sourceColumn ?? '']),
    target: nodeName(row[targetColumn ?? '']),
    value: toNumberOrNull(row[metricLabel]) ?? 0,
  }));
  const cycle = findCycle(links);
  if (cycle) throw new SankeyCycleError(cycle);

  const incoming = new Map<string, number>();
  const outgoing = new Map<string, number>();
  const nodes = new Set<string>();
  for (const { source, target, value } of links) {
    nodes.add(source);
    nodes.add(target);
    outgoing.set(source, (outgoing.get(source) ?? 0) + value);
    incoming.set(target, (incoming.get(target) ?? 0) + value);
  }
  const nodeTotal = (name: string) => Math.max(incoming.get(name) ?? 0, outgoing.get(name) ?? 0);

  const tooltip = (params: { name: string; value: number; data: Partial<SankeyLink> }) => {
    const rows = [[metricName, formatValue(params.value)]];
    const { source, target } = params.data;
    if (source !== undefined && target !== undefined) {
      rows.push([`% (${source})`, formatPercent(params.value / nodeTotal(source))]);
      rows.push([`% (${target})`, formatPercent(params.value / nodeTotal(target))]);
    }
    return tooltipHtml(rows, params.name);
  };

  return {
    ariaLabel: `Sankey chart of ${metricName} from ${sourceColumn ?? ''} to ${targetColumn ?? ''}`,
    option: {
      animation: false,
      tooltip: { trigger: 'item', confine: true, formatter: tooltip },
      series: [
        {
          type: 'sankey',
          top: 16,
          bottom: 16,
          left: 16,
          right: 96,
          nodeGap: 10,
          emphasis: { focus: 'adjacency' },
          lineStyle: { color: 'source', opacity: 0.4, curveness: 0.5 },
          data: [...nodes].map((name) => ({ name, itemStyle: { color: colorOf(name) } })),
          links,
        },
      ],
    },
  };
}
