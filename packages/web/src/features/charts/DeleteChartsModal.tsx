import { Typography } from 'antd';
import { DeleteConfirmModal } from '../../components/DeleteConfirmModal';

/**
 * Confirms deleting one chart (by name) or several (by count): the user types DELETE, as in
 * the Datasets list. A refusal from the server stays in the dialog.
 */
export function DeleteChartsModal({
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
      : `Delete ${target.count} chart${target.count === 1 ? '' : 's'}?`;
  return (
    <DeleteConfirmModal title={title} onConfirm={onConfirm} onClose={onClose}>
      <Typography.Paragraph>
        {'name' in target
          ? 'The chart is removed for everyone, and from the dashboards that show it.'
          : 'The selected charts are removed for everyone, and from the dashboards that show them.'}
      </Typography.Paragraph>
    </DeleteConfirmModal>
  );
}
