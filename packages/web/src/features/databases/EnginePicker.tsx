import { DatabaseOutlined } from '@ant-design/icons';
import type { AvailableEngine } from '@superset-ts/shared';
import { Button, Select } from 'antd';
import { useId } from 'react';
import styles from './EnginePicker.module.css';

/** Why an engine cannot be picked, or undefined when it can. */
export function unavailableReason(engine: AvailableEngine): string | undefined {
  if (engine.installed) return undefined;
  return engine.notes ?? 'Not available in this build';
}

function EngineTile({ engine, onPick }: { engine: AvailableEngine; onPick: () => void }) {
  const reason = unavailableReason(engine);
  return (
    <Button className={styles.tile} disabled={reason !== undefined} onClick={onPick}>
      <DatabaseOutlined aria-hidden className={styles.tileIcon} />
      <span className={styles.tileName}>{engine.name}</span>
      {reason && <span className={styles.tileNote}>{reason}</span>}
    </Button>
  );
}

/**
 * Step 1 of connecting a database: the preferred engines as large buttons, then a searchable
 * list of every engine. Engines this build cannot connect to are shown, disabled, with why.
 */
export function EnginePicker({
  engines,
  onPick,
}: {
  engines: readonly AvailableEngine[];
  onPick: (engine: AvailableEngine) => void;
}) {
  const listId = useId();
  const preferred = engines.filter((engine) => engine.preferred);
  const all = [...engines].sort((a, b) => a.name.localeCompare(b.name));
  return (
    <div>
      {preferred.length > 0 && (
        <div className={styles.preferred} role="group" aria-label="Preferred databases">
          {preferred.map((engine) => (
            <EngineTile key={engine.engine} engine={engine} onPick={() => onPick(engine)} />
          ))}
        </div>
      )}
      <label className={styles.listLabel} htmlFor={listId}>
        {preferred.length > 0 ? 'Or choose from all supported databases' : 'Supported databases'}
      </label>
      <Select
        id={listId}
        showSearch
        style={{ width: '100%' }}
        placeholder="Type to search, e.g. MySQL"
        value={null}
        filterOption={(input, option) =>
          (option?.searchText ?? '').includes(input.trim().toLowerCase())
        }
        options={all.map((engine) => {
          const reason = unavailableReason(engine);
          return {
            value: engine.engine,
            searchText: engine.name.toLowerCase(),
            disabled: reason !== undefined,
            label: (
              <span>
                {engine.name}
                {reason && <span className={styles.optionNote}>{reason}</span>}
              </span>
            ),
          };
        })}
        onChange={(value: string) => {
          const engine = engines.find((candidate) => candidate.engine === value);
          if (engine) onPick(engine);
        }}
      />
    </div>
  );
}
