import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useState } from 'react';
import { useDebouncedValue } from './useDebouncedValue';

/**
 * The server-side choices of a searching select: nothing is fetched until the list is first
 * opened, then `fetchChoices(filter)` runs for the search once typing pauses, cached under
 * `[...queryKey, filter]`. Hand `setSearch` to the Select's `onSearch` and `handleOpenChange`
 * to its `onOpenChange`.
 */
export function useRelatedChoices<Choice>(
  queryKey: readonly unknown[],
  fetchChoices: (filter: string) => Promise<readonly Choice[]>,
): {
  choices: UseQueryResult<readonly Choice[]>;
  setSearch: (search: string) => void;
  handleOpenChange: (isOpen: boolean) => void;
} {
  const [search, setSearch] = useState('');
  const [hasOpened, setHasOpened] = useState(false);
  const filter = useDebouncedValue(search.trim(), 250);
  const choices = useQuery({
    queryKey: [...queryKey, filter],
    queryFn: () => fetchChoices(filter),
    enabled: hasOpened,
    staleTime: 60_000,
  });
  return {
    choices,
    setSearch,
    handleOpenChange: (isOpen) => {
      if (isOpen) setHasOpened(true);
    },
  };
}
