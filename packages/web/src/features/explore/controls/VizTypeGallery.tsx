import { Empty, Input, Menu, Modal, Tag, Typography } from 'antd';
import { useRef, useState, type KeyboardEvent } from 'react';
import { listChartPlugins, type AnyChartPlugin } from '../../../visualizations';
import {
  ALL_CHARTS,
  galleryCategories,
  galleryPlugins,
  type GalleryCategory,
} from './gallery-categories';
import { columnsOf, nextGridIndex } from './gallery-navigation';
import styles from './VizTypeGallery.module.css';
import { VizTypeThumbnail } from './VizTypeThumbnail';

function PluginDetails({ plugin }: { plugin: AnyChartPlugin | undefined }) {
  if (!plugin)
    return (
      <Typography.Text type="secondary">Select a chart type to see its details.</Typography.Text>
    );
  return (
    <>
      <Typography.Text strong>{plugin.name}</Typography.Text> <Tag>{plugin.category}</Tag>
      <Typography.Paragraph type="secondary" style={{ margin: '4px 0' }}>
        {plugin.description}
      </Typography.Paragraph>
      <div aria-label="Tags">
        {plugin.tags.map((tag) => (
          <Tag key={tag} bordered={false}>
            {tag}
          </Tag>
        ))}
      </div>
    </>
  );
}

/**
 * The viz type gallery (Superset's VizTypeGallery): a search, the categories, a grid of the
 * types with their thumbnails and the selected type's details. A click or the arrow keys
 * select; a double click, Enter or "Select" confirms.
 */
export function VizTypeGallery({
  isOpen,
  vizType,
  onSelect,
  onClose,
}: {
  isOpen: boolean;
  /** The chart's current type, selected when the gallery opens. */
  vizType: string;
  onSelect: (vizType: string) => void;
  onClose: () => void;
}) {
  const plugins = listChartPlugins();
  const [search, setSearch] = useState('');
  const [category, setCategory] = useState<GalleryCategory>(ALL_CHARTS);
  const [selected, setSelected] = useState(vizType);
  const gridRef = useRef<HTMLDivElement>(null);
  const shown = galleryPlugins(plugins, category, search);
  const selectedPlugin = plugins.find((plugin) => plugin.vizType === selected);
  const selectedIndex = shown.findIndex((plugin) => plugin.vizType === selected);

  const confirm = (choice: string | undefined) => {
    if (!choice || !plugins.some((plugin) => plugin.vizType === choice)) return;
    onSelect(choice);
    onClose();
  };

  const focusCard = (index: number) => {
    const card = gridRef.current?.children[index];
    if (card instanceof HTMLElement) card.focus();
  };

  const handleGridKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      confirm(selected);
      return;
    }
    const next = nextGridIndex(
      event.key,
      Math.max(0, selectedIndex),
      shown.length,
      columnsOf(gridRef.current),
    );
    const plugin = next === undefined ? undefined : shown[next];
    if (next === undefined || !plugin) return;
    event.preventDefault();
    setSelected(plugin.vizType);
    focusCard(next);
  };

  const handleSearchKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      confirm(selectedIndex >= 0 ? selected : shown[0]?.vizType);
    } else if (event.key === 'ArrowDown' && shown.length > 0) {
      event.preventDefault();
      const index = Math.max(0, selectedIndex);
      setSelected(shown[index]?.vizType ?? selected);
      focusCard(index);
    }
  };

  return (
    <Modal
      open={isOpen}
      title="Select a visualization type"
      width="min(1100px, calc(100vw - 48px))"
      okText="Select"
      okButtonProps={{ disabled: !selectedPlugin }}
      onOk={() => confirm(selected)}
      onCancel={onClose}
      destroyOnHidden
    >
      <div className={styles.body}>
        <Menu
          className={styles.categories}
          aria-label="Chart categories"
          mode="inline"
          selectedKeys={[search.trim() ? ALL_CHARTS : category]}
          items={galleryCategories(plugins).map((name) => ({ key: name, label: name }))}
          onClick={({ key }) => {
            setCategory(key as GalleryCategory);
            setSearch('');
          }}
        />
        <div className={styles.main}>
          <Input.Search
            aria-label="Search all charts"
            placeholder="Search all charts"
            allowClear
            autoFocus
            value={search}
            onChange={(event) => setSearch(event.target.value)}
            onKeyDown={handleSearchKeyDown}
          />
          {shown.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="No chart type matches" />
          ) : (
            <div
              ref={gridRef}
              className={styles.grid}
              role="listbox"
              aria-label="Chart types"
              onKeyDown={handleGridKeyDown}
            >
              {shown.map((plugin, index) => {
                const isSelected = plugin.vizType === selected;
                const isTabStop = isSelected || (selectedIndex < 0 && index === 0);
                return (
                  <div
                    key={plugin.vizType}
                    role="option"
                    aria-selected={isSelected}
                    aria-label={plugin.name}
                    tabIndex={isTabStop ? 0 : -1}
                    className={`${styles.card} ${isSelected ? styles.selected : ''}`}
                    onClick={() => setSelected(plugin.vizType)}
                    onDoubleClick={() => confirm(plugin.vizType)}
                  >
                    <VizTypeThumbnail plugin={plugin} />
                    <span className={styles.cardName}>{plugin.name}</span>
                  </div>
                );
              })}
            </div>
          )}
          <div className={styles.details} aria-live="polite">
            <PluginDetails plugin={selectedPlugin} />
          </div>
        </div>
      </div>
    </Modal>
  );
}
