import { GRID_COLUMN_COUNT, type LayoutItem } from '@superset-ts/shared';
import { Divider, Typography } from 'antd';
import styles from './DashboardLayout.module.css';
import type { LayoutRenderer } from './layout-renderer';
import { heightPixels, widthPercent } from './layout-sizes';
import { LayoutTabs } from './LayoutTabs';
import { SafeMarkdown } from './SafeMarkdown';

interface LayoutNodeProps {
  id: string;
  renderer: LayoutRenderer;
  /** How many grid columns the parent spans (12 but inside a column). */
  containerColumns?: number;
}

const HEADER_LEVELS: Record<string, 2 | 3 | 4> = {
  LARGE_HEADER: 2,
  MEDIUM_HEADER: 3,
  SMALL_HEADER: 4,
};

function backgroundClass(item: LayoutItem): string {
  return item.meta.background === 'BACKGROUND_WHITE' ? (styles.whiteBackground ?? '') : '';
}

/** One component of a dashboard layout in view mode, and the components below it. */
export function LayoutNode({
  id,
  renderer,
  containerColumns = GRID_COLUMN_COUNT,
}: LayoutNodeProps) {
  const item = renderer.layout[id];
  if (typeof item !== 'object' || !Array.isArray(item.children)) return null;
  const children = (columns: number) =>
    item.children.map((childId) => (
      <LayoutNode key={childId} id={childId} renderer={renderer} containerColumns={columns} />
    ));
  const cellStyle = { width: widthPercent(item.meta.width, containerColumns) };

  switch (item.type) {
    case 'ROOT':
    case 'GRID':
    case 'TAB':
      return <div className={styles.grid}>{children(GRID_COLUMN_COUNT)}</div>;
    case 'ROW':
      return (
        <div className={`${styles.row} ${backgroundClass(item)}`} data-layout-type="ROW">
          {children(containerColumns)}
        </div>
      );
    case 'COLUMN': {
      const columns =
        typeof item.meta.width === 'number' && item.meta.width > 0 ? item.meta.width : 1;
      return (
        <div
          className={`${styles.column} ${backgroundClass(item)}`}
          style={cellStyle}
          data-layout-type="COLUMN"
        >
          {children(columns)}
        </div>
      );
    }
    case 'CHART':
      return (
        <div
          className={styles.cell}
          style={{ ...cellStyle, height: heightPixels(item.meta.height) }}
          data-layout-type="CHART"
        >
          {typeof item.meta.chartId === 'number'
            ? renderer.renderChart(item.meta.chartId, item)
            : null}
        </div>
      );
    case 'MARKDOWN':
      return (
        <div
          className={styles.cell}
          style={{ ...cellStyle, height: heightPixels(item.meta.height) }}
          data-layout-type="MARKDOWN"
        >
          <div className={styles.markdown}>
            <SafeMarkdown source={typeof item.meta.code === 'string' ? item.meta.code : ''} />
          </div>
        </div>
      );
    case 'TABS':
      return <LayoutTabs item={item} renderer={renderer} />;
    case 'HEADER':
      return (
        <Typography.Title
          level={HEADER_LEVELS[item.meta.headerSize ?? ''] ?? 3}
          className={styles.header}
        >
          {item.meta.text ?? ''}
        </Typography.Title>
      );
    case 'DIVIDER':
      return <Divider data-layout-type="DIVIDER" />;
  }
}
