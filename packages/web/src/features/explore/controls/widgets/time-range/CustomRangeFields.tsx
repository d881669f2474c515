import { Flex, Form, InputNumber, Radio, Select } from 'antd';
import { TIME_UNITS, type CustomRange, type DateMode, type TimeUnit } from './custom-time-range';
import { RangeDatePicker } from './RangeDatePicker';

const MODES: { value: DateMode; label: string }[] = [
  { value: 'specific', label: 'Specific Date/Time' },
  { value: 'relative', label: 'Relative Date/Time' },
  { value: 'now', label: 'Now' },
  { value: 'today', label: 'Midnight' },
];

const capitalised = (unit: string) => unit.charAt(0).toUpperCase() + unit.slice(1);
const unitOptions = (direction: 'Before' | 'After') =>
  TIME_UNITS.map((unit) => ({ value: unit, label: `${capitalised(unit)}s ${direction}` }));

/** One side of the range, as the side's fields show it. */
interface SideValues {
  mode: DateMode;
  datetime: string;
  amount: number;
  unit: TimeUnit;
}

type Side = 'since' | 'until';

/** Where each side keeps its values in the custom range. */
const SIDE_FIELDS = {
  since: {
    mode: 'sinceMode',
    datetime: 'sinceDatetime',
    amount: 'sinceGrainValue',
    unit: 'sinceGrain',
  },
  until: {
    mode: 'untilMode',
    datetime: 'untilDatetime',
    amount: 'untilGrainValue',
    unit: 'untilGrain',
  },
} as const satisfies Record<Side, Record<keyof SideValues, keyof CustomRange>>;

function sideValues(range: CustomRange, side: Side): SideValues {
  const fields = SIDE_FIELDS[side];
  return {
    mode: range[fields.mode],
    datetime: range[fields.datetime],
    amount: range[fields.amount],
    unit: range[fields.unit],
  };
}

/** The range fields a change of one side writes (an empty date is not written). */
function sidePatch(side: Side, change: Partial<SideValues>): Partial<CustomRange> {
  const fields = SIDE_FIELDS[side];
  const patch: Partial<CustomRange> = {};
  if (change.mode) patch[fields.mode] = change.mode;
  if (change.datetime) patch[fields.datetime] = change.datetime;
  if (change.amount !== undefined) patch[fields.amount] = change.amount;
  if (change.unit) patch[fields.unit] = change.unit;
  return patch;
}

interface SideProps {
  title: string;
  values: SideValues;
  direction: 'Before' | 'After';
  onChange: (change: Partial<SideValues>) => void;
}

function RangeSide({ title, values, direction, onChange }: SideProps) {
  const { mode, datetime, amount, unit } = values;
  return (
    <Form.Item label={title}>
      <Flex vertical gap={6}>
        <Select
          aria-label={`${title} type`}
          value={mode}
          options={MODES}
          onChange={(next: DateMode) => onChange({ mode: next })}
        />
        {mode === 'specific' && (
          <RangeDatePicker
            label={title}
            value={datetime}
            onChange={(next) => onChange({ datetime: next })}
          />
        )}
        {mode === 'relative' && (
          <Flex gap={6}>
            <InputNumber
              aria-label={`${title} amount`}
              min={1}
              precision={0}
              value={amount}
              onChange={(next) => onChange({ amount: next ?? 1 })}
              style={{ width: 90 }}
            />
            <Select
              aria-label={`${title} unit`}
              value={unit}
              options={unitOptions(direction)}
              onChange={(next: TimeUnit) => onChange({ unit: next })}
              style={{ flex: 1 }}
            />
          </Flex>
        )}
      </Flex>
    </Form.Item>
  );
}

/**
 * The Custom range type: a start and an end, each a specific date, a number of units from
 * the other side, now or midnight; two relative sides count from an anchor.
 */
export function CustomRangeFields({
  range,
  onChange,
}: {
  range: CustomRange;
  onChange: (range: CustomRange) => void;
}) {
  const update = (patch: Partial<CustomRange>) => onChange({ ...range, ...patch });
  const isAnchored = range.sinceMode === 'relative' && range.untilMode === 'relative';
  return (
    <Form layout="vertical" size="small" component="div">
      <RangeSide
        title="START (INCLUSIVE)"
        values={sideValues(range, 'since')}
        direction="Before"
        onChange={(change) => update(sidePatch('since', change))}
      />
      <RangeSide
        title="END (EXCLUSIVE)"
        values={sideValues(range, 'until')}
        direction="After"
        onChange={(change) => update(sidePatch('until', change))}
      />
      {isAnchored && (
        <Form.Item label="ANCHOR TO">
          <Flex vertical gap={6}>
            <Radio.Group
              aria-label="Anchor to"
              value={range.anchorMode}
              onChange={(event) =>
                update({ anchorMode: event.target.value as CustomRange['anchorMode'] })
              }
              options={[
                { value: 'now', label: 'Now' },
                { value: 'specific', label: 'Date/Time' },
              ]}
            />
            {range.anchorMode === 'specific' && (
              <RangeDatePicker
                label="Anchor date"
                value={range.anchorValue}
                onChange={(anchorValue) => update({ anchorValue })}
              />
            )}
          </Flex>
        </Form.Item>
      )}
    </Form>
  );
}
