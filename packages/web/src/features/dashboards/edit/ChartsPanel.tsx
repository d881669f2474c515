import { CheckCircleFilled } from '@ant-design/icons';
import type { ChartListItem } from '@superset-ts/shared';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Input, Spin, Typography } from 'antd';
import { useState, type DragEvent } from 'react';
import { fetchCharts } from '../../../api/charts';
import { useDebouncedValue } from '../../../components/useDebouncedValue';
import { vizTypeName } from '../../charts/viz-type-names';
import { useEditorLayout } from './editor-layout-context';
import { writeLayoutDrag } from './layout-drag';
import { appendTarget } from './layout-placement';
import { chartIdsInLayout } from './layout-tree';
import type { NewComponentSpec } from './new-components';
import styles from './DashboardEditor.module.css';

const PAGE_SIZE = 100;

function specOf(chart: ChartListItem): NewComponentSpec {
  return { type: 'CHART', chartId: chart.id, sliceName: chart.slice_name, uuid: chart.uuid };
}

/**
 * The user's charts (`GET /api/v1/chart/`, newest first, searchable by name): each can be
 * dragged onto the layout or added at its end; charts already on the dashboard are marked.
 */
export function ChartsPanel() {
  const { layout, startDrag, endDrag, drop } = useEditorLayout();
  const [search, setSearch] = useState('');
  const filter = useDebouncedValue(search.trim(), 250);
  const charts = useQuery({
    queryKey: ['dashboards', 'editor', 'charts', filter],
    queryFn: () =>
      fetchCharts({
        filters: filter ? [{ col: 'slice_name', opr: 'chart_all_text', value: filter }] : [],
        order_column: 'changed_on_delta_humanized',
        order_direction: 'desc',
        page: 0,
        page_size: PAGE_SIZE,
      }),
  });
  const placed = chartIdsInLayout(layout);

  const handleDragStart = (event: DragEvent, chart: ChartListItem) => {
    writeLayoutDrag(event.dataTransfer, { kind: 'new', spec: specOf(chart) }, chart.slice_name);
    event.dataTransfer.effectAllowed = 'copy';
    startDrag({ type: 'CHART', width: 4 });
  };

  return (
    <div className={styles.panelBody}>
      <Input.Search
        aria-label="Search charts"
        placeholder="Search charts"
        allowClear
        value={search}
        onChange={(event) => setSearch(event.target.value)}
      />
      {charts.isPending ? <Spin className={styles.panelSpin} /> : null}
      {charts.isError ? (
        <Alert
          type="error"
          showIcon
          message="The charts could not be loaded"
          description={charts.error.message}
        />
      ) : null}
      {charts.data && charts.data.result.length === 0 ? (
        <Typography.Text type="secondary">
          {filter ? `No chart matches "${filter}"` : 'You have no charts yet'}
        </Typography.Text>
      ) : null}
      <ul className={styles.panelList} aria-label="Charts">
        {charts.data?.result.map((chart) => {
          const isPlaced = placed.has(chart.id);
          return (
            <li
              key={chart.id}
              className={styles.panelItem}
              draggable
              onDragStart={(event) => handleDragStart(event, chart)}
              onDragEnd={endDrag}
              aria-label={chart.slice_name}
            >
              <div className={styles.panelItemText}>
                <Typography.Text strong ellipsis>
                  {chart.slice_name}
                </Typography.Text>
                <Typography.Text type="secondary" className={styles.panelItemDetail}>
                  {vizTypeName(chart.viz_type)}
                  {isPlaced ? (
                    <span className={styles.placedMark}>
                      <CheckCircleFilled /> On this dashboard
                    </span>
                  ) : null}
                </Typography.Text>
              </div>
              <Button
                size="small"
                aria-label={`Add ${chart.slice_name} to the dashboard`}
                onClick={() => drop(appendTarget(layout), { kind: 'new', spec: specOf(chart) })}
              >
                Add
              </Button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
