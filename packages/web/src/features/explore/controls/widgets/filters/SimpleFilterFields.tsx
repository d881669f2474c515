import type { QueryColumn } from '@superset-ts/shared';
import { Form, Select } from 'antd';
import type { ExploreDataset } from '../../../explore-dataset';
import { columnTypeOf } from '../../column-type';
import { ColumnSelect } from '../ColumnSelect';
import { comparatorForOperator, type FilterDraft } from './adhoc-filter';
import { ComparatorField } from './ComparatorField';
import { defaultOperatorFor, operatorLabel, operatorsFor } from './filter-operators';

/** The Simple tab of the filter editor: a column, an operator that suits it, and its value. */
export function SimpleFilterFields({
  dataset,
  draft,
  onChange,
}: {
  dataset: ExploreDataset;
  draft: FilterDraft;
  onChange: (patch: Partial<FilterDraft>) => void;
}) {
  const subjectName = typeof draft.subject === 'string' ? draft.subject : undefined;
  const column = dataset.columns.find((candidate) => candidate.column_name === subjectName);
  const kind = column ? columnTypeOf(column) : 'unknown';
  const operators = operatorsFor(kind);
  const filterable = dataset.columns.filter((candidate) => candidate.filterable !== false);

  const handleColumnChange = (name: string) => {
    const chosen = dataset.columns.find((candidate) => candidate.column_name === name);
    const chosenKind = chosen ? columnTypeOf(chosen) : 'unknown';
    const keepsOperator =
      draft.operator && operatorsFor(chosenKind).some((op) => op === draft.operator);
    const operator =
      keepsOperator && draft.operator ? draft.operator : defaultOperatorFor(chosenKind);
    const subject: QueryColumn = name;
    onChange({
      subject,
      operator,
      comparator: comparatorForOperator(operator, keepsOperator ? draft.comparator : undefined),
    });
  };

  return (
    <>
      <Form.Item label="Column">
        <ColumnSelect
          label="Filter column"
          columns={filterable}
          value={subjectName}
          onChange={handleColumnChange}
        />
      </Form.Item>
      <Form.Item label="Operator">
        <Select
          aria-label="Operator"
          // A short list: rendered whole, so every operator is reachable without scrolling.
          virtual={false}
          placeholder="Select an operator"
          value={draft.operator}
          disabled={draft.subject === undefined}
          options={operators.map((operator) => ({
            value: operator,
            label: operatorLabel(operator),
          }))}
          onChange={(operator: string) =>
            onChange({ operator, comparator: comparatorForOperator(operator, draft.comparator) })
          }
        />
      </Form.Item>
      {draft.operator && (
        <Form.Item label="Value">
          <ComparatorField
            datasetId={dataset.id}
            column={column}
            operator={draft.operator}
            value={draft.comparator}
            onChange={(comparator) => onChange({ comparator })}
          />
        </Form.Item>
      )}
    </>
  );
}
