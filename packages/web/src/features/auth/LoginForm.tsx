import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { loginFormSchema, type LoginForm as LoginFormValues } from '@superset-ts/shared';
import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Form, Input, type FormRule, type InputRef } from 'antd';
import { useEffect, useRef } from 'react';
import { login } from '../../api/session';
import { loadPage } from '../../app/full-page-navigation';
import styles from './LoginPage.module.css';

/** An antd rule that checks one field with the shared login schema, so messages match it. */
function schemaRule(field: keyof LoginFormValues): FormRule {
  return {
    validator: (_rule, value: unknown) => {
      const result = loginFormSchema.shape[field].safeParse(value ?? '');
      return result.success
        ? Promise.resolve()
        : Promise.reject(new Error(result.error.issues[0]?.message));
    },
  };
}

/**
 * Username and password sign-in (AUTH_DB). On success the browser loads the page the server
 * names, so that page arrives with the new session's bootstrap data.
 */
export function LoginForm({ next }: { next: string | null }) {
  const [form] = Form.useForm<LoginFormValues>();
  const passwordRef = useRef<InputRef>(null);
  const mutation = useMutation({
    mutationFn: (values: LoginFormValues) => login(values, next),
    onSuccess: ({ redirect }) => loadPage(redirect),
    onError: () => form.setFieldValue('password', ''),
  });
  const { error } = mutation;
  // Focus moves once the form is enabled again, so the user can retype the password at once.
  useEffect(() => {
    if (error) passwordRef.current?.focus();
  }, [error]);
  // After success the button stays busy until the next page replaces this one.
  const isSubmitting = mutation.isPending || mutation.isSuccess;

  const handleFinish = (values: LoginFormValues) => mutation.mutate(values);

  return (
    <Form
      form={form}
      layout="vertical"
      requiredMark={false}
      disabled={isSubmitting}
      onFinish={handleFinish}
      aria-label="Sign in"
    >
      {mutation.isError && (
        <Alert className={styles.error} type="error" showIcon message={mutation.error.message} />
      )}
      <Form.Item label="Username" name="username" rules={[schemaRule('username')]}>
        <Input
          prefix={<UserOutlined aria-hidden className={styles.inputIcon} />}
          autoComplete="username"
          autoFocus
          size="large"
        />
      </Form.Item>
      <Form.Item label="Password" name="password" rules={[schemaRule('password')]}>
        <Input.Password
          ref={passwordRef}
          prefix={<LockOutlined aria-hidden className={styles.inputIcon} />}
          autoComplete="current-password"
          size="large"
        />
      </Form.Item>
      <Button type="primary" htmlType="submit" size="large" block loading={isSubmitting}>
        Sign in
      </Button>
    </Form>
  );
}
