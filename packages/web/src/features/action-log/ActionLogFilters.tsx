import { Button, DatePicker, Input, Space } from 'antd';
import type { GetProps } from 'antd';
import { useState } from 'react';
import { fetchLogUsers } from '../../api/logs';
import { RelatedSelect } from '../../components/RelatedSelect';
import type { ActionLogFilterValues } from './action-log-query';

type RangePickerProps = GetProps<typeof DatePicker.RangePicker>;
type PickedRange = Parameters<NonNullable<RangePickerProps['onChange']>>[0];

/**
 * The Action Log's filters: part of an action name (applied on Enter), a user, and a time
 * range. Each change is reported at once; "Clear filters" resets them all.
 */
export function ActionLogFilters({
  value,
  onChange,
}: {
  value: ActionLogFilterValues;
  onChange: (filters: ActionLogFilterValues) => void;
}) {
  const [actionText, setActionText] = useState(value.action);
  const [range, setRange] = useState<PickedRange>(null);

  const handleRangeChange = (picked: PickedRange) => {
    setRange(picked);
    onChange({
      ...value,
      from: picked?.[0]?.toDate() ?? null,
      to: picked?.[1]?.toDate() ?? null,
    });
  };

  const handleClear = () => {
    setActionText('');
    setRange(null);
    onChange({ action: '', userId: null, from: null, to: null });
  };

  return (
    <Space wrap size="middle" role="search" aria-label="Filter the action log">
      <Input.Search
        aria-label="Filter by action"
        placeholder="Search actions"
        allowClear
        value={actionText}
        onChange={(event) => setActionText(event.target.value)}
        onSearch={(text) => onChange({ ...value, action: text })}
        style={{ width: 260 }}
      />
      <RelatedSelect<number>
        queryKey={['logs', 'related-user']}
        fetchChoices={async (search) => (await fetchLogUsers(search)).result}
        label="Filter by user"
        placeholder="Any user"
        notFoundText="No matching users"
        minWidth={200}
        value={value.userId}
        onChange={(userId) => onChange({ ...value, userId })}
      />
      <DatePicker.RangePicker
        aria-label="Filter by time"
        showTime={{ format: 'HH:mm' }}
        format="YYYY-MM-DD HH:mm"
        placeholder={['From', 'To']}
        allowEmpty={[true, true]}
        value={range}
        onChange={handleRangeChange}
      />
      <Button onClick={handleClear}>Clear filters</Button>
    </Space>
  );
}
