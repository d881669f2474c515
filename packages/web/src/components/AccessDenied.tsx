import { HOME_PATH } from '@superset-ts/shared';
import { Button, Result } from 'antd';

/** What a page shows when the server refuses it to this user (HTTP 403). */
export function AccessDenied({ what }: { what: string }) {
  return (
    <Result
      status="403"
      title="Access denied"
      subTitle={`You do not have permission to ${what}. Ask an administrator if you need it.`}
      extra={
        <Button type="primary" href={HOME_PATH}>
          Back to home
        </Button>
      }
    />
  );
}
