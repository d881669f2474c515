import { Form, Select } from 'antd';
import type { AdhocFilter } from '../../../../../visualizations';
import type { AdhocFilterClause } from '../../../../../visualizations/core/form-data';
import type { ExploreDataset } from '../../../explore-dataset';
import type { PillEditorProps } from '../pills/PillListControl';
import { TabbedEditorForm } from '../pills/TabbedEditorForm';
import { useDraft } from '../pills/useDraft';
import { SqlExpressionInput } from '../SqlExpressionInput';
import { filterDraftOf, filterFromDraft, isFilterDraftComplete } from './adhoc-filter';
import { SimpleFilterFields } from './SimpleFilterFields';

/**
 * The filter editor popover (Superset's AdhocFilterEditPopover): a column, operator and value
 * (Simple), or a WHERE or HAVING clause written in SQL (Custom SQL).
 */
export function AdhocFilterEditor({
  dataset,
  initial,
  onSave,
  onClose,
}: PillEditorProps<AdhocFilter> & { dataset: ExploreDataset }) {
  const [draft, update] = useDraft(() => filterDraftOf(initial));

  const sqlTab = (
    <>
      <Form.Item label="Clause">
        <Select
          aria-label="Clause"
          value={draft.clause}
          options={[
            { value: 'WHERE', label: 'WHERE (before aggregating)' },
            { value: 'HAVING', label: 'HAVING (after aggregating)' },
          ]}
          onChange={(clause: AdhocFilterClause) => update({ clause })}
        />
      </Form.Item>
      <Form.Item label="SQL">
        <SqlExpressionInput
          label="Filter SQL"
          value={draft.sql}
          placeholder={
            draft.clause === 'WHERE' ? "e.g. country = 'France'" : 'e.g. SUM(sales) > 100'
          }
          onChange={(sql) => update({ sql })}
        />
      </Form.Item>
    </>
  );

  return (
    <TabbedEditorForm
      label="Edit filter"
      activeTab={draft.tab}
      onTabChange={(tab) => update({ tab })}
      tabs={[
        {
          key: 'SIMPLE',
          label: 'Simple',
          children: <SimpleFilterFields dataset={dataset} draft={draft} onChange={update} />,
        },
        { key: 'SQL', label: 'Custom SQL', children: sqlTab },
      ]}
      canSave={isFilterDraftComplete(draft)}
      onClose={onClose}
      onSave={() => onSave(filterFromDraft(draft))}
    />
  );
}
