import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined } from '@ant-design/icons';
import { Button, Typography } from 'antd';
import { isNativeFilter, type FilterBarItem } from '../native-filter-items';
import styles from './FilterConfigModal.module.css';

/** The name an item is listed under (a placeholder until it has one). */
export function itemTitle(item: FilterBarItem): string {
  const name = isNativeFilter(item) ? item.name : item.title;
  if (name.trim() !== '') return name;
  return isNativeFilter(item) ? '[untitled filter]' : '[untitled divider]';
}

/** The filters and dividers being configured: select one to edit, move it up or down, remove it. */
export function FilterItemList({
  items,
  selectedId,
  invalidIds,
  onSelect,
  onMove,
  onRemove,
}: {
  items: readonly FilterBarItem[];
  selectedId: string | undefined;
  invalidIds: ReadonlySet<string>;
  onSelect: (id: string) => void;
  onMove: (id: string, offset: -1 | 1) => void;
  onRemove: (id: string) => void;
}) {
  return (
    <ul className={styles.list} aria-label="Filters and dividers">
      {items.map((item, index) => {
        const title = itemTitle(item);
        return (
          <li key={item.id} className={styles.listItem}>
            <Button
              type={item.id === selectedId ? 'primary' : 'text'}
              className={styles.itemButton}
              aria-current={item.id === selectedId ? 'true' : undefined}
              onClick={() => onSelect(item.id)}
            >
              {title}
            </Button>
            {invalidIds.has(item.id) ? (
              <Typography.Text type="danger" aria-label={`${title} has problems`}>
                !
              </Typography.Text>
            ) : null}
            <Button
              type="text"
              size="small"
              icon={<ArrowUpOutlined />}
              aria-label={`Move ${title} up`}
              disabled={index === 0}
              onClick={() => onMove(item.id, -1)}
            />
            <Button
              type="text"
              size="small"
              icon={<ArrowDownOutlined />}
              aria-label={`Move ${title} down`}
              disabled={index === items.length - 1}
              onClick={() => onMove(item.id, 1)}
            />
            <Button
              type="text"
              size="small"
              danger
              icon={<DeleteOutlined />}
              aria-label={`Remove ${title}`}
              onClick={() => onRemove(item.id)}
            />
          </li>
        );
      })}
    </ul>
  );
}
