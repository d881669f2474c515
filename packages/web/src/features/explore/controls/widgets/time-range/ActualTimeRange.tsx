import { Alert, Spin, Typography } from 'antd';
import { formatActualRange } from './time-range-frames';
import type { ActualTimeRangeState } from './useActualTimeRange';

/**
 * The "Actual time range" of the editor: the bounds the server reads the range as, or its
 * message when the range cannot be read.
 */
export function ActualTimeRange({ actual }: { actual: ActualTimeRangeState }) {
  let body;
  if (actual.status === 'no-filter') body = <Typography.Text>No filter</Typography.Text>;
  else if (actual.status === 'error')
    body = <Alert type="error" showIcon message={actual.message} />;
  else if (actual.status === 'ready') {
    body = <Typography.Text code>{formatActualRange(actual.since, actual.until)}</Typography.Text>;
  } else body = <Spin size="small" aria-label="Evaluating the time range" />;
  return (
    <section aria-label="Actual time range" aria-live="polite">
      <Typography.Text strong style={{ display: 'block', marginBottom: 4 }}>
        Actual time range
      </Typography.Text>
      {body}
    </section>
  );
}
