import type { DatabaseCreate, DatabaseUpdate } from '@superset-ts/shared';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  createDatabase,
  deleteDatabase,
  fetchAvailableEngines,
  fetchDatabase,
  fetchDatabases,
  updateDatabase,
  type DatabaseListRequest,
} from '../../api/databases';

const DATABASES_KEY = ['databases'] as const;

/** One page of databases; the previous page stays on screen while the next one loads. */
export function useDatabaseList(request: DatabaseListRequest) {
  return useQuery({
    queryKey: [...DATABASES_KEY, 'list', request],
    queryFn: () => fetchDatabases(request),
    placeholderData: keepPreviousData,
  });
}

/** One database's settings, for the edit dialog; idle while `id` is null. */
export function useDatabase(id: number | null) {
  return useQuery({
    queryKey: [...DATABASES_KEY, 'detail', id],
    queryFn: () => fetchDatabase(id ?? -1),
    enabled: id !== null,
    // The dialog must show what is stored now, not what was stored when it last opened.
    staleTime: 0,
    gcTime: 0,
  });
}

/** The engines the server knows; they change only with a new server build. */
export function useAvailableEngines() {
  return useQuery({
    queryKey: [...DATABASES_KEY, 'available'],
    queryFn: fetchAvailableEngines,
    staleTime: Infinity,
  });
}

/** Creating, changing and deleting databases; each refreshes the list when it succeeds. */
export function useDatabaseMutations() {
  const queryClient = useQueryClient();
  const onSuccess = () => queryClient.invalidateQueries({ queryKey: [...DATABASES_KEY, 'list'] });
  return {
    create: useMutation({ mutationFn: (body: DatabaseCreate) => createDatabase(body), onSuccess }),
    update: useMutation({
      mutationFn: ({ id, body }: { id: number; body: DatabaseUpdate }) => updateDatabase(id, body),
      onSuccess,
    }),
    remove: useMutation({ mutationFn: (id: number) => deleteDatabase(id), onSuccess }),
  };
}
