import { useQuery } from '@tanstack/react-query';
import { fetchExploreBootstrap } from '../../explore/api/explore-api';
import type { ExploreDataset } from '../../explore/explore-dataset';

/**
 * A filter's dataset as Explore reads it (columns, temporal columns, the database's time
 * grains), fetched once per dataset while `datasetId` is set.
 */
export function useFilterDataset(datasetId: number | undefined) {
  return useQuery<ExploreDataset>({
    queryKey: ['dashboard-filters', 'dataset', datasetId],
    queryFn: async () =>
      (await fetchExploreBootstrap({ datasource_id: datasetId, datasource_type: 'table' })).dataset,
    enabled: datasetId !== undefined,
    staleTime: 5 * 60_000,
  });
}
