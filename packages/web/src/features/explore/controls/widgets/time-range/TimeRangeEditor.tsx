import { Button, Divider, Flex, Form, Radio, Select } from 'antd';
import { useState } from 'react';
import { ActualTimeRange } from './ActualTimeRange';
import { AdvancedRangeFields } from './AdvancedRangeFields';
import { CustomRangeFields } from './CustomRangeFields';
import { rangeDraftsOf, timeRangeOf, type RangeDrafts } from './range-drafts';
import {
  CURRENT_RANGES,
  guessFrame,
  LAST_RANGES,
  PREVIOUS_RANGES,
  RANGE_FRAMES,
  type RangeFrame,
} from './time-range-frames';
import { useActualTimeRange } from './useActualTimeRange';

function NamedRanges({
  label,
  choices,
  value,
  onChange,
}: {
  label: string;
  choices: readonly string[];
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <Radio.Group
      aria-label={label}
      value={value}
      onChange={(event) => onChange(event.target.value as string)}
    >
      <Flex vertical gap={4}>
        {choices.map((choice) => (
          <Radio key={choice} value={choice}>
            {choice.charAt(0).toUpperCase() + choice.slice(1)}
          </Radio>
        ))}
      </Flex>
    </Radio.Group>
  );
}

/**
 * The time range editor (Superset's date filter popover): a range type (Last, Previous,
 * Current, Custom, Advanced, No filter) and its fields, the actual range the server reads it
 * as, and Apply, which is refused while the range cannot be read.
 */
export function TimeRangeEditor({
  value,
  onApply,
  onCancel,
}: {
  value: string;
  onApply: (timeRange: string) => void;
  onCancel: () => void;
}) {
  const [frame, setFrame] = useState<RangeFrame>(() => guessFrame(value));
  const [drafts, setDrafts] = useState<RangeDrafts>(() => rangeDraftsOf(value));
  const update = (patch: Partial<RangeDrafts>) =>
    setDrafts((current) => ({ ...current, ...patch }));
  const timeRange = timeRangeOf(frame, drafts);
  const actual = useActualTimeRange(timeRange);

  let fields = null;
  if (frame === 'Last') {
    fields = (
      <NamedRanges
        label="Last"
        choices={LAST_RANGES}
        value={drafts.Last}
        onChange={(Last) => update({ Last })}
      />
    );
  } else if (frame === 'Previous') {
    fields = (
      <NamedRanges
        label="Previous"
        choices={PREVIOUS_RANGES}
        value={drafts.Previous}
        onChange={(Previous) => update({ Previous })}
      />
    );
  } else if (frame === 'Current') {
    fields = (
      <NamedRanges
        label="Current"
        choices={CURRENT_RANGES}
        value={drafts.Current}
        onChange={(Current) => update({ Current })}
      />
    );
  } else if (frame === 'Custom') {
    fields = <CustomRangeFields range={drafts.Custom} onChange={(Custom) => update({ Custom })} />;
  } else if (frame === 'Advanced') {
    fields = (
      <AdvancedRangeFields
        timeRange={drafts.Advanced}
        onChange={(Advanced) => update({ Advanced })}
      />
    );
  }

  return (
    <section aria-label="Edit time range">
      <Form layout="vertical" size="small" component="div">
        <Form.Item label="Range type">
          <Select
            aria-label="Range type"
            value={frame}
            options={RANGE_FRAMES.map((choice) => ({ value: choice, label: choice }))}
            onChange={(next: RangeFrame) => setFrame(next)}
          />
        </Form.Item>
      </Form>
      {fields}
      <Divider style={{ margin: '12px 0' }} />
      <ActualTimeRange actual={actual} />
      <Flex justify="flex-end" gap={8} style={{ marginTop: 12 }}>
        <Button size="small" onClick={onCancel}>
          Cancel
        </Button>
        <Button
          size="small"
          type="primary"
          disabled={actual.status === 'error'}
          onClick={() => onApply(timeRange)}
        >
          Apply
        </Button>
      </Flex>
    </section>
  );
}
