import { DeleteOutlined, PlusOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { Button, Form, Input, Table, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { newMetric, type MetricDraft } from './dataset-draft';
import styles from './DatasourceModal.module.css';
import { patchRow, removeRow } from './edit-rows';

/** The metric's fields edited in its expanded row with a one-line input. */
type MetricTextField = 'd3format' | 'warning_text' | 'certified_by' | 'certification_details';

function MetricDetails({
  metric,
  onChange,
}: {
  metric: MetricDraft;
  onChange: (patch: Partial<MetricDraft>) => void;
}) {
  const name = metric.metric_name || 'new metric';
  const field = (key: MetricTextField, label: string, placeholder?: string) => (
    <Form.Item label={label} className={styles.detailItem}>
      <Input
        aria-label={`${label} of ${name}`}
        value={metric[key]}
        placeholder={placeholder}
        onChange={(event) => onChange({ [key]: event.target.value })}
      />
    </Form.Item>
  );
  return (
    <Form layout="vertical" className={styles.details} component="div">
      {field('d3format', 'D3 format', 'e.g. ,.2f')}
      {field('warning_text', 'Warning')}
      {field('certified_by', 'Certified by')}
      {field('certification_details', 'Certification details')}
      <Form.Item label="Description" className={styles.detailWide}>
        <Input.TextArea
          aria-label={`Description of ${name}`}
          autoSize={{ minRows: 2, maxRows: 6 }}
          value={metric.description}
          onChange={(event) => onChange({ description: event.target.value })}
        />
      </Form.Item>
    </Form>
  );
}

/** Superset's Metrics tab: each metric's key, label and SQL, details on expanding a row. */
export function MetricsTab({
  metrics,
  onChange,
}: {
  metrics: readonly MetricDraft[];
  onChange: (metrics: MetricDraft[]) => void;
}) {
  const [expanded, setExpanded] = useState<string[]>([]);
  const patch = (key: string, change: Partial<MetricDraft>) =>
    onChange(patchRow(metrics, key, change));

  const handleAdd = () => {
    const metric = newMetric();
    onChange([metric, ...metrics]);
    setExpanded((prev) => [...prev, metric.key]);
  };

  return (
    <div className={styles.tabBody}>
      <div className={styles.tabToolbar}>
        <Button icon={<PlusOutlined aria-hidden />} onClick={handleAdd}>
          Add metric
        </Button>
      </div>
      <Table<MetricDraft>
        rowKey="key"
        size="small"
        pagination={false}
        dataSource={[...metrics]}
        locale={{ emptyText: 'No metrics yet' }}
        expandable={{
          expandedRowKeys: expanded,
          onExpandedRowsChange: (keys) => setExpanded(keys.map(String)),
          expandedRowRender: (metric) => (
            <MetricDetails metric={metric} onChange={(change) => patch(metric.key, change)} />
          ),
        }}
        columns={[
          {
            title: 'Metric key',
            key: 'metric_name',
            width: '24%',
            render: (_v, metric) => (
              <span className={styles.nameCell}>
                {metric.certified_by && (
                  <Tooltip title={`Certified by ${metric.certified_by}`}>
                    <SafetyCertificateOutlined
                      aria-label="Certified"
                      style={{ color: '#1890ff' }}
                    />
                  </Tooltip>
                )}
                <Input
                  aria-label={`Metric key of ${metric.metric_name || 'new metric'}`}
                  value={metric.metric_name}
                  placeholder="metric_key"
                  onChange={(event) => patch(metric.key, { metric_name: event.target.value })}
                />
              </span>
            ),
          },
          {
            title: 'Label',
            key: 'verbose_name',
            width: '24%',
            render: (_v, metric) => (
              <Input
                aria-label={`Label of ${metric.metric_name || 'new metric'}`}
                value={metric.verbose_name}
                placeholder="Label"
                onChange={(event) => patch(metric.key, { verbose_name: event.target.value })}
              />
            ),
          },
          {
            title: 'SQL expression',
            key: 'expression',
            render: (_v, metric) => (
              <Input.TextArea
                aria-label={`SQL expression of ${metric.metric_name || 'new metric'}`}
                className={styles.code}
                autoSize={{ minRows: 1, maxRows: 4 }}
                value={metric.expression}
                placeholder="e.g. SUM(amount)"
                onChange={(event) => patch(metric.key, { expression: event.target.value })}
              />
            ),
          },
          {
            title: <Typography.Text className={styles.srOnly}>Delete</Typography.Text>,
            key: 'delete',
            width: 48,
            render: (_v, metric) => (
              <Tooltip title="Delete">
                <Button
                  type="text"
                  danger
                  size="small"
                  icon={<DeleteOutlined />}
                  aria-label={`Delete metric ${metric.metric_name || 'new metric'}`}
                  onClick={() => onChange(removeRow(metrics, metric.key))}
                />
              </Tooltip>
            ),
          },
        ]}
      />
    </div>
  );
}
