import { Alert, Button } from 'antd';

/** Says that something could not be loaded, why, and offers to load it again. */
export function LoadErrorAlert({
  message,
  error,
  onRetry,
  retryLabel = 'Retry',
  className,
}: {
  message: string;
  error: unknown;
  onRetry: () => void;
  retryLabel?: string;
  className?: string;
}) {
  return (
    <Alert
      type="error"
      showIcon
      className={className}
      message={message}
      description={error instanceof Error ? error.message : 'Something went wrong.'}
      action={
        <Button size="small" onClick={onRetry}>
          {retryLabel}
        </Button>
      }
    />
  );
}
