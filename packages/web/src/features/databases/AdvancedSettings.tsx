import { RightOutlined } from '@ant-design/icons';
import { Collapse, Form, Input, InputNumber, Select } from 'antd';
import type { ComponentType } from 'react';
import styles from './ConnectionForm.module.css';
import type { ConnectionFormValues } from './connection-form-values';
import { JsonField } from './JsonField';
import { SwitchField } from './SwitchField';

/** The panels of the Advanced tab, by key. */
export type AdvancedPanel = 'sqllab' | 'performance' | 'security' | 'other';

/** Each panel's title. */
export const ADVANCED_PANEL_TITLES: Readonly<Record<AdvancedPanel, string>> = {
  sqllab: 'SQL Lab',
  performance: 'Performance',
  security: 'Security',
  other: 'Other',
};

/** The panel that holds each field of the Advanced tab (to open it on an error). */
export const ADVANCED_PANEL_OF: Partial<Record<keyof ConnectionFormValues, AdvancedPanel>> = {
  expose_in_sqllab: 'sqllab',
  allow_ctas: 'sqllab',
  allow_cvas: 'sqllab',
  force_ctas_schema: 'sqllab',
  allow_dml: 'sqllab',
  allow_run_async: 'sqllab',
  cache_timeout: 'performance',
  masked_encrypted_extra: 'security',
  server_cert: 'security',
  impersonate_user: 'security',
  allow_file_upload: 'security',
  schemas_allowed_for_file_upload: 'security',
  metadata_params: 'other',
  engine_params: 'other',
  version: 'other',
};

function PanelLabel({ title, hint }: { title: string; hint: string }) {
  return (
    <span>
      {title}
      <span className={styles.panelHint}>{hint}</span>
    </span>
  );
}

function SqlLabSettings() {
  return (
    <>
      <SwitchField name="expose_in_sqllab" label="Expose database in SQL Lab" />
      <SwitchField
        name="allow_ctas"
        label="Allow CREATE TABLE AS"
        help="SQL Lab can save a query's result as a new table."
      />
      <SwitchField
        name="allow_cvas"
        label="Allow CREATE VIEW AS"
        help="SQL Lab can save a query as a new view."
      />
      <Form.Item
        name="force_ctas_schema"
        label="CTAS & CVAS schema"
        extra="Tables and views made from SQL Lab always go to this schema."
      >
        <Input placeholder="Any schema" maxLength={250} autoComplete="off" />
      </Form.Item>
      <SwitchField
        name="allow_dml"
        label="Allow DML"
        help="SQL Lab may run statements that change data (INSERT, UPDATE, DELETE, DROP, ...)."
      />
      <SwitchField
        name="allow_run_async"
        label="Asynchronous query execution"
        help="Queries run on the workers instead of the web server; needs a results backend."
      />
    </>
  );
}

function PerformanceSettings() {
  return (
    <Form.Item
      name="cache_timeout"
      label="Chart cache timeout"
      extra="Seconds the charts of this database stay cached; 0 means they never expire. Empty uses the server's default."
    >
      <InputNumber min={0} precision={0} style={{ width: 200 }} placeholder="Server default" />
    </Form.Item>
  );
}

function SecuritySettings() {
  const isUploadAllowed = Form.useWatch<boolean | undefined>('allow_file_upload');
  return (
    <>
      <JsonField
        name="masked_encrypted_extra"
        label="Secure extra"
        help="Credentials kept encrypted, such as a service account's key; stored secrets show as XXXXXXXXXX."
        placeholder='{"credentials_info": {...}}'
      />
      <Form.Item
        name="server_cert"
        label="Root certificate"
        extra="A CA bundle (PEM) to check the database's certificate, for engines reached over HTTPS."
      >
        <Input.TextArea
          rows={3}
          className={styles.code}
          spellCheck={false}
          placeholder="-----BEGIN CERTIFICATE-----"
        />
      </Form.Item>
      <SwitchField
        name="impersonate_user"
        label="Impersonate logged in user"
        help="Queries run as the Superset user (Presto, Trino, Hive, Drill and Google Sheets)."
      />
      <SwitchField name="allow_file_upload" label="Allow file uploads to database" />
      {isUploadAllowed && (
        <Form.Item
          name="schemas_allowed_for_file_upload"
          label="Schemas allowed for file upload"
          extra="Type a schema and press Enter; none means any schema."
        >
          <Select mode="tags" open={false} suffixIcon={null} placeholder="Any schema" />
        </Form.Item>
      )}
    </>
  );
}

function OtherSettings() {
  return (
    <>
      <JsonField
        name="metadata_params"
        label="Metadata parameters"
        help="Options for reading the database's metadata (extra.metadata_params)."
        placeholder='{"schema": "public"}'
      />
      <JsonField
        name="engine_params"
        label="Engine parameters"
        help="Connection options (extra.engine_params), e.g. connect_args with sslmode."
        placeholder='{"connect_args": {"sslmode": "require"}}'
      />
      <Form.Item
        name="version"
        label="Version"
        extra="The database server's version, for engines whose SQL differs between versions."
      >
        <Input placeholder="e.g. 0.350" maxLength={64} autoComplete="off" />
      </Form.Item>
    </>
  );
}

const PANELS: { key: AdvancedPanel; hint: string; Body: ComponentType }[] = [
  { key: 'sqllab', hint: 'How this database works with SQL Lab.', Body: SqlLabSettings },
  { key: 'performance', hint: 'Caching.', Body: PerformanceSettings },
  {
    key: 'security',
    hint: 'Secrets, certificates, impersonation and uploads.',
    Body: SecuritySettings,
  },
  { key: 'other', hint: 'Engine and metadata parameters, version.', Body: OtherSettings },
];

/**
 * The "Advanced" tab: SQL Lab, Performance, Security and Other panels. A panel's fields
 * mount when it is first opened; until then the form sends their starting values.
 */
export function AdvancedSettings({
  openPanels,
  onOpenPanelsChange,
}: {
  openPanels: readonly AdvancedPanel[];
  onOpenPanelsChange: (panels: AdvancedPanel[]) => void;
}) {
  return (
    <Collapse
      activeKey={[...openPanels]}
      // The header's name is its title; aria-expanded already says whether it is open.
      expandIcon={({ isActive }) => <RightOutlined aria-hidden rotate={isActive ? 90 : 0} />}
      onChange={(keys) =>
        onOpenPanelsChange((Array.isArray(keys) ? keys : [keys]) as AdvancedPanel[])
      }
      items={PANELS.map((panel) => ({
        key: panel.key,
        label: <PanelLabel title={ADVANCED_PANEL_TITLES[panel.key]} hint={panel.hint} />,
        children: <panel.Body />,
      }))}
    />
  );
}
