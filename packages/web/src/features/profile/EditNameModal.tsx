import type { CurrentUserUpdate } from '@superset-ts/shared';
import { Form } from 'antd';
import { FormModal } from '../../components/FormModal';
import { NameFields } from '../../components/NameFields';

/** The user changes their own first and last name. */
export function EditNameModal({
  firstName,
  lastName,
  onSave,
  onClose,
}: {
  firstName: string;
  lastName: string;
  onSave: (values: Required<CurrentUserUpdate>) => Promise<unknown>;
  onClose: () => void;
}) {
  const [form] = Form.useForm<Required<CurrentUserUpdate>>();
  return (
    <FormModal
      form={form}
      title="Edit your name"
      okText="Save"
      fieldNames={['first_name', 'last_name']}
      initialValues={{ first_name: firstName, last_name: lastName }}
      onSave={onSave}
      onClose={onClose}
    >
      <NameFields autoFocus />
    </FormModal>
  );
}
