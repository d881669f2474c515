import type { QueryMetric } from '@superset-ts/shared';
import type { SimpleControl } from '../../../../../visualizations';
import { ensureArray } from '../../../../../visualizations/core/form-data';
import { MetricIcon } from '../../ColumnTypeIcon';
import type { ControlWidgetProps } from '../control-widget-props';
import { PillListControl } from '../pills/PillListControl';
import {
  describeMetric,
  isQueryMetric,
  metricDraftForColumn,
  metricFromDraft,
} from './adhoc-metric';
import { AdhocMetricEditor } from './AdhocMetricEditor';

/**
 * The `metrics` (a list) and `metric` (one) controls: saved or adhoc metrics as pills. A
 * saved metric dropped from the dataset panel is added at once; a column opens the editor
 * on an aggregate of it.
 */
export function MetricsControl({
  control,
  value,
  onChange,
  dataset,
}: ControlWidgetProps<SimpleControl>) {
  const isMultiple = control.kind === 'metrics';
  const metrics = ensureArray(value as QueryMetric | QueryMetric[] | null | undefined).filter(
    isQueryMetric,
  );
  return (
    <PillListControl<QueryMetric>
      label={control.label}
      values={metrics}
      isMultiple={isMultiple}
      onChange={(next) => onChange(isMultiple ? next : (next[0] ?? null))}
      describe={(metric) => ({ ...describeMetric(metric, dataset), icon: <MetricIcon /> })}
      renderEditor={(editor) => <AdhocMetricEditor dataset={dataset} {...editor} />}
      addText={
        isMultiple ? 'Drop columns/metrics here or click' : 'Drop a column/metric here or click'
      }
      accepts={['metric', 'column']}
      onDropItem={(payload) =>
        payload.kind === 'metric'
          ? { value: payload.metric.metric_name }
          : { draft: metricFromDraft(metricDraftForColumn(payload.column), dataset.columns) }
      }
    />
  );
}
