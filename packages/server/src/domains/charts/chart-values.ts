import type { ChartCreate, ChartUpdate } from '@superset-ts/shared';
import type { FieldProblems } from '../../app/validation/request-input.js';
import type { Actor } from '../../security/access/actor.js';
import { AppError } from '../../errors/app-error.js';
import type { ChartDatasets } from './chart-datasets.js';
import type { ChartRecord, ChartValues } from './chart.record.js';
import { ChartInvalidError } from './chart.errors.js';

type ChartWrite = Partial<ChartCreate> & Pick<ChartUpdate, 'tags'>;

const pick = <T>(next: T | undefined, previous: T): T => (next !== undefined ? next : previous);

/**
 * The columns a create or an update writes, checked: the dataset must exist and be one the
 * actor may access (its name and permissions are copied onto the chart, as Superset does);
 * owners must be users; tags do not exist yet, so none may be named (dashboards are checked
 * by the dashboards side).
 */
export async function chartValuesOf(
  actor: Actor,
  body: ChartWrite,
  previous: ChartRecord | null,
  deps: { datasets: ChartDatasets; existingUserIds(ids: readonly number[]): Promise<Set<number>> },
): Promise<ChartValues> {
  const problems: FieldProblems = {};
  const datasourceId = body.datasource_id ?? previous?.datasource_id ?? 0;
  const isNewDataset = body.datasource_id != null && body.datasource_id !== previous?.datasource_id;
  if (isNewDataset) {
    const access = await deps.datasets.accessOf(actor, datasourceId);
    if (access === 'missing') problems.datasource_id = [`No dataset has the id ${datasourceId}.`];
    if (access === 'denied') {
      throw new AppError(
        'ACCESS_DENIED',
        `You may not access dataset ${datasourceId}; ask an Admin for access to it.`,
      );
    }
  }
  if (body.owners && body.owners.length > 0) {
    const known = await deps.existingUserIds(body.owners);
    const unknown = body.owners.filter((id) => !known.has(id));
    if (unknown.length > 0) problems.owners = [`No user has the id ${unknown.join(', ')}.`];
  }
  if (body.tags && body.tags.length > 0) {
    problems.tags = [`No tag has the id ${body.tags.join(', ')}.`];
  }
  if (Object.keys(problems).length > 0) throw new ChartInvalidError(problems);

  const facts = await deps.datasets.describe(datasourceId);
  return {
    slice_name: body.slice_name || previous?.slice_name || '',
    viz_type: body.viz_type || previous?.viz_type || '',
    description: pick(body.description, previous?.description ?? null),
    params: pick(body.params, previous?.params ?? null),
    query_context: pick(body.query_context, previous?.query_context ?? null),
    cache_timeout: pick(body.cache_timeout, previous?.cache_timeout ?? null),
    datasource_id: datasourceId,
    datasource_type: 'table',
    datasource_name: facts?.table_name ?? body.datasource_name ?? previous?.datasource_name ?? null,
    perm: facts?.perm ?? null,
    schema_perm: facts?.schema_perm ?? null,
    catalog_perm: facts?.catalog_perm ?? null,
    certified_by: pick(body.certified_by, previous?.certified_by ?? null),
    certification_details: pick(
      body.certification_details,
      previous?.certification_details ?? null,
    ),
    external_url: pick(body.external_url, previous?.external_url ?? null),
  };
}
