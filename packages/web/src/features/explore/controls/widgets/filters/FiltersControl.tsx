import { FilterOutlined } from '@ant-design/icons';
import type { AdhocFilter, SimpleControl } from '../../../../../visualizations';
import type { ControlWidgetProps } from '../control-widget-props';
import { PillListControl } from '../pills/PillListControl';
import { filterDraftForColumn, filterLabel, isAdhocFilter } from './adhoc-filter';
import { AdhocFilterEditor } from './AdhocFilterEditor';

/**
 * The `adhoc_filters` control: filters as pills (`gender = 'boy'`). A column dropped from the
 * dataset panel opens the editor on a filter of it; a saved metric opens a HAVING filter on
 * its expression.
 */
export function FiltersControl({
  control,
  value,
  onChange,
  dataset,
}: ControlWidgetProps<SimpleControl>) {
  const filters = Array.isArray(value) ? value.filter(isAdhocFilter) : [];
  return (
    <PillListControl<AdhocFilter>
      label={control.label}
      values={filters}
      isMultiple
      onChange={onChange}
      describe={(filter) => {
        const label = filterLabel(filter, dataset);
        return { label, title: label, icon: <FilterOutlined aria-hidden /> };
      }}
      renderEditor={(editor) => <AdhocFilterEditor dataset={dataset} {...editor} />}
      addText="Drop columns/metrics here or click"
      accepts={['column', 'metric']}
      onDropItem={(payload) =>
        payload.kind === 'column'
          ? { draft: filterDraftForColumn(payload.column) }
          : {
              draft: {
                expressionType: 'SQL',
                clause: 'HAVING',
                sqlExpression: payload.metric.expression,
              },
            }
      }
    />
  );
}
