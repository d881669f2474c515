import {
  NATIVE_FILTER_TYPES,
  type DataMask,
  type NativeFilter,
  type NativeFilterType,
} from '@superset-ts/shared';
import { Checkbox, Form, Input, Select, Typography } from 'antd';
import type { DashboardDataset } from '../../../../api/dashboards';
import type { LoadedDashboard } from '../../dashboard-contracts';
import { RangeFilterControl } from '../controls/RangeFilterControl';
import { SelectFilterControl } from '../controls/SelectFilterControl';
import { TimeColumnFilterControl } from '../controls/TimeColumnFilterControl';
import { TimeFilterControl } from '../controls/TimeFilterControl';
import { TimeGrainFilterControl } from '../controls/TimeGrainFilterControl';
import { EMPTY_MASK } from '../filter-data-mask';
import { DATASET_FILTER_TYPES, filterTarget, isValueFilter } from '../native-filter-items';
import { FILTER_TYPE_LABELS } from './filter-type-labels';
import { ScopeField } from './ScopeField';

const DEFAULT_CONTROLS = {
  filter_select: SelectFilterControl,
  filter_range: RangeFilterControl,
  filter_time: TimeFilterControl,
  filter_timegrain: TimeGrainFilterControl,
  filter_timecolumn: TimeColumnFilterControl,
} as const;

/** The settings of one native filter in the configuration editor. */
export function NativeFilterForm({
  filter,
  otherFilters,
  loaded,
  datasets,
  isLoadingDatasets,
  onChange,
}: {
  filter: NativeFilter;
  /** The other filters, candidates as parents. */
  otherFilters: readonly NativeFilter[];
  loaded: LoadedDashboard;
  datasets: readonly DashboardDataset[];
  isLoadingDatasets: boolean;
  onChange: (filter: NativeFilter) => void;
}) {
  const { datasetId, column } = filterTarget(filter);
  const dataset = datasets.find((candidate) => candidate.id === datasetId);
  const needsDataset = DATASET_FILTER_TYPES.includes(filter.filterType);
  const hasDefaultControl =
    filter.filterType === 'filter_time' ||
    (needsDataset && datasetId !== undefined && (!isValueFilter(filter) || Boolean(column)));
  const DefaultControl = DEFAULT_CONTROLS[filter.filterType];
  const update = (changes: Partial<NativeFilter>) => onChange({ ...filter, ...changes });
  const updateControlValues = (changes: NonNullable<NativeFilter['controlValues']>) =>
    update({ controlValues: { ...filter.controlValues, ...changes } });

  return (
    <Form layout="vertical" component="div">
      <Form.Item label="Filter type" htmlFor="filter-config-type">
        <Select<NativeFilterType>
          id="filter-config-type"
          value={filter.filterType}
          options={NATIVE_FILTER_TYPES.map((type) => ({
            value: type,
            label: FILTER_TYPE_LABELS[type],
          }))}
          onChange={(filterType) =>
            update({
              filterType,
              targets:
                DATASET_FILTER_TYPES.includes(filterType) && datasetId !== undefined
                  ? [{ datasetId }]
                  : [{}],
              defaultDataMask: EMPTY_MASK,
              cascadeParentIds: filterType === 'filter_select' ? filter.cascadeParentIds : [],
            })
          }
        />
      </Form.Item>
      <Form.Item label="Filter name" htmlFor="filter-config-name" required>
        <Input
          id="filter-config-name"
          value={filter.name}
          maxLength={250}
          onChange={(event) => update({ name: event.target.value })}
        />
      </Form.Item>
      {needsDataset ? (
        <Form.Item label="Dataset" htmlFor="filter-config-dataset" required>
          <Select<number>
            id="filter-config-dataset"
            showSearch
            optionFilterProp="label"
            placeholder="Choose a dataset of the dashboard's charts"
            loading={isLoadingDatasets}
            value={datasetId}
            options={datasets.map((candidate) => ({
              value: candidate.id,
              label: candidate.table_name,
            }))}
            onChange={(nextId) =>
              update({ targets: [{ datasetId: nextId }], defaultDataMask: EMPTY_MASK })
            }
          />
        </Form.Item>
      ) : null}
      {isValueFilter(filter) ? (
        <Form.Item label="Column" htmlFor="filter-config-column" required>
          <Select<string>
            id="filter-config-column"
            showSearch
            optionFilterProp="label"
            placeholder={dataset ? 'Choose a column' : 'Choose a dataset first'}
            disabled={!dataset}
            value={column}
            options={(dataset?.columns ?? [])
              .filter((candidate) => candidate.filterable !== false)
              .map((candidate) => ({
                value: candidate.column_name,
                label: candidate.verbose_name || candidate.column_name,
              }))}
            onChange={(name) =>
              update({
                targets: [{ ...(datasetId !== undefined ? { datasetId } : {}), column: { name } }],
                defaultDataMask: EMPTY_MASK,
              })
            }
          />
        </Form.Item>
      ) : null}
      <Form.Item label="Description" htmlFor="filter-config-description">
        <Input.TextArea
          id="filter-config-description"
          autoSize={{ minRows: 1, maxRows: 4 }}
          value={filter.description ?? ''}
          onChange={(event) => update({ description: event.target.value })}
        />
      </Form.Item>
      {filter.filterType === 'filter_select' ? (
        <>
          <Form.Item label="Parent filters" htmlFor="filter-config-parents">
            <Select<string[]>
              id="filter-config-parents"
              mode="multiple"
              placeholder="Values depend on these filters"
              value={filter.cascadeParentIds ?? []}
              options={otherFilters
                .filter((candidate) => candidate.filterType === 'filter_select')
                .map((candidate) => ({
                  value: candidate.id,
                  label: candidate.name || candidate.id,
                }))}
              onChange={(cascadeParentIds) => update({ cascadeParentIds })}
            />
          </Form.Item>
          <Checkbox
            checked={filter.controlValues?.multiSelect !== false}
            onChange={(event) => updateControlValues({ multiSelect: event.target.checked })}
          >
            Can select multiple values
          </Checkbox>
          <Checkbox
            checked={filter.controlValues?.inverseSelection === true}
            onChange={(event) => updateControlValues({ inverseSelection: event.target.checked })}
          >
            Inverse selection
          </Checkbox>
        </>
      ) : null}
      <Checkbox
        checked={filter.controlValues?.enableEmptyFilter === true}
        onChange={(event) => updateControlValues({ enableEmptyFilter: event.target.checked })}
      >
        Filter value is required
      </Checkbox>
      <Form.Item label="Default value" htmlFor="filter-config-default" style={{ marginTop: 16 }}>
        {hasDefaultControl ? (
          <DefaultControl
            filter={filter}
            mask={filter.defaultDataMask}
            parentFilters={[]}
            inputId="filter-config-default"
            label="Default value"
            onChange={(defaultDataMask: DataMask) => update({ defaultDataMask })}
          />
        ) : (
          <Typography.Text type="secondary">
            {isValueFilter(filter)
              ? 'Choose a dataset and a column first.'
              : 'Choose a dataset first.'}
          </Typography.Text>
        )}
      </Form.Item>
      <ScopeField loaded={loaded} scope={filter.scope} onChange={(scope) => update({ scope })} />
    </Form>
  );
}
