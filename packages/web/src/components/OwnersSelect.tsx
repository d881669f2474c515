import { Select, Spin } from 'antd';
import { useMemo } from 'react';
import { ownerFullName, type OwnerPerson } from './owner-person';
import type { RelatedSelectChoice } from './RelatedSelect';
import { useRelatedChoices } from './useRelatedChoices';

/**
 * Picks the users who own something (a chart, a dataset...), searching the server by name as
 * one types; the current owners show by name from the start. Choices are fetched once the list
 * is first opened, with `fetchChoices(filter)` cached under `[...queryKey, filter]`.
 * `value`, `onChange` and `id` may come from a Form.Item.
 */
export function OwnersSelect({
  queryKey,
  fetchChoices,
  initialOwners,
  value,
  onChange,
  id,
}: {
  queryKey: readonly unknown[];
  fetchChoices: (filter: string) => Promise<readonly RelatedSelectChoice[]>;
  initialOwners: readonly OwnerPerson[];
  value?: number[];
  onChange?: (ids: number[]) => void;
  id?: string;
}) {
  const { choices, setSearch, handleOpenChange } = useRelatedChoices(queryKey, fetchChoices);
  const options = useMemo(() => {
    const known = new Map<number, string>(
      initialOwners.map((owner) => [owner.id, ownerFullName(owner)]),
    );
    for (const choice of choices.data ?? []) {
      if (typeof choice.value === 'number') known.set(choice.value, choice.text);
    }
    return [...known].map(([ownerId, label]) => ({ value: ownerId, label }));
  }, [initialOwners, choices.data]);

  return (
    <Select<number[]>
      id={id}
      mode="multiple"
      aria-label="Owners"
      placeholder="Select owners"
      filterOption={false}
      showSearch
      value={value}
      options={options}
      onSearch={setSearch}
      onOpenChange={handleOpenChange}
      onChange={onChange}
      notFoundContent={
        choices.isFetching ? (
          <Spin size="small" />
        ) : choices.isError ? (
          'The users could not be loaded'
        ) : (
          'No match'
        )
      }
    />
  );
}
