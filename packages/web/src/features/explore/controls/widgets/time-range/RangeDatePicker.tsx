import { DatePicker } from 'antd';
import dayjs from 'dayjs';
import { DATETIME_FORMAT } from './custom-time-range';

/** A specific date and time of a Custom range, kept as `YYYY-MM-DDTHH:mm:ss` text. */
export function RangeDatePicker({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
}) {
  // ISO text without a zone parses as the same wall-clock time it is written back as.
  const parsed = dayjs(value);
  return (
    <DatePicker
      aria-label={label}
      showTime
      allowClear={false}
      format="YYYY-MM-DD HH:mm:ss"
      value={parsed.isValid() ? parsed : null}
      onChange={(date) => {
        if (date) onChange(date.format(DATETIME_FORMAT));
      }}
      style={{ width: '100%' }}
    />
  );
}
