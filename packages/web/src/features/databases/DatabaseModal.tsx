import { Modal, Skeleton } from 'antd';
import { useState } from 'react';
import { LoadErrorAlert } from '../../components/LoadErrorAlert';
import { ConnectionFormStep } from './ConnectionFormStep';
import { engineChoiceOf, engineChoiceOfDatabase, type EngineChoice } from './engine-choice';
import { EnginePicker } from './EnginePicker';
import styles from './ConnectionForm.module.css';
import { useAvailableEngines, useDatabase } from './useDatabases';

/** Connecting a new database: pick its engine, then fill in its connection. */
function NewDatabaseSteps({
  onClose,
  onSaved,
}: {
  onClose: () => void;
  onSaved: (name: string) => void;
}) {
  const engines = useAvailableEngines();
  const [engine, setEngine] = useState<EngineChoice | null>(null);

  if (engine) {
    return (
      <ConnectionFormStep
        key={engine.engine}
        engine={engine}
        database={null}
        stepLabel="Step 2 of 2"
        onBack={() => setEngine(null)}
        onCancel={onClose}
        onSaved={onSaved}
      />
    );
  }
  return (
    <>
      <div className={styles.intro}>
        <span className={styles.step}>Step 1 of 2</span>
        <h3 className={styles.heading}>Select a database to connect</h3>
      </div>
      {engines.isError ? (
        <LoadErrorAlert
          message="The list of databases could not be loaded"
          error={engines.error}
          onRetry={() => void engines.refetch()}
        />
      ) : engines.data ? (
        <EnginePicker
          engines={engines.data}
          onPick={(picked) => setEngine(engineChoiceOf(picked))}
        />
      ) : (
        <Skeleton active paragraph={{ rows: 5 }} />
      )}
    </>
  );
}

/** Editing a stored database: its settings are loaded, then shown in the connection form. */
function EditDatabaseStep({
  databaseId,
  onClose,
  onSaved,
}: {
  databaseId: number;
  onClose: () => void;
  onSaved: (name: string) => void;
}) {
  const database = useDatabase(databaseId);
  const engines = useAvailableEngines();
  if (database.isError) {
    return (
      <LoadErrorAlert
        message="The database could not be loaded"
        error={database.error}
        onRetry={() => void database.refetch()}
      />
    );
  }
  // The engine list only adds names and placeholders: the form does not wait for it if it fails.
  if (!database.data || engines.isPending) return <Skeleton active paragraph={{ rows: 6 }} />;
  return (
    <ConnectionFormStep
      engine={engineChoiceOfDatabase(database.data, engines.data)}
      database={database.data}
      onCancel={onClose}
      onSaved={onSaved}
    />
  );
}

/**
 * The database connection dialog: "Connect a database" (engine picker, then the connection
 * form) for a new one, or "Edit database" filled from the stored settings.
 */
export function DatabaseModal({
  databaseId,
  onClose,
  onSaved,
}: {
  /** The database to edit; null to connect a new one. */
  databaseId: number | null;
  onClose: () => void;
  /** Called with the saved database's name; the dialog closes itself after. */
  onSaved: (name: string) => void;
}) {
  const handleSaved = (name: string) => {
    onSaved(name);
    onClose();
  };
  return (
    <Modal
      open
      title={databaseId === null ? 'Connect a database' : 'Edit database'}
      footer={null}
      width={640}
      onCancel={onClose}
      destroyOnHidden
      maskClosable={false}
    >
      {databaseId === null ? (
        <NewDatabaseSteps onClose={onClose} onSaved={handleSaved} />
      ) : (
        <EditDatabaseStep databaseId={databaseId} onClose={onClose} onSaved={handleSaved} />
      )}
    </Modal>
  );
}
