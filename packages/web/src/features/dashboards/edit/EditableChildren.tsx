import type { LayoutItem } from '@superset-ts/shared';
import { Fragment } from 'react';
import { DropZone } from './DropZone';
import { EditableNode } from './EditableNode';

/**
 * The children of a container in edit mode, with a drop zone before, between and after them
 * (`along` a row, `across` a stack); an empty container is one large drop zone.
 */
export function EditableChildren({
  parent,
  direction,
  containerColumns,
  emptyLabel,
}: {
  parent: LayoutItem;
  direction: 'across' | 'along';
  containerColumns: number;
  emptyLabel: string;
}) {
  if (parent.children.length === 0) {
    return (
      <DropZone
        parentId={parent.id}
        index={0}
        direction={direction}
        isEmptyContainer
        label={emptyLabel}
      />
    );
  }
  return (
    <>
      <DropZone parentId={parent.id} index={0} direction={direction} />
      {parent.children.map((childId, index) => (
        <Fragment key={childId}>
          <EditableNode
            id={childId}
            containerColumns={containerColumns}
            isInRow={parent.type === 'ROW'}
          />
          <DropZone parentId={parent.id} index={index + 1} direction={direction} />
        </Fragment>
      ))}
    </>
  );
}
