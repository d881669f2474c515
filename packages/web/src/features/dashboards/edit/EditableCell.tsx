import { GRID_COLUMN_COUNT, type LayoutItem } from '@superset-ts/shared';
import { useRef, useState } from 'react';
import { heightPixels, widthPercent } from '../view/layout-sizes';
import { ComponentFrame } from './ComponentFrame';
import { componentLabel } from './component-label';
import { useEditorLayout } from './editor-layout-context';
import { sizeBoundsOf } from './layout-sizing';
import { MarkdownBlock } from './MarkdownBlock';
import { ResizeHandle, type GridSize } from './ResizeHandle';
import { useElementWidth } from './useElementWidth';
import styles from './DashboardEditor.module.css';

/** A chart or markdown block in edit mode: framed, resizable, markdown editable in place. */
export function EditableCell({
  item,
  containerColumns,
  isInRow,
}: {
  item: LayoutItem;
  /** How many grid columns the parent spans (a column's width inside a column). */
  containerColumns: number;
  isInRow: boolean;
}) {
  const { layout, resize, editMeta, renderChart } = useEditorLayout();
  const [preview, setPreview] = useState<GridSize | undefined>();
  const bodyRef = useRef<HTMLDivElement>(null);
  const bodyWidth = useElementWidth(bodyRef);
  const bounds = sizeBoundsOf(layout, item.id);
  const saved: GridSize = {
    width: typeof item.meta.width === 'number' ? item.meta.width : 4,
    height: typeof item.meta.height === 'number' ? item.meta.height : 50,
  };
  const size = preview ?? saved;
  const height = heightPixels(size.height);
  const width = bounds?.canResizeWidth === false ? containerColumns : size.width;

  return (
    <ComponentFrame
      item={item}
      isInRow={isInRow}
      className={`${styles.cell} ${preview ? styles.resizing : ''}`}
      style={{ width: widthPercent(width, containerColumns) }}
    >
      <div
        ref={bodyRef}
        className={styles.cellBody}
        style={{ height }}
        data-layout-type={item.type}
      >
        {item.type === 'CHART' && typeof item.meta.chartId === 'number'
          ? renderChart(item.meta.chartId, { width: bodyWidth, height })
          : null}
        {item.type === 'MARKDOWN' ? (
          <MarkdownBlock
            code={typeof item.meta.code === 'string' ? item.meta.code : ''}
            onChange={(code) => editMeta(item.id, { code })}
          />
        ) : null}
      </div>
      {bounds ? (
        <ResizeHandle
          label={componentLabel(item)}
          size={saved}
          bounds={bounds}
          hasHeight
          onPreview={setPreview}
          onResize={(next) => resize(item.id, next)}
        />
      ) : null}
      {preview ? (
        <output className={styles.sizeBadge}>
          {preview.width}/{GRID_COLUMN_COUNT} × {preview.height}
        </output>
      ) : null}
    </ComponentFrame>
  );
}
