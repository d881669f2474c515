import { Select, Spin } from 'antd';
import { useState } from 'react';
import { useDebouncedValue } from './useDebouncedValue';
import { useLogUsers } from './useActionLog';

/**
 * Picks the user to filter the log by, searching users by name as the admin types. Users are
 * fetched once the list is first opened.
 */
export function UserFilterSelect({
  value,
  onChange,
}: {
  value: number | null;
  onChange: (userId: number | null) => void;
}) {
  const [search, setSearch] = useState('');
  const [hasOpened, setHasOpened] = useState(false);
  const users = useLogUsers(useDebouncedValue(search, 250), hasOpened);
  const options = (users.data?.result ?? []).map((user) => ({
    value: user.value,
    label: user.text,
  }));

  return (
    <Select<number>
      aria-label="Filter by user"
      placeholder="Any user"
      showSearch
      allowClear
      filterOption={false}
      value={value ?? undefined}
      options={options}
      onSearch={setSearch}
      onOpenChange={(isOpen) => isOpen && setHasOpened(true)}
      onChange={(userId) => onChange(userId ?? null)}
      notFoundContent={users.isFetching ? <Spin size="small" /> : 'No matching users'}
      style={{ minWidth: 200 }}
    />
  );
}
