import { Select, Spin } from 'antd';
import { useRelatedChoices } from './useRelatedChoices';

/** One choice as the server's related/distinct endpoints return it. */
export interface RelatedSelectChoice {
  value: number | string;
  text: string;
}

/**
 * Picks one related item (a database, schema, user...) to filter by, searching the server as
 * one types. Choices are fetched once the list is first opened, with `fetchChoices(filter)`
 * cached under `[...queryKey, filter]`.
 */
export function RelatedSelect<Value extends number | string>({
  queryKey,
  fetchChoices,
  label,
  placeholder,
  value,
  onChange,
  notFoundText = 'No match',
  minWidth = 180,
}: {
  queryKey: readonly unknown[];
  fetchChoices: (filter: string) => Promise<readonly RelatedSelectChoice[]>;
  /** The accessible name, e.g. "Database". */
  label: string;
  placeholder: string;
  value: Value | null;
  onChange: (value: Value | null) => void;
  /** Shown when the search matches nothing. */
  notFoundText?: string;
  minWidth?: number;
}) {
  const { choices, setSearch, handleOpenChange } = useRelatedChoices(queryKey, fetchChoices);
  const options = (choices.data ?? []).map((choice) => ({
    value: choice.value as Value,
    label: choice.text,
  }));

  return (
    <Select<Value>
      aria-label={label}
      placeholder={placeholder}
      showSearch
      allowClear
      filterOption={false}
      value={value ?? undefined}
      options={options}
      onSearch={setSearch}
      onOpenChange={handleOpenChange}
      onChange={(next) => onChange(next ?? null)}
      notFoundContent={
        choices.isFetching ? (
          <Spin size="small" />
        ) : choices.isError ? (
          'The choices could not be loaded'
        ) : (
          notFoundText
        )
      }
      style={{ minWidth }}
    />
  );
}
