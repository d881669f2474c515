import { PAGES, exploreQuerySchema, type ExploreQuery } from '@superset-ts/shared';

/** What the Explore page was asked to open, read from its URL. */
export type ExploreRequest =
  | {
      kind: 'open';
      /** The bootstrap's query (`GET /api/v1/explore/`). */
      query: ExploreQuery;
      /** `?viz_type=`: the type a new chart starts as when its form data names none. */
      vizType: string | undefined;
    }
  | { kind: 'empty' }
  | { kind: 'invalid'; message: string };

const QUERY_PARAMS = [
  'slice_id',
  'datasource_id',
  'datasource_type',
  'form_data_key',
  'permalink_key',
] as const;

/**
 * Reads Superset's Explore URLs: `/explore/?slice_id=`, `?datasource_id=&datasource_type=`,
 * `?form_data_key=` (with `slice_id` for a saved chart), and `/superset/explore/p/{key}/`
 * (the permalink key comes from the path).
 */
export function parseExploreRequest(search: string, permalinkKey?: string): ExploreRequest {
  const params = new URLSearchParams(search);
  const raw: Record<string, string> = {};
  for (const name of QUERY_PARAMS) {
    const value = params.get(name);
    if (value) raw[name] = value;
  }
  if (permalinkKey) raw.permalink_key = permalinkKey;
  if (Object.keys(raw).length === 0) return { kind: 'empty' };
  const parsed = exploreQuerySchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `${issue.path.join('.')}: ${issue.message}`,
    );
    return { kind: 'invalid', message: `This Explore link is not valid (${problems.join('; ')}).` };
  }
  const query = parsed.data;
  if (query.datasource_id !== undefined && query.datasource_type === undefined) {
    query.datasource_type = 'table';
  }
  return { kind: 'open', query, vizType: params.get('viz_type') ?? undefined };
}

/** The Explore URL of an unsaved state (and of the saved chart it was opened from). */
export function exploreStateUrl(formDataKey: string, sliceId: number | undefined): string {
  const params = new URLSearchParams({ form_data_key: formDataKey });
  if (sliceId !== undefined) params.set('slice_id', String(sliceId));
  return `${PAGES.explore.path}?${params.toString()}`;
}

/** The Explore URL of a saved chart. */
export function exploreChartUrl(sliceId: number): string {
  return `${PAGES.explore.path}?slice_id=${sliceId}`;
}

/** The Explore URL of a new chart on a dataset. */
export function exploreDatasetUrl(datasetId: number): string {
  return `${PAGES.explore.path}?datasource_type=table&datasource_id=${datasetId}`;
}
