import type { QueryColumn } from '@superset-ts/shared';
import { Empty, Form, Input } from 'antd';
import type { ExploreColumn } from '../../../explore-dataset';
import { ColumnSelect } from '../ColumnSelect';
import type { PillEditorProps } from '../pills/PillListControl';
import { TabbedEditorForm } from '../pills/TabbedEditorForm';
import { useDraft } from '../pills/useDraft';
import { SqlExpressionInput } from '../SqlExpressionInput';
import { columnDraftOf, columnFromDraft, isColumnDraftComplete } from './adhoc-column';

/**
 * The column editor popover (Superset's ColumnSelectPopover): a dataset column, or a SQL
 * expression with a label.
 *
 * @param columns the columns that may be chosen (only temporal ones for a time axis)
 */
export function AdhocColumnEditor({
  columns,
  initial,
  onSave,
  onClose,
}: PillEditorProps<QueryColumn> & { columns: readonly ExploreColumn[] }) {
  const [draft, update] = useDraft(() => columnDraftOf(initial));

  const simpleTab = columns.length ? (
    <Form.Item label="Column">
      <ColumnSelect
        label="Column"
        columns={columns}
        value={draft.column}
        onChange={(column) => update({ column })}
      />
    </Form.Item>
  ) : (
    <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="No columns can be chosen here" />
  );

  const sqlTab = (
    <>
      <Form.Item label="SQL expression">
        <SqlExpressionInput
          label="SQL expression"
          value={draft.sql}
          onChange={(sql) => update({ sql })}
        />
      </Form.Item>
      <Form.Item label="Column label">
        <Input
          aria-label="Column label"
          value={draft.label}
          placeholder={draft.sql.trim() || 'My column'}
          onChange={(event) => update({ label: event.target.value })}
        />
      </Form.Item>
    </>
  );

  return (
    <TabbedEditorForm
      label="Edit column"
      activeTab={draft.tab}
      onTabChange={(tab) => update({ tab })}
      tabs={[
        { key: 'SIMPLE', label: 'Simple', children: simpleTab },
        { key: 'SQL', label: 'Custom SQL', children: sqlTab },
      ]}
      canSave={isColumnDraftComplete(draft)}
      onClose={onClose}
      onSave={() => onSave(columnFromDraft(draft, initial))}
    />
  );
}
