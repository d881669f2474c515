import type { Role } from '@superset-ts/shared';
import { Button, Input, Select, Space } from 'antd';
import { useEffect, useState } from 'react';
import styles from '../../components/ListPageLayout.module.css';
import type { UserListState, UserSearchField } from './user-list-state';

const SEARCH_FIELDS: { value: UserSearchField; label: string }[] = [
  { value: 'username', label: 'Username' },
  { value: 'first_name', label: 'First name' },
  { value: 'last_name', label: 'Last name' },
  { value: 'email', label: 'Email' },
];

const STATUSES: { value: UserListState['status']; label: string }[] = [
  { value: 'all', label: 'Any status' },
  { value: 'active', label: 'Active' },
  { value: 'inactive', label: 'Inactive' },
];

type FilterChange = Partial<Pick<UserListState, 'search' | 'searchField' | 'status' | 'roleId'>>;

/**
 * The users list's filters: a search in one text field, the status and one role. Typing
 * applies after a short pause; every change returns to the first page.
 */
export function UserFilters({
  state,
  roles,
  onChange,
  onClear,
}: {
  state: UserListState;
  roles: readonly Role[];
  onChange: (change: FilterChange) => void;
  onClear: () => void;
}) {
  const [text, setText] = useState(state.search);
  useEffect(() => setText(state.search), [state.search]);
  useEffect(() => {
    if (text === state.search) return undefined;
    const timer = setTimeout(() => onChange({ search: text }), 300);
    return () => clearTimeout(timer);
  }, [text, state.search, onChange]);

  const fieldLabel = SEARCH_FIELDS.find((field) => field.value === state.searchField)?.label;
  const isFiltered = state.search !== '' || state.status !== 'all' || state.roleId !== null;

  return (
    <div className={styles.toolbar} role="search" aria-label="Filter users">
      <Space.Compact>
        <Select
          aria-label="Search in"
          value={state.searchField}
          options={SEARCH_FIELDS}
          onChange={(searchField) => onChange({ searchField })}
          style={{ width: 130 }}
        />
        <Input.Search
          aria-label={`Search by ${fieldLabel?.toLowerCase() ?? 'username'}`}
          placeholder={`Search by ${fieldLabel?.toLowerCase() ?? 'username'}`}
          allowClear
          value={text}
          onChange={(event) => setText(event.target.value)}
          onSearch={(value) => onChange({ search: value })}
          style={{ width: 260 }}
        />
      </Space.Compact>
      <Select
        aria-label="Status"
        value={state.status}
        options={STATUSES}
        onChange={(status) => onChange({ status })}
        style={{ width: 130 }}
      />
      <Select
        aria-label="Role"
        placeholder="Any role"
        allowClear
        showSearch
        optionFilterProp="label"
        value={state.roleId ?? undefined}
        options={roles.map((role) => ({ value: role.id, label: role.name }))}
        onChange={(roleId: number | undefined) => onChange({ roleId: roleId ?? null })}
        style={{ width: 170 }}
      />
      {isFiltered && (
        <Button type="link" onClick={onClear}>
          Clear filters
        </Button>
      )}
    </div>
  );
}
