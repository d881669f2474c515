import type { QueryColumn } from '@superset-ts/shared';
import { ConsoleSqlOutlined } from '@ant-design/icons';
import type { ColumnControl } from '../../../../../visualizations';
import { ensureArray } from '../../../../../visualizations/core/form-data';
import { isTemporalColumn } from '../../column-type';
import { ColumnTypeIcon } from '../../ColumnTypeIcon';
import type { ControlWidgetProps } from '../control-widget-props';
import { PillListControl } from '../pills/PillListControl';
import { describeColumn } from './adhoc-column';
import { AdhocColumnEditor } from './AdhocColumnEditor';

const isColumn = (value: unknown): value is QueryColumn =>
  (typeof value === 'string' && value !== '') ||
  (typeof value === 'object' && value !== null && 'sqlExpression' in value);

/**
 * The `columns` (a list) and `column` (one) controls: dataset columns or adhoc SQL columns
 * as pills; a `temporalOnly` control offers and accepts temporal columns alone.
 */
export function ColumnsControl({
  control,
  value,
  onChange,
  dataset,
}: ControlWidgetProps<ColumnControl>) {
  const isMultiple = control.kind === 'columns';
  const choices = control.temporalOnly ? dataset.columns.filter(isTemporalColumn) : dataset.columns;
  const columns = ensureArray(value as QueryColumn | QueryColumn[] | null | undefined).filter(
    isColumn,
  );

  const iconOf = (column: QueryColumn) => {
    const known =
      typeof column === 'string'
        ? dataset.columns.find((candidate) => candidate.column_name === column)
        : undefined;
    return known ? <ColumnTypeIcon column={known} /> : <ConsoleSqlOutlined aria-label="SQL" />;
  };

  return (
    <PillListControl<QueryColumn>
      label={control.label}
      values={columns}
      isMultiple={isMultiple}
      onChange={(next) => onChange(isMultiple ? next : (next[0] ?? null))}
      describe={(column) => ({ ...describeColumn(column, dataset), icon: iconOf(column) })}
      renderEditor={(editor) => <AdhocColumnEditor columns={choices} {...editor} />}
      addText={isMultiple ? 'Drop columns here or click' : 'Drop a column here or click'}
      accepts={['column']}
      onDropItem={(payload) =>
        payload.kind === 'column' &&
        choices.some((choice) => choice.column_name === payload.column.column_name)
          ? { value: payload.column.column_name }
          : undefined
      }
    />
  );
}
