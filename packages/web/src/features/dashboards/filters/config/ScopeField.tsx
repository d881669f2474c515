import { Form, Radio, Select } from 'antd';
import type { FilterScope } from '@superset-ts/shared';
import { useState } from 'react';
import type { LoadedDashboard } from '../../dashboard-contracts';
import { scopeChoiceOf, scopeOfChoice } from './filter-scope-choice';

/** Where a filter applies: all charts, or the charts picked. */
export function ScopeField({
  loaded,
  scope,
  onChange,
}: {
  loaded: LoadedDashboard;
  scope: FilterScope | undefined;
  onChange: (scope: FilterScope) => void;
}) {
  const chartIds = loaded.charts.map((chart) => chart.id);
  const saved = scopeChoiceOf(loaded.layout, scope, chartIds);
  // Picking every chart saves the same scope as "All charts": the radio keeps what was chosen.
  const [kind, setKind] = useState(saved.kind);
  const pickedIds = saved.kind === 'charts' ? saved.chartIds : chartIds;
  return (
    <Form.Item label="Scope">
      <Radio.Group
        aria-label="Scope"
        value={kind}
        onChange={(event) => {
          setKind(event.target.value === 'all' ? 'all' : 'charts');
          onChange(scopeOfChoice({ kind: 'all' }, chartIds));
        }}
        options={[
          { value: 'all', label: 'All charts' },
          { value: 'charts', label: 'Selected charts' },
        ]}
      />
      {kind === 'charts' ? (
        <Select<number[]>
          mode="multiple"
          aria-label="Charts in scope"
          placeholder="Pick the charts the filter applies to"
          value={pickedIds}
          options={loaded.charts.map((chart) => ({ value: chart.id, label: chart.slice_name }))}
          optionFilterProp="label"
          onChange={(picked) =>
            onChange(scopeOfChoice({ kind: 'charts', chartIds: picked }, chartIds))
          }
          style={{ width: '100%', marginTop: 8 }}
        />
      ) : null}
    </Form.Item>
  );
}
