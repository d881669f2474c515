import { Alert, Form, Modal, type FormInstance } from 'antd';
import type { ReactNode } from 'react';
import { useFormSave } from './useFormSave';

/**
 * A dialog holding one form: OK submits it, a successful save closes the dialog, and a failed
 * one shows the server's problems next to `fieldNames` and the rest above the fields.
 */
export function FormModal<Values extends object>({
  form,
  title,
  okText,
  width = 520,
  fieldNames,
  initialValues,
  onSave,
  onClose,
  children,
}: {
  form: FormInstance<Values>;
  title: ReactNode;
  okText: string;
  width?: number;
  fieldNames: readonly string[];
  initialValues?: Partial<Values>;
  onSave: (values: Values) => Promise<unknown>;
  onClose: () => void;
  children: ReactNode;
}) {
  const { isSaving, problem, handleFinish } = useFormSave(form, fieldNames, onSave, onClose);
  return (
    <Modal
      open
      title={title}
      okText={okText}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={isSaving}
      destroyOnHidden
      width={width}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        style={{ marginTop: 16 }}
        initialValues={initialValues}
        onFinish={handleFinish}
      >
        {problem && <Alert type="error" showIcon message={problem} style={{ marginBottom: 16 }} />}
        {children}
      </Form>
    </Modal>
  );
}
