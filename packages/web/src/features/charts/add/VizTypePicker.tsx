import { AreaChartOutlined } from '@ant-design/icons';
import { Empty, Input, Tag, Typography } from 'antd';
import { useState } from 'react';
import { listChartPlugins, type AnyChartPlugin } from '../../../visualizations';
import { searchVizTypes } from './viz-type-search';
import styles from './VizTypePicker.module.css';

function VizTypeTile({
  plugin,
  isSelected,
  onSelect,
  onChoose,
}: {
  plugin: AnyChartPlugin;
  isSelected: boolean;
  onSelect: () => void;
  onChoose: () => void;
}) {
  return (
    <button
      type="button"
      className={`${styles.tile} ${isSelected ? styles.selected : ''}`}
      aria-pressed={isSelected}
      onClick={onSelect}
      onDoubleClick={onChoose}
    >
      <span className={styles.thumbnail} aria-hidden>
        {plugin.thumbnail ? <img src={plugin.thumbnail} alt="" /> : <AreaChartOutlined />}
      </span>
      <span className={styles.name}>{plugin.name}</span>
    </button>
  );
}

/**
 * "Choose chart type": the registered visualizations as a searchable grid of thumbnails. A
 * click selects a type (its description shows below); a double click also goes on, as
 * Superset's gallery does.
 */
export function VizTypePicker({
  value,
  onChange,
  onChoose,
}: {
  value: string | null;
  onChange: (vizType: string) => void;
  /** A double click: select and continue at once. */
  onChoose: (vizType: string) => void;
}) {
  const [search, setSearch] = useState('');
  const plugins = searchVizTypes(listChartPlugins(), search);
  const selected = value ? listChartPlugins().find((plugin) => plugin.vizType === value) : null;

  return (
    <div>
      <Input.Search
        aria-label="Search chart types"
        placeholder="Search all charts"
        allowClear
        value={search}
        onChange={(event) => setSearch(event.target.value)}
        style={{ width: 360, marginBottom: 12 }}
      />
      {plugins.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="No chart type matches" />
      ) : (
        <div className={styles.grid} role="group" aria-label="Chart types">
          {plugins.map((plugin) => (
            <VizTypeTile
              key={plugin.vizType}
              plugin={plugin}
              isSelected={plugin.vizType === value}
              onSelect={() => onChange(plugin.vizType)}
              onChoose={() => onChoose(plugin.vizType)}
            />
          ))}
        </div>
      )}
      <div className={styles.details} aria-live="polite">
        {selected && (
          <>
            <Typography.Text strong>{selected.name}</Typography.Text> <Tag>{selected.category}</Tag>
            <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>
              {selected.description}
            </Typography.Paragraph>
          </>
        )}
      </div>
    </div>
  );
}
