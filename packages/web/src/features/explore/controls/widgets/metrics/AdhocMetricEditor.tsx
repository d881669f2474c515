import type { QueryMetric } from '@superset-ts/shared';
import { Empty, Form, Input, Select } from 'antd';
import { metricLabel, type ExploreDataset } from '../../../explore-dataset';
import { ColumnSelect } from '../ColumnSelect';
import type { PillEditorProps } from '../pills/PillListControl';
import { TabbedEditorForm } from '../pills/TabbedEditorForm';
import { useDraft } from '../pills/useDraft';
import { SqlExpressionInput } from '../SqlExpressionInput';
import {
  defaultMetricLabel,
  isMetricDraftComplete,
  METRIC_AGGREGATES,
  metricDraftOf,
  metricFromDraft,
  type MetricDraft,
} from './adhoc-metric';

/**
 * The metric editor popover (Superset's AdhocMetricEditPopover): a saved metric, an
 * aggregate of a column, or a SQL expression, with a label of the user's own.
 */
export function AdhocMetricEditor({
  dataset,
  initial,
  onSave,
  onClose,
}: PillEditorProps<QueryMetric> & { dataset: ExploreDataset }) {
  const [draft, update] = useDraft(() => metricDraftOf(initial));

  const savedTab = dataset.metrics.length ? (
    <Form.Item label="Saved metric">
      <Select
        aria-label="Saved metric"
        showSearch
        placeholder="Select a saved metric"
        value={draft.savedMetric}
        optionFilterProp="label"
        options={dataset.metrics.map((metric) => ({
          value: metric.metric_name,
          label: metricLabel(metric),
        }))}
        onChange={(savedMetric: string) => update({ savedMetric })}
      />
    </Form.Item>
  ) : (
    <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="This dataset has no saved metrics" />
  );

  const simpleTab = (
    <>
      <Form.Item label="Column">
        <ColumnSelect
          label="Column"
          columns={dataset.columns}
          value={draft.column}
          onChange={(column) => update({ column })}
        />
      </Form.Item>
      <Form.Item label="Aggregate">
        <Select
          aria-label="Aggregate"
          placeholder="Select an aggregate"
          value={draft.aggregate}
          options={METRIC_AGGREGATES.map((aggregate) => ({ value: aggregate, label: aggregate }))}
          onChange={(aggregate: MetricDraft['aggregate']) => update({ aggregate })}
        />
      </Form.Item>
    </>
  );

  const sqlTab = (
    <Form.Item label="SQL expression" extra="An aggregate expression, e.g. SUM(price * quantity)">
      <SqlExpressionInput
        label="SQL expression"
        value={draft.sql}
        onChange={(sql) => update({ sql })}
      />
    </Form.Item>
  );

  const labelField = (
    <Form.Item label="Metric label">
      <Input
        aria-label="Metric label"
        value={draft.tab === 'SAVED' ? '' : draft.customLabel}
        disabled={draft.tab === 'SAVED'}
        placeholder={defaultMetricLabel(draft) || 'My metric'}
        onChange={(event) => update({ customLabel: event.target.value })}
      />
    </Form.Item>
  );

  return (
    <TabbedEditorForm
      label="Edit metric"
      header={labelField}
      activeTab={draft.tab}
      onTabChange={(tab) => update({ tab })}
      tabs={[
        { key: 'SAVED', label: 'Saved', children: savedTab },
        { key: 'SIMPLE', label: 'Simple', children: simpleTab },
        { key: 'SQL', label: 'Custom SQL', children: sqlTab },
      ]}
      canSave={isMetricDraftComplete(draft)}
      onClose={onClose}
      onSave={() => onSave(metricFromDraft(draft, dataset.columns))}
    />
  );
}
