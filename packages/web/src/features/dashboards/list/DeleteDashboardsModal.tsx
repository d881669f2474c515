import { Typography } from 'antd';
import { DeleteConfirmModal } from '../../../components/DeleteConfirmModal';

/**
 * Confirms deleting one dashboard (by name) or several (by count): the user types DELETE, as
 * in the other lists. The charts stay; a refusal from the server stays in the dialog.
 */
export function DeleteDashboardsModal({
  target,
  onConfirm,
  onClose,
}: {
  target: { name: string } | { count: number };
  onConfirm: () => Promise<void>;
  onClose: () => void;
}) {
  const title =
    'name' in target
      ? `Delete ${target.name}?`
      : `Delete ${target.count} dashboard${target.count === 1 ? '' : 's'}?`;
  return (
    <DeleteConfirmModal title={title} onConfirm={onConfirm} onClose={onClose}>
      <Typography.Paragraph>
        {'name' in target
          ? 'The dashboard is removed for everyone. Its charts are kept.'
          : 'The selected dashboards are removed for everyone. Their charts are kept.'}
      </Typography.Paragraph>
    </DeleteConfirmModal>
  );
}
