import { ApiOutlined } from '@ant-design/icons';
import { PASSWORD_MASK } from '@superset-ts/shared';
import { Alert, Button, Form, Input } from 'antd';
import styles from './ConnectionForm.module.css';
import type { ConfigurationMethod } from './connection-form-values';
import type { EngineChoice } from './engine-choice';
import { ParametersFields } from './ParametersFields';

/** Where a connection test stands: not run, running, or its outcome. */
export type ConnectionTest =
  | { state: 'idle' }
  | { state: 'running' }
  | { state: 'passed' }
  | { state: 'failed'; message: string };

function TestResult({ test }: { test: ConnectionTest }) {
  if (test.state === 'passed') {
    return (
      <Alert
        className={styles.testResult}
        type="success"
        showIcon
        message="Connection looks good!"
      />
    );
  }
  if (test.state === 'failed') {
    return (
      <Alert
        className={styles.testResult}
        type="error"
        showIcon
        message="The connection failed"
        description={test.message}
      />
    );
  }
  return null;
}

/**
 * The "Basic" tab: the engine's parameters form or its SQLAlchemy URI (with a link to swap
 * between the two when the engine has a form), the display name, and Test Connection.
 */
export function BasicSettings({
  engine,
  method,
  isEditing,
  test,
  onMethodChange,
  onTest,
}: {
  engine: EngineChoice;
  isEditing: boolean;
  method: ConfigurationMethod;
  test: ConnectionTest;
  onMethodChange: (method: ConfigurationMethod) => void;
  onTest: () => void;
}) {
  const isDynamic = method === 'dynamic_form' && engine.parameterFields !== null;
  return (
    <>
      {isDynamic && engine.parameterFields ? (
        <ParametersFields fields={engine.parameterFields} />
      ) : (
        <Form.Item
          name="sqlalchemy_uri"
          label="SQLAlchemy URI"
          extra={
            isEditing
              ? `The stored password shows as ${PASSWORD_MASK}; leave it so to keep it.`
              : `For example ${engine.uriPlaceholder}`
          }
          rules={[{ required: true, whitespace: true, message: 'SQLAlchemy URI is required' }]}
        >
          <Input className={styles.code} placeholder={engine.uriPlaceholder} autoComplete="off" />
        </Form.Item>
      )}
      <Form.Item
        name="database_name"
        label="Display name"
        extra="How this database is named everywhere in Superset."
        rules={[{ required: true, whitespace: true, message: 'Display name is required' }]}
      >
        <Input maxLength={250} autoComplete="off" />
      </Form.Item>
      {engine.parameterFields && (
        <Button
          type="link"
          className={styles.methodSwitch}
          style={{ padding: 0, height: 'auto' }}
          onClick={() => onMethodChange(isDynamic ? 'sqlalchemy_form' : 'dynamic_form')}
        >
          {isDynamic
            ? 'Connect this database with a SQLAlchemy URI string instead'
            : 'Connect this database using the dynamic form instead'}
        </Button>
      )}
      <div className={styles.testRow}>
        <Button
          icon={<ApiOutlined aria-hidden />}
          loading={test.state === 'running'}
          onClick={onTest}
        >
          Test connection
        </Button>
        <div aria-live="polite" className={styles.testResult}>
          <TestResult test={test} />
        </div>
      </div>
    </>
  );
}
