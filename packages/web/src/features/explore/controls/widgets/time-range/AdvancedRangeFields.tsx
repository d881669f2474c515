import { Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { joinAdvancedRange, splitAdvancedRange } from './time-range-frames';

/**
 * The Advanced range type: the start and end as free text in the time range grammar (dates,
 * `today`, `now`, `7 days ago`, `start of this month`, DATEADD/DATETRUNC/LASTDAY).
 */
export function AdvancedRangeFields({
  timeRange,
  onChange,
}: {
  timeRange: string;
  onChange: (timeRange: string) => void;
}) {
  // The sides are kept as typed (spaces included); the range written out is trimmed.
  const [sides, setSides] = useState(() => splitAdvancedRange(timeRange));
  const update = (since: string, until: string) => {
    setSides([since, until]);
    onChange(joinAdvancedRange(since, until));
  };
  const [since, until] = sides;
  return (
    <Form layout="vertical" size="small" component="div">
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        Dates (2024-01-31), relative words (today, now, 7 days ago, start of this month) or
        functions (DATEADD(DATETIME(&quot;today&quot;), -1, month)). Leave a side empty for no
        bound.
      </Typography.Paragraph>
      <Form.Item label="START (INCLUSIVE)">
        <Input
          aria-label="Advanced start"
          value={since}
          placeholder="e.g. 2024-01-01"
          onChange={(event) => update(event.target.value, until)}
        />
      </Form.Item>
      <Form.Item label="END (EXCLUSIVE)">
        <Input
          aria-label="Advanced end"
          value={until}
          placeholder="e.g. now"
          onChange={(event) => update(since, event.target.value)}
        />
      </Form.Item>
    </Form>
  );
}
