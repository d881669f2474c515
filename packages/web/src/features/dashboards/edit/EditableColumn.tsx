import type { LayoutItem } from '@superset-ts/shared';
import { useState } from 'react';
import { widthPercent } from '../view/layout-sizes';
import { ComponentFrame } from './ComponentFrame';
import { EditableChildren } from './EditableChildren';
import { useEditorLayout } from './editor-layout-context';
import { sizeBoundsOf } from './layout-sizing';
import { ResizeHandle } from './ResizeHandle';
import { backgroundClass } from './style-menu';
import styles from './DashboardEditor.module.css';

/** A column in edit mode: framed, resizable in width, its components stacked with drop zones. */
export function EditableColumn({
  item,
  containerColumns,
}: {
  item: LayoutItem;
  containerColumns: number;
}) {
  const { layout, resize } = useEditorLayout();
  const [previewWidth, setPreviewWidth] = useState<number | undefined>();
  const savedWidth = typeof item.meta.width === 'number' ? item.meta.width : 4;
  const width = previewWidth ?? savedWidth;
  const bounds = sizeBoundsOf(layout, item.id);
  return (
    <ComponentFrame
      item={item}
      isInRow
      className={styles.column}
      style={{ width: widthPercent(width, containerColumns) }}
    >
      <div className={`${styles.stack} ${backgroundClass(item)}`}>
        <EditableChildren
          parent={item}
          direction="across"
          containerColumns={width}
          emptyLabel="Drop charts or markdown here"
        />
      </div>
      {bounds ? (
        <ResizeHandle
          label="Column"
          size={{ width: savedWidth, height: 0 }}
          bounds={{ ...bounds, minHeight: 0, maxHeight: 0 }}
          hasHeight={false}
          onPreview={(size) => setPreviewWidth(size?.width)}
          onResize={(size) => resize(item.id, { width: size.width })}
        />
      ) : null}
    </ComponentFrame>
  );
}
