import type { DatasetDetail } from '@superset-ts/shared';
import { Divider, Form, Input, InputNumber, Select, Switch } from 'antd';
import type { DatasetDraft } from './dataset-draft';
import styles from './DatasourceModal.module.css';
import { OwnersSelect } from '../../../components/OwnersSelect';
import { datasetChoiceSource } from '../dataset-choice-source';

/** The settings edited with a one-line input. */
type TextField =
  'default_endpoint' | 'certified_by' | 'certification_details' | 'fetch_values_predicate';

/** Superset's Settings tab: description, owners, certification, time and cache, and extra. */
export function SettingsTab({
  dataset,
  draft,
  onChange,
}: {
  dataset: DatasetDetail;
  draft: DatasetDraft;
  onChange: (patch: Partial<DatasetDraft>) => void;
}) {
  const temporalColumns = draft.columns.filter((column) => column.is_dttm && column.column_name);
  const text = (field: TextField, label: string, extra?: string) => (
    <Form.Item label={label} htmlFor={`dataset-${field}`} extra={extra}>
      <Input
        id={`dataset-${field}`}
        value={draft[field]}
        onChange={(event) => onChange({ [field]: event.target.value })}
      />
    </Form.Item>
  );
  return (
    <div className={styles.tabBody}>
      <Form layout="vertical" component="div" className={styles.settings}>
        <Form.Item label="Description" htmlFor="dataset-description">
          <Input.TextArea
            id="dataset-description"
            autoSize={{ minRows: 2, maxRows: 6 }}
            value={draft.description}
            onChange={(event) => onChange({ description: event.target.value })}
          />
        </Form.Item>
        <Form.Item label="Owners" htmlFor="dataset-owners">
          <OwnersSelect
            {...datasetChoiceSource('owners')}
            id="dataset-owners"
            initialOwners={dataset.owners}
            value={draft.owners}
            onChange={(owners) => onChange({ owners })}
          />
        </Form.Item>
        {text('default_endpoint', 'Default URL', 'Where the dataset opens instead of Explore')}
        <Divider orientation="left" plain>
          Certification
        </Divider>
        <div className={styles.twoColumns}>
          {text('certified_by', 'Certified by', 'The person or group that vouches for it')}
          {text('certification_details', 'Certification details')}
        </div>
        <Divider orientation="left" plain>
          Time and cache
        </Divider>
        <div className={styles.twoColumns}>
          <Form.Item label="Default datetime column" htmlFor="dataset-main-dttm">
            <Select<string>
              id="dataset-main-dttm"
              allowClear
              placeholder={temporalColumns.length ? 'Select a column' : 'No temporal column'}
              value={draft.main_dttm_col ?? undefined}
              options={temporalColumns.map((column) => ({
                value: column.column_name,
                label: column.column_name,
              }))}
              onChange={(value) => onChange({ main_dttm_col: value ?? null })}
            />
          </Form.Item>
          <Form.Item
            label="Hours offset"
            htmlFor="dataset-offset"
            extra="Shifts the time column by this many hours"
          >
            <InputNumber
              id="dataset-offset"
              style={{ width: '100%' }}
              precision={0}
              value={draft.offset}
              onChange={(value) => onChange({ offset: value ?? 0 })}
            />
          </Form.Item>
          <Form.Item
            label="Cache timeout (seconds)"
            htmlFor="dataset-cache-timeout"
            extra="Empty uses the database's; -1 never caches"
          >
            <InputNumber
              id="dataset-cache-timeout"
              style={{ width: '100%' }}
              precision={0}
              min={-1}
              value={draft.cache_timeout}
              onChange={(value) => onChange({ cache_timeout: value ?? null })}
            />
          </Form.Item>
          <Form.Item label="Always filter the default datetime column">
            <Switch
              aria-label="Always filter the default datetime column"
              checked={draft.always_filter_main_dttm}
              onChange={(checked) => onChange({ always_filter_main_dttm: checked })}
            />
          </Form.Item>
        </div>
        <Divider orientation="left" plain>
          Filters
        </Divider>
        <div className={styles.twoColumns}>
          <Form.Item label="Autocomplete filters">
            <Switch
              aria-label="Autocomplete filters"
              checked={draft.filter_select_enabled}
              onChange={(checked) => onChange({ filter_select_enabled: checked })}
            />
          </Form.Item>
          {text(
            'fetch_values_predicate',
            'Autocomplete query predicate',
            'A WHERE clause applied when fetching filter values, e.g. active = 1',
          )}
        </div>
        <Divider orientation="left" plain>
          Advanced
        </Divider>
        <Form.Item label="Normalize column names">
          <Switch
            aria-label="Normalize column names"
            checked={draft.normalize_columns}
            onChange={(checked) => onChange({ normalize_columns: checked })}
          />
        </Form.Item>
        <Form.Item
          label="Template parameters"
          htmlFor="dataset-template-params"
          extra="A JSON object"
        >
          <Input.TextArea
            id="dataset-template-params"
            className={styles.code}
            autoSize={{ minRows: 2, maxRows: 8 }}
            value={draft.template_params}
            onChange={(event) => onChange({ template_params: event.target.value })}
          />
        </Form.Item>
        <Form.Item
          label="Extra"
          htmlFor="dataset-extra"
          extra='A JSON object, e.g. {"warning_markdown": "Data lags by a day"}'
        >
          <Input.TextArea
            id="dataset-extra"
            className={styles.code}
            autoSize={{ minRows: 3, maxRows: 10 }}
            value={draft.extraText}
            onChange={(event) => onChange({ extraText: event.target.value })}
          />
        </Form.Item>
      </Form>
    </div>
  );
}
