import { HOME_PATH } from '@superset-ts/shared';
import { Button, Result } from 'antd';
import { useLocation } from 'react-router';
import { useDocumentTitle } from '../../app/useDocumentTitle';

/** Any path the app does not know; the server answers these with HTTP 404. */
export function NotFoundPage() {
  const { pathname } = useLocation();
  useDocumentTitle('Page not found');
  return (
    <div>
      <Result
        status="404"
        title="Page not found"
        subTitle={`There is no page at ${pathname}.`}
        extra={
          <Button type="primary" href={HOME_PATH}>
            Back to home
          </Button>
        }
      />
    </div>
  );
}
