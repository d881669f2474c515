import { Alert, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { checkTemplateParams } from './template-params';

/**
 * Edits the tab's Jinja template parameters as a JSON object; a text that is not one is
 * pointed out and cannot be kept.
 */
export function TemplateParamsModal({
  value,
  onSave,
  onClose,
}: {
  value: string | null;
  onSave: (text: string | null) => void;
  onClose: () => void;
}) {
  const [text, setText] = useState(value ?? '');
  const check = checkTemplateParams(text);
  return (
    <Modal
      open
      title="Template parameters"
      okText="Apply"
      okButtonProps={{ disabled: !check.isValid }}
      onOk={() => {
        onSave(text.trim() === '' ? null : text);
        onClose();
      }}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        Values for the Jinja names in the SQL, as a JSON object: with{' '}
        <code>{'{"country": "FR"}'}</code> the SQL can say <code>{"'{{ country }}'"}</code>.
      </Typography.Paragraph>
      <Input.TextArea
        aria-label="Template parameters (JSON)"
        rows={10}
        spellCheck={false}
        style={{ fontFamily: 'Menlo, Consolas, monospace' }}
        value={text}
        status={check.isValid ? '' : 'error'}
        onChange={(event) => setText(event.target.value)}
        placeholder={'{\n  "name": "value"\n}'}
      />
      {!check.isValid && (
        <Alert type="error" showIcon style={{ marginTop: 8 }} message={check.message} />
      )}
    </Modal>
  );
}
