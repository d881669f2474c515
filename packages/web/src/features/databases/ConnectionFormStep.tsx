import type { DatabaseDetail } from '@superset-ts/shared';
import { Alert, Button, Form, Tabs } from 'antd';
import { useState } from 'react';
import { testDatabaseConnection } from '../../api/databases';
import { useFormSave } from '../../components/useFormSave';
import {
  ADVANCED_PANEL_OF,
  ADVANCED_PANEL_TITLES,
  AdvancedSettings,
  type AdvancedPanel,
} from './AdvancedSettings';
import { BasicSettings, type ConnectionTest } from './BasicSettings';
import styles from './ConnectionForm.module.css';
import {
  connectionValuesOf,
  databaseBodyOf,
  findJsonProblems,
  newConnectionValues,
  testConnectionBody,
  type ConfigurationMethod,
  type ConnectionFormValues,
} from './connection-form-values';
import type { EngineChoice } from './engine-choice';
import { useDatabaseMutations } from './useDatabases';

type TabKey = 'basic' | 'advanced';

/** Fields whose server-side problems show next to them after a failed save. */
const SERVER_CHECKED_FIELDS = [
  'database_name',
  'sqlalchemy_uri',
  'force_ctas_schema',
  'cache_timeout',
  'masked_encrypted_extra',
  'server_cert',
];

/** Changing one of these makes an earlier connection test stale. */
const CONNECTION_KEYS = new Set([
  'parameters',
  'sqlalchemy_uri',
  'engine_params',
  'masked_encrypted_extra',
  'server_cert',
  'impersonate_user',
]);

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : 'Something went wrong.';
}

/** Where a form field lives: its tab and, on the Advanced tab, its panel. */
function locationOf(name: readonly (string | number)[]): { tab: TabKey; panel?: AdvancedPanel } {
  const panel = ADVANCED_PANEL_OF[String(name[0]) as keyof ConnectionFormValues];
  return panel ? { tab: 'advanced', panel } : { tab: 'basic' };
}

/** Where to look for a field, as the user finds it: "Advanced → Other", or "Basic". */
function placeOf(name: readonly (string | number)[]): string {
  const { panel } = locationOf(name);
  return panel ? `Advanced → ${ADVANCED_PANEL_TITLES[panel]}` : 'Basic';
}

/**
 * The connection form of the database dialog: Basic (parameters or URI, name, Test
 * Connection) and Advanced tabs. Connect (or Finish, when editing) saves; it stays disabled
 * while a JSON field cannot be read, and a failed check opens the tab that has the problem.
 */
export function ConnectionFormStep({
  engine,
  database,
  stepLabel,
  onBack,
  onCancel,
  onSaved,
}: {
  engine: EngineChoice;
  /** The stored database when editing; null for a new connection. */
  database: DatabaseDetail | null;
  stepLabel?: string;
  onBack?: () => void;
  onCancel: () => void;
  onSaved: (name: string) => void;
}) {
  const [form] = Form.useForm<ConnectionFormValues>();
  const [initialValues] = useState(() =>
    database ? connectionValuesOf(database, engine) : newConnectionValues(engine),
  );
  const [method, setMethod] = useState<ConfigurationMethod>(initialValues.configuration_method);
  const [tab, setTab] = useState<TabKey>('basic');
  const [openPanels, setOpenPanels] = useState<AdvancedPanel[]>([]);
  const [test, setTest] = useState<ConnectionTest>({ state: 'idle' });
  const { create, update } = useDatabaseMutations();
  const storedExtra = database?.extra ?? null;

  const jsonProblems = Form.useWatch(
    (values: Partial<ConnectionFormValues>) =>
      findJsonProblems({ ...values, configuration_method: method }, engine.parameterFields),
    { form, preserve: true },
  );
  const firstJsonProblem = jsonProblems?.[0];

  const currentValues = (): ConnectionFormValues => ({
    ...(form.getFieldsValue(true) as ConnectionFormValues),
    configuration_method: method,
  });

  const reveal = (name: readonly (string | number)[]) => {
    const location = locationOf(name);
    setTab(location.tab);
    const { panel } = location;
    if (panel) setOpenPanels((open) => (open.includes(panel) ? open : [...open, panel]));
  };

  const save = async () => {
    const body = databaseBodyOf(currentValues(), engine, storedExtra);
    if (database) await update.mutateAsync({ id: database.id, body });
    else await create.mutateAsync(body);
  };
  const { isSaving, problem, handleFinish } = useFormSave(form, SERVER_CHECKED_FIELDS, save, () =>
    onSaved(currentValues().database_name.trim()),
  );

  const handleTest = async () => {
    try {
      await form.validateFields();
    } catch (error) {
      const fields = (error as { errorFields?: { name: (string | number)[] }[] }).errorFields;
      if (fields?.[0]) reveal(fields[0].name);
      return;
    }
    setTest({ state: 'running' });
    try {
      const values = currentValues();
      const name = database?.database_name ?? values.database_name;
      await testDatabaseConnection(testConnectionBody(values, engine, storedExtra, name));
      setTest({ state: 'passed' });
    } catch (error) {
      setTest({ state: 'failed', message: errorMessage(error) });
    }
  };

  const isDynamic = method === 'dynamic_form' && engine.parameterFields !== null;
  const heading = database
    ? engine.name
    : isDynamic
      ? `Enter the required ${engine.name} credentials`
      : `Enter the ${engine.name} SQLAlchemy URI`;

  return (
    <Form<ConnectionFormValues>
      form={form}
      layout="vertical"
      initialValues={initialValues}
      requiredMark
      onFinish={handleFinish}
      onFinishFailed={({ errorFields }) => {
        if (errorFields[0]) reveal(errorFields[0].name);
      }}
      onValuesChange={(changed: Partial<ConnectionFormValues>) => {
        if (Object.keys(changed).some((key) => CONNECTION_KEYS.has(key))) {
          setTest({ state: 'idle' });
        }
      }}
    >
      <div className={styles.intro}>
        {stepLabel && <span className={styles.step}>{stepLabel}</span>}
        <h3 className={styles.heading}>{heading}</h3>
      </div>
      {problem && (
        <Alert
          type="error"
          showIcon
          message="The database could not be saved"
          description={problem}
          style={{ marginBottom: 16 }}
        />
      )}
      <Tabs
        activeKey={tab}
        onChange={(key) => setTab(key as TabKey)}
        items={[
          {
            key: 'basic',
            label: 'Basic',
            children: (
              <BasicSettings
                engine={engine}
                method={method}
                isEditing={database !== null}
                test={test}
                onMethodChange={(next) => {
                  setMethod(next);
                  setTest({ state: 'idle' });
                }}
                onTest={() => void handleTest()}
              />
            ),
          },
          {
            key: 'advanced',
            label: 'Advanced',
            children: (
              <AdvancedSettings openPanels={openPanels} onOpenPanelsChange={setOpenPanels} />
            ),
          },
        ]}
      />
      <div className={styles.footer}>
        {/* Always present, so screen readers announce the text when it appears. */}
        <span className={styles.blocked} role="status">
          {firstJsonProblem &&
            `${firstJsonProblem.label} in ${placeOf(firstJsonProblem.name)} cannot be read: fix it to save.`}
        </span>
        <div className={styles.footerButtons}>
          {onBack ? (
            <Button onClick={onBack}>Back</Button>
          ) : (
            <Button onClick={onCancel}>Cancel</Button>
          )}
          <Button
            type="primary"
            htmlType="submit"
            loading={isSaving}
            disabled={firstJsonProblem !== undefined}
          >
            {database ? 'Finish' : 'Connect'}
          </Button>
        </div>
      </div>
    </Form>
  );
}
