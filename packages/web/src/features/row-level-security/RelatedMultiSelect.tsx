import { useQuery } from '@tanstack/react-query';
import { Select, Spin } from 'antd';
import { useState } from 'react';
import { useDebouncedValue } from '../../components/useDebouncedValue';
import { fetchRlsRelated } from './rls-api';

/** A choice already picked, with the text to show before the choices are fetched. */
export interface PickedOption {
  value: number;
  label: string;
}

/**
 * Picks several roles or datasets, searching them by name on the server as one types. The
 * rule's current choices are passed in so they show by name from the start.
 */
export function RelatedMultiSelect({
  column,
  label,
  placeholder,
  picked,
  value,
  onChange,
}: {
  column: 'roles' | 'tables';
  label: string;
  placeholder: string;
  picked: readonly PickedOption[];
  /** Set by Form.Item. */
  value?: number[];
  onChange?: (ids: number[]) => void;
}) {
  const [search, setSearch] = useState('');
  const [remembered, setRemembered] = useState<readonly PickedOption[]>(picked);
  const filter = useDebouncedValue(search.trim(), 250);
  const choices = useQuery({
    queryKey: ['security', 'rls', 'related', column, filter],
    queryFn: () => fetchRlsRelated(column, filter),
    staleTime: 60_000,
  });
  const fetched = (choices.data?.result ?? []).map((o) => ({ value: o.value, label: o.text }));
  const known = new Set(fetched.map((o) => o.value));
  // Chosen entries stay listed (and so shown by name) when a later search leaves them out.
  const options = [...fetched, ...remembered.filter((o) => !known.has(o.value))];

  const handleChange = (ids: number[]) => {
    const byId = new Map([...remembered, ...fetched].map((o) => [o.value, o]));
    setRemembered(ids.flatMap((id) => byId.get(id) ?? []));
    onChange?.(ids);
  };

  return (
    <Select<number[]>
      mode="multiple"
      aria-label={label}
      placeholder={placeholder}
      showSearch
      filterOption={false}
      optionFilterProp="label"
      value={value ?? []}
      options={options}
      onSearch={setSearch}
      onChange={handleChange}
      notFoundContent={choices.isFetching ? <Spin size="small" /> : 'No match'}
    />
  );
}
