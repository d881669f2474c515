import { DatabaseOutlined } from '@ant-design/icons';
import type { AvailableEngine } from '@superset-ts/shared';
import { Button, Select, Tooltip } from 'antd';
import { useId } from 'react';
import styles from './EnginePicker.module.css';

/** A few words on why an engine cannot be picked, or undefined when it can. */
export function unavailableSummary(engine: AvailableEngine): string | undefined {
  if (engine.installed) return undefined;
  return engine.tested === 'dialect' ? 'Dialect only in this build' : 'Driver not installed';
}

function EngineTile({ engine, onPick }: { engine: AvailableEngine; onPick: () => void }) {
  const summary = unavailableSummary(engine);
  const tile = (
    <Button className={styles.tile} disabled={summary !== undefined} onClick={onPick}>
      <DatabaseOutlined aria-hidden className={styles.tileIcon} />
      <span className={styles.tileName}>{engine.name}</span>
      {summary && <span className={styles.tileNote}>{summary}</span>}
    </Button>
  );
  return summary && engine.notes ? <Tooltip title={engine.notes}>{tile}</Tooltip> : tile;
}

/**
 * Step 1 of connecting a database: the preferred engines as large buttons, then a searchable
 * list of every engine. Engines this build cannot connect to are shown disabled, saying why
 * in a few words, with the engine's notes on hover.
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
          const summary = unavailableSummary(engine);
          return {
            value: engine.engine,
            searchText: engine.name.toLowerCase(),
            disabled: summary !== undefined,
            // The whole note shows on hover; the option itself keeps to one line.
            title: summary ? (engine.notes ?? summary) : engine.name,
            label: (
              <span className={styles.option}>
                <span>{engine.name}</span>
                {summary && <span className={styles.optionNote}>{summary}</span>}
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
