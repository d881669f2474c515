import { PAGES } from '@superset-ts/shared';

/**
 * Where a new chart opens: Explore on the dataset, starting as `vizType`
 * (`/explore/?datasource_type=table&datasource_id=N&viz_type=X`; Explore reads `viz_type`
 * from its URL when the form data names no type yet).
 */
export function newChartUrl(datasetId: number, vizType: string): string {
  const params = new URLSearchParams({
    datasource_type: 'table',
    datasource_id: String(datasetId),
    viz_type: vizType,
  });
  return `${PAGES.explore.path}?${params.toString()}`;
}
