import { DownOutlined, UpOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Empty, Spin, Tabs, Tooltip } from 'antd';
import { useMemo, useState } from 'react';
import type { AnyChartPlugin, ChartFormData } from '../../../visualizations';
import { fetchChartRows, type ChartRows, type ChartRowsKind } from '../api/chart-data-api';
import styles from '../ExplorePage.module.css';
import { resultsContext, samplesContext } from './data-pane-queries';
import { RowsTable } from './RowsTable';

function RowsPane({
  rows,
  isPending,
  error,
  emptyText,
}: {
  rows: ChartRows[] | undefined;
  isPending: boolean;
  error: unknown;
  emptyText: string;
}) {
  if (error) {
    return (
      <Alert
        type="error"
        showIcon
        message="The rows could not be loaded"
        description={error instanceof Error ? error.message : undefined}
      />
    );
  }
  if (isPending) {
    return (
      <div className={styles.paneMessage} role="status" aria-label="Loading rows">
        <Spin />
      </div>
    );
  }
  if (!rows) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} />;
  return (
    <>
      {rows.map((result, index) => (
        <RowsTable
          key={index}
          rows={result}
          {...(rows.length > 1 ? { title: `Query ${index + 1}` } : {})}
        />
      ))}
    </>
  );
}

/**
 * The panes under the chart, closed until asked for: "Results" (the rows of the chart's last
 * query) and "Samples" (rows of the dataset). Each loads when first shown.
 */
export function DataPanes({
  plugin,
  queriedFormData,
  formData,
}: {
  /** The plugin of the last query. */
  plugin: AnyChartPlugin | undefined;
  /** The form data of the last query; null before the first. */
  queriedFormData: ChartFormData | null;
  formData: ChartFormData;
}) {
  const [isOpen, setIsOpen] = useState(false);
  const [tab, setTab] = useState<ChartRowsKind>('results');
  const results = useMemo(() => resultsContext(plugin, queriedFormData), [plugin, queriedFormData]);
  const datasource = formData.datasource;
  const samples = useMemo(() => samplesContext(datasource), [datasource]);
  const resultsQuery = useQuery({
    queryKey: ['explore', 'rows', 'results', results],
    queryFn: () => (results ? fetchChartRows(results, 'results') : Promise.resolve([])),
    enabled: isOpen && tab === 'results' && results !== null,
    staleTime: 60_000,
  });
  const samplesQuery = useQuery({
    queryKey: ['explore', 'rows', 'samples', samples],
    queryFn: () => (samples ? fetchChartRows(samples, 'samples') : Promise.resolve([])),
    enabled: isOpen && tab === 'samples' && samples !== null,
    staleTime: 60_000,
  });

  const pane = (kind: ChartRowsKind) => {
    const query = kind === 'results' ? resultsQuery : samplesQuery;
    const isPossible = kind === 'results' ? results !== null : samples !== null;
    return (
      <div className={styles.paneBody}>
        <RowsPane
          rows={query.data}
          isPending={isPossible && query.isPending}
          error={query.error}
          emptyText={
            kind === 'results' ? 'Run the chart to see its results' : 'The chart has no dataset'
          }
        />
      </div>
    );
  };

  const toggle = (
    <Tooltip title={isOpen ? 'Hide the data' : 'Show the data'}>
      <Button
        type="text"
        size="small"
        icon={isOpen ? <DownOutlined aria-hidden /> : <UpOutlined aria-hidden />}
        aria-label={isOpen ? 'Hide data panes' : 'Show data panes'}
        aria-expanded={isOpen}
        onClick={() => setIsOpen(!isOpen)}
      />
    </Tooltip>
  );

  return (
    <section className={isOpen ? styles.dataPanesOpen : styles.dataPanes} aria-label="Data">
      <Tabs
        size="small"
        activeKey={tab}
        onTabClick={(key) => {
          setTab(key as ChartRowsKind);
          setIsOpen(true);
        }}
        tabBarExtraContent={toggle}
        items={[
          { key: 'results', label: 'Results', children: isOpen ? pane('results') : null },
          { key: 'samples', label: 'Samples', children: isOpen ? pane('samples') : null },
        ]}
      />
    </section>
  );
}
