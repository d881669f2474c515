import { fetchDatasetChoices, type DatasetChoiceColumn } from '../../api/datasets';

/** Where a RelatedSelect finds the databases, schemas or users the datasets can be filtered by. */
export function datasetChoiceSource(column: DatasetChoiceColumn) {
  return {
    queryKey: ['datasets', 'choices', column],
    fetchChoices: (filter: string) => fetchDatasetChoices(column, filter),
  };
}
