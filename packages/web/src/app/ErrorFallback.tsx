import { Button, Result } from 'antd';

/** What a page shows instead of itself when it failed to render. */
export function ErrorFallback({ error }: { error: unknown }) {
  const detail = error instanceof Error ? error.message : undefined;
  return (
    <Result
      status="error"
      title="Something went wrong"
      subTitle={
        detail
          ? `This page could not be shown: ${detail}`
          : 'This page could not be shown. Reloading usually helps.'
      }
      extra={
        <Button type="primary" onClick={() => window.location.reload()}>
          Reload page
        </Button>
      }
    />
  );
}
