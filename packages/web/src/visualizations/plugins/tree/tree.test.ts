import { queryContextSchema } from '@superset-ts/shared';
import { describe, expect, it } from 'vitest';
import { resolveChartState } from '../../core/chart-state';
import type { EchartsProps } from '../../echarts/EchartsView';
import { chartDataResult } from '../../testing/chart-data-result';
import { renderEchartsSvg } from '../../testing/echarts-svg';
import './TreeView';
import type { TreeChartNode } from './build-node-tree';
import { treeChartPlugin } from '.';

const formData = {
  datasource: '7__table',
  viz_type: 'tree_chart',
  id: 'emp_id',
  parent: 'manager_id',
  name: 'emp_name',
  metric: 'sum__salary',
  row_limit: 1000,
};

const response = [
  chartDataResult(
    ['emp_id', 'manager_id', 'emp_name', 'sum__salary'],
    [0, 0, 1, 0],
    [
      { emp_id: 1, manager_id: null, emp_name: 'Ada', sum__salary: 300 },
      { emp_id: 2, manager_id: 1, emp_name: 'Grace', sum__salary: 200 },
      { emp_id: 3, manager_id: 1, emp_name: 'Linus', sum__salary: 150 },
      { emp_id: 4, manager_id: 2, emp_name: 'Ken', sum__salary: 100 },
      { emp_id: 9, manager_id: 8, emp_name: 'Lone', sum__salary: 50 },
    ],
  ),
];

type TreeOption = {
  tooltip: { formatter: (params: unknown) => string };
  series: [{ data: TreeChartNode[] }];
};

const names = (node: TreeChartNode | undefined): unknown =>
  node && [node.name, ...node.children.map(names)];

describe('tree_chart', () => {
  it('queries one row per node: id, parent, name and the metric', () => {
    const [query] = queryContextSchema.parse(treeChartPlugin.buildQuery(formData)).queries;
    expect(query).toMatchObject({
      columns: ['emp_id', 'manager_id', 'emp_name'],
      metrics: ['sum__salary'],
    });
  });

  it('links rows to their parents from the largest root, with names and values', () => {
    const { option } = treeChartPlugin.transformProps(formData, response, {}) as EchartsProps;
    const tree = option as unknown as TreeOption;
    const [root] = tree.series[0].data;
    expect(names(root)).toEqual(['Ada', ['Grace', ['Ken']], ['Linus']]);
    expect(root?.value).toBe(300);
    const tooltip = tree.tooltip.formatter({
      value: 100,
      treeAncestors: [{ name: '' }, { name: 'Ada' }, { name: 'Grace' }, { name: 'Ken' }],
    });
    expect(tooltip).toContain('Ada ▸ Grace ▸ Ken');
    expect(tooltip).toContain('<span>sum__salary</span><span>100</span>');
    expect(renderEchartsSvg(option)).toContain('Linus');
  });

  it('starts from the chosen root, and says so when no row has its id', () => {
    const { option } = treeChartPlugin.transformProps(
      { ...formData, root_node_id: '2' },
      response,
      {},
    ) as EchartsProps;
    expect(names((option as unknown as TreeOption).series[0].data[0])).toEqual(['Grace', ['Ken']]);
    const state = resolveChartState({
      plugin: treeChartPlugin,
      formData: { ...formData, root_node_id: '42' },
      queriesResponse: response,
    });
    expect(state).toMatchObject({
      kind: 'message',
      message: { kind: 'render-error', message: 'No row has the root node id "42".' },
    });
  });

  it('does not loop forever on parent links that form a cycle', () => {
    const cyclic = [
      chartDataResult(
        ['emp_id', 'manager_id'],
        [0, 0],
        [
          { emp_id: 1, manager_id: 2 },
          { emp_id: 2, manager_id: 1 },
        ],
      ),
    ];
    const { option } = treeChartPlugin.transformProps(
      { ...formData, name: undefined, metric: undefined, root_node_id: 1 },
      cyclic,
      {},
    ) as EchartsProps;
    expect(names((option as unknown as TreeOption).series[0].data[0])).toEqual(['1', ['2']]);
    expect(() =>
      treeChartPlugin.transformProps({ ...formData, name: undefined }, cyclic, {}),
    ).toThrow('there is no root');
  });

  it('needs the id and parent columns, not a metric', () => {
    expect(treeChartPlugin.validate({ datasource: '7__table' })).toEqual([
      { control: 'id', message: 'Id cannot be empty.' },
      { control: 'parent', message: 'Parent cannot be empty.' },
    ]);
  });
});
