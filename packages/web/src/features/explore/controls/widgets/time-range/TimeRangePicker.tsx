import { CalendarOutlined } from '@ant-design/icons';
import { Button, Popover } from 'antd';
import { useState } from 'react';
import { NO_FILTER } from './time-range-frames';
import { TimeRangeEditor } from './TimeRangeEditor';

/**
 * A time range as a pill that opens the time range editor; used by the time range control
 * and by a filter's TEMPORAL_RANGE value.
 *
 * @param label names the pill for assistive technology (`Time range: Last week`)
 */
export function TimeRangePicker({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string;
  onChange: (timeRange: string) => void;
}) {
  const [isOpen, setIsOpen] = useState(false);
  const shown = value.trim() === '' ? NO_FILTER : value;
  return (
    <Popover
      trigger="click"
      placement="right"
      open={isOpen}
      onOpenChange={setIsOpen}
      destroyOnHidden
      content={
        <div style={{ width: 340, maxWidth: 'calc(100vw - 48px)' }}>
          {isOpen && (
            <TimeRangeEditor
              value={shown}
              onCancel={() => setIsOpen(false)}
              onApply={(timeRange) => {
                onChange(timeRange);
                setIsOpen(false);
              }}
            />
          )}
        </div>
      }
    >
      <Button
        icon={<CalendarOutlined />}
        aria-label={`${label}: ${shown}`}
        title={shown}
        style={{ width: '100%', justifyContent: 'flex-start', overflow: 'hidden' }}
      >
        {shown}
      </Button>
    </Popover>
  );
}
