import { Card, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { useBootstrap } from '../../bootstrap/BootstrapContext';
import { BrandMark } from '../../app/nav/BrandMark';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { ExternalAuthNotice } from './ExternalAuthNotice';
import { LoginForm } from './LoginForm';
import styles from './LoginPage.module.css';

/** `/login/`: a centred card with the sign-in form for the configured authentication type. */
export function LoginPage() {
  const { common } = useBootstrap();
  const [searchParams] = useSearchParams();
  useDocumentTitle('Sign in');
  const authType = common.auth_type;

  return (
    <div className={styles.page}>
      <Card className={styles.card}>
        <div className={styles.heading}>
          <BrandMark size={40} />
          <Typography.Title level={3} className={styles.title}>
            Sign in to {common.app_name}
          </Typography.Title>
          {authType === 'AUTH_DB' && (
            <Typography.Text type="secondary">Enter your username and password.</Typography.Text>
          )}
        </div>
        {authType === 'AUTH_DB' ? (
          <LoginForm next={searchParams.get('next')} />
        ) : (
          <ExternalAuthNotice authType={authType} />
        )}
      </Card>
    </div>
  );
}
