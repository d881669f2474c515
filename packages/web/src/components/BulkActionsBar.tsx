import { DeleteOutlined } from '@ant-design/icons';
import { Button, Space, Typography } from 'antd';

/**
 * The toolbar a list page shows while rows are selected: how many, "Delete selected" and
 * "Deselect all". Nothing while the selection is empty.
 */
export function BulkActionsBar({
  selectedCount,
  onDelete,
  onDeselect,
}: {
  selectedCount: number;
  onDelete: () => void;
  onDeselect: () => void;
}) {
  if (selectedCount === 0) return null;
  return (
    <Space role="toolbar" aria-label="Bulk actions">
      <Typography.Text>{selectedCount} selected</Typography.Text>
      <Button danger icon={<DeleteOutlined aria-hidden />} onClick={onDelete}>
        Delete selected
      </Button>
      <Button type="link" onClick={onDeselect}>
        Deselect all
      </Button>
    </Space>
  );
}
