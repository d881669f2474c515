import { EditOutlined, KeyOutlined } from '@ant-design/icons';
import type { MyRoles } from '@superset-ts/shared';
import {
  Alert,
  Avatar,
  Button,
  Card,
  Descriptions,
  Skeleton,
  Tag,
  Typography,
  message,
} from 'antd';
import { useState } from 'react';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { useBootstrap } from '../../bootstrap/BootstrapContext';
import { formatTimestamp } from '../users/format-date';
import { ChangePasswordModal } from './ChangePasswordModal';
import { EditNameModal } from './EditNameModal';
import { useMyProfile, useProfileMutations } from './useProfile';
import styles from './UserInfoPage.module.css';

function initialsOf(profile: MyRoles): string {
  const letters = `${profile.firstName.charAt(0)}${profile.lastName.charAt(0)}`;
  return (letters || profile.username.charAt(0)).toUpperCase();
}

function ProfileDetails({ profile }: { profile: MyRoles }) {
  const roleNames = Object.keys(profile.roles).sort((a, b) => a.localeCompare(b));
  return (
    <Descriptions
      column={1}
      bordered
      size="middle"
      labelStyle={{ width: 180 }}
      items={[
        { key: 'username', label: 'Username', children: profile.username },
        { key: 'email', label: 'Email', children: profile.email },
        {
          key: 'roles',
          label: 'Roles',
          children:
            roleNames.length === 0 ? (
              <Typography.Text type="secondary">None</Typography.Text>
            ) : (
              roleNames.map((name) => (
                <Tag key={name} color="blue" bordered={false}>
                  {name}
                  <span className={styles.permissionCount}>
                    {' '}
                    · {profile.roles[name]?.length ?? 0} permissions
                  </span>
                </Tag>
              ))
            ),
        },
        { key: 'last', label: 'Last login', children: formatTimestamp(profile.lastLogin) },
        { key: 'count', label: 'Login count', children: profile.loginCount },
        {
          key: 'since',
          label: 'Member since',
          children: formatTimestamp(profile.createdOn, 'Unknown'),
        },
      ]}
    />
  );
}

/** `/user_info/`: the logged-in user's own profile, roles and login history. */
export function UserInfoPage() {
  useDocumentTitle('User info');
  const { common } = useBootstrap();
  const profile = useMyProfile();
  const { rename, changePassword } = useProfileMutations();
  const [dialog, setDialog] = useState<'name' | 'password' | null>(null);
  const [toast, toastHolder] = message.useMessage();
  const data = profile.data;

  return (
    <div className={styles.page}>
      {toastHolder}
      <Typography.Title level={2} className={styles.title}>
        User info
      </Typography.Title>
      {profile.isError && (
        <Alert
          type="error"
          showIcon
          message="Your profile could not be loaded"
          description={profile.error.message}
          action={
            <Button size="small" onClick={() => void profile.refetch()}>
              Retry
            </Button>
          }
        />
      )}
      {profile.isPending && <Skeleton active avatar paragraph={{ rows: 5 }} />}
      {data && (
        <Card>
          <div className={styles.identity}>
            <Avatar size={64} className={styles.avatar}>
              {initialsOf(data)}
            </Avatar>
            <div className={styles.names}>
              <Typography.Title level={3} className={styles.fullName}>
                {`${data.firstName} ${data.lastName}`.trim() || data.username}
              </Typography.Title>
              <Typography.Text type="secondary">{data.email}</Typography.Text>
            </div>
            <div className={styles.actions}>
              <Button icon={<EditOutlined aria-hidden />} onClick={() => setDialog('name')}>
                Edit name
              </Button>
              {common.auth_type === 'AUTH_DB' && (
                <Button icon={<KeyOutlined aria-hidden />} onClick={() => setDialog('password')}>
                  Change password
                </Button>
              )}
            </div>
          </div>
          <ProfileDetails profile={data} />
        </Card>
      )}
      {dialog === 'name' && data && (
        <EditNameModal
          firstName={data.firstName}
          lastName={data.lastName}
          onSave={async (values) => {
            await rename.mutateAsync(values);
            void toast.success('Your name was saved');
          }}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === 'password' && (
        <ChangePasswordModal
          onSave={async (values) => {
            await changePassword.mutateAsync(values);
            void toast.success('Your password was changed');
          }}
          onClose={() => setDialog(null)}
        />
      )}
    </div>
  );
}
