import { ConsoleSqlOutlined, SwapOutlined, TableOutlined } from '@ant-design/icons';
import { Button, Collapse, Empty, Input, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { columnLabel, metricLabel, type ExploreDataset } from '../explore-dataset';
import { ColumnTypeIcon, MetricIcon } from './ColumnTypeIcon';
import { DatasetItem } from './DatasetItem';
import styles from './DatasetPanel.module.css';
import { searchDataset } from './dataset-search';

function sectionLabel(name: string, shown: number, total: number) {
  return (
    <span>
      {name}{' '}
      <span className={styles.count}>
        {shown === total ? `(${total})` : `Showing ${shown} of ${total}`}
      </span>
    </span>
  );
}

/**
 * Explore's dataset panel (Superset's DatasourcePanel): the dataset's name and kind, a search,
 * then its metrics and its columns, each item draggable onto the metric, column and filter
 * controls.
 *
 * @param onChangeDataset when given, a button offers to pick another dataset
 */
export function DatasetPanel({
  dataset,
  onChangeDataset,
}: {
  dataset: ExploreDataset;
  onChangeDataset?: () => void;
}) {
  const [search, setSearch] = useState('');
  const { metrics, columns } = searchDataset(dataset, search);
  const isVirtual = Boolean(dataset.sql);
  const hasNoMatch = metrics.length === 0 && columns.length === 0;

  const metricList = metrics.length ? (
    <ul className={styles.list} aria-label="Metrics">
      {metrics.map((metric) => (
        <DatasetItem
          key={metric.metric_name}
          payload={{ kind: 'metric', metric }}
          icon={<MetricIcon />}
          label={metricLabel(metric)}
          title={`${metric.metric_name}: ${metric.expression}`}
          isCertified={metric.is_certified}
          certifiedBy={metric.certified_by}
          warning={metric.warning_text}
        />
      ))}
    </ul>
  ) : (
    <Typography.Text type="secondary">No metrics match</Typography.Text>
  );

  const columnList = columns.length ? (
    <ul className={styles.list} aria-label="Columns">
      {columns.map((column) => (
        <DatasetItem
          key={column.column_name}
          payload={{ kind: 'column', column }}
          icon={<ColumnTypeIcon column={column} />}
          label={columnLabel(column)}
          title={
            column.expression ? `${column.column_name}: ${column.expression}` : column.column_name
          }
          isCertified={column.is_certified}
          certifiedBy={column.certified_by}
          warning={column.warning_text}
        />
      ))}
    </ul>
  ) : (
    <Typography.Text type="secondary">No columns match</Typography.Text>
  );

  return (
    <div className={styles.panel}>
      <div className={styles.header}>
        {isVirtual ? (
          <ConsoleSqlOutlined aria-label="Virtual dataset" />
        ) : (
          <TableOutlined aria-label="Physical dataset" />
        )}
        <Typography.Text strong ellipsis={{ tooltip: dataset.name }} className={styles.datasetName}>
          {dataset.name}
        </Typography.Text>
        {onChangeDataset && (
          <Tooltip title="Change dataset">
            <Button
              type="text"
              size="small"
              icon={<SwapOutlined />}
              aria-label="Change dataset"
              onClick={onChangeDataset}
            />
          </Tooltip>
        )}
      </div>
      <Input.Search
        aria-label="Search metrics and columns"
        placeholder="Search Metrics & Columns"
        allowClear
        value={search}
        onChange={(event) => setSearch(event.target.value)}
      />
      <div className={styles.lists}>
        {hasNoMatch ? (
          <Empty
            image={Empty.PRESENTED_IMAGE_SIMPLE}
            description={
              search.trim()
                ? `No metrics or columns match "${search.trim()}"`
                : 'This dataset has no metrics or columns'
            }
          />
        ) : (
          <Collapse
            ghost
            size="small"
            defaultActiveKey={['metrics', 'columns']}
            items={[
              {
                key: 'metrics',
                label: sectionLabel('Metrics', metrics.length, dataset.metrics.length),
                children: metricList,
              },
              {
                key: 'columns',
                label: sectionLabel('Columns', columns.length, dataset.columns.length),
                children: columnList,
              },
            ]}
          />
        )}
      </div>
    </div>
  );
}
