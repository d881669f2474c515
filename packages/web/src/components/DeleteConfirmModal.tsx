import { Alert, Input, Modal, Typography } from 'antd';
import { useState, type ReactNode } from 'react';

/** What Superset asks a user to type before deleting. */
const CONFIRM_WORD = 'DELETE';

/**
 * Superset's delete confirmation for list pages: the Delete button stays disabled until the
 * user types DELETE. `children` says what goes; a refusal from `onConfirm` stays in the dialog,
 * and the dialog closes once it succeeds.
 */
export function DeleteConfirmModal({
  title,
  children,
  onConfirm,
  onClose,
}: {
  title: string;
  children: ReactNode;
  onConfirm: () => Promise<void>;
  onClose: () => void;
}) {
  const [typed, setTyped] = useState('');
  const [isDeleting, setIsDeleting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const isConfirmed = typed.trim().toUpperCase() === CONFIRM_WORD;

  const handleOk = async () => {
    if (!isConfirmed || isDeleting) return;
    setIsDeleting(true);
    setError(null);
    try {
      await onConfirm();
      onClose();
    } catch (cause) {
      setError(cause instanceof Error ? cause.message : 'Something went wrong.');
    } finally {
      setIsDeleting(false);
    }
  };

  return (
    <Modal
      open
      title={title}
      okText="Delete"
      okButtonProps={{ danger: true, disabled: !isConfirmed, loading: isDeleting }}
      onOk={() => void handleOk()}
      onCancel={onClose}
      destroyOnHidden
    >
      {children}
      <Typography.Paragraph>
        Type <Typography.Text code>{CONFIRM_WORD}</Typography.Text> to confirm.
      </Typography.Paragraph>
      <Input
        aria-label={`Type ${CONFIRM_WORD} to confirm`}
        value={typed}
        autoFocus
        onChange={(event) => setTyped(event.target.value)}
        onPressEnter={() => void handleOk()}
      />
      {error && (
        <Alert style={{ marginTop: 12 }} type="error" showIcon role="alert" message={error} />
      )}
    </Modal>
  );
}
