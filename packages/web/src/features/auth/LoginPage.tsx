import { Card, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { useBootstrap } from '../../bootstrap/BootstrapContext';
import { BrandMark } from '../../app/nav/BrandMark';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { LoginMethod, loginHint } from './LoginMethod';
import styles from './LoginPage.module.css';

/** `/login/`: a centred card with the sign-in form for the configured authentication type. */
export function LoginPage() {
  const { common } = useBootstrap();
  const [searchParams] = useSearchParams();
  useDocumentTitle('Sign in');
  const hint = loginHint(common.auth_type);

  return (
    <div className={styles.page}>
      <Card className={styles.card}>
        <div className={styles.heading}>
          <BrandMark size={40} />
          <Typography.Title level={3} className={styles.title}>
            Sign in to {common.app_name}
          </Typography.Title>
          {hint && <Typography.Text type="secondary">{hint}</Typography.Text>}
        </div>
        <LoginMethod common={common} next={searchParams.get('next')} />
      </Card>
    </div>
  );
}
