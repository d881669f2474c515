import { Button, Flex } from 'antd';

/** The Close and Save buttons at the bottom of a value editor popover. */
export function EditorFooter({
  canSave,
  onSave,
  onClose,
}: {
  canSave: boolean;
  onSave: () => void;
  onClose: () => void;
}) {
  return (
    <Flex justify="flex-end" gap={8} style={{ marginTop: 12 }}>
      <Button size="small" onClick={onClose}>
        Close
      </Button>
      <Button size="small" type="primary" disabled={!canSave} onClick={onSave}>
        Save
      </Button>
    </Flex>
  );
}
