import type { DatasetCreate, DatasetDuplicate, DatasetUpdate } from '@superset-ts/shared';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  createDataset,
  deleteDataset,
  deleteDatasets,
  duplicateDataset,
  fetchDataset,
  fetchDatasets,
  refreshDataset,
  updateDataset,
  type DatasetListRequest,
} from '../../api/datasets';

/** The react-query key of everything dataset. */
export const DATASETS_KEY = ['datasets'] as const;

/** One page of datasets; the previous page stays on screen while the next one loads. */
export function useDatasetList(request: DatasetListRequest) {
  return useQuery({
    queryKey: [...DATASETS_KEY, 'list', request],
    queryFn: () => fetchDatasets(request),
    placeholderData: keepPreviousData,
  });
}

/** One dataset with its columns and metrics, for the editor; idle while `id` is null. */
export function useDataset(id: number | null) {
  return useQuery({
    queryKey: [...DATASETS_KEY, 'detail', id],
    queryFn: () => fetchDataset(id ?? -1),
    enabled: id !== null,
    // The editor must show what is stored now, not what was stored when it last opened.
    staleTime: 0,
    gcTime: 0,
  });
}

/** Creating, changing, refreshing, duplicating and deleting; each refreshes the list. */
export function useDatasetMutations() {
  const queryClient = useQueryClient();
  const onSuccess = () => queryClient.invalidateQueries({ queryKey: [...DATASETS_KEY, 'list'] });
  return {
    create: useMutation({ mutationFn: (body: DatasetCreate) => createDataset(body), onSuccess }),
    update: useMutation({
      mutationFn: ({ id, body }: { id: number; body: DatasetUpdate }) => updateDataset(id, body),
      onSuccess,
    }),
    refresh: useMutation({ mutationFn: (id: number) => refreshDataset(id), onSuccess }),
    duplicate: useMutation({
      mutationFn: (body: DatasetDuplicate) => duplicateDataset(body),
      onSuccess,
    }),
    remove: useMutation({ mutationFn: (id: number) => deleteDataset(id), onSuccess }),
    removeMany: useMutation({
      mutationFn: (ids: readonly number[]) => deleteDatasets(ids),
      onSuccess,
    }),
  };
}
