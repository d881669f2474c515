import { AppError } from '../../errors/app-error.js';
import type { Actor } from '../../security/access/actor.js';
import type { ChartsCapability } from '../charts/register-charts.js';

/**
 * Superset's explore `check_access`: the dataset must exist and be one the actor may access,
 * and a named chart must exist and be readable to the actor (its owner, or `can_read` on
 * Chart). Missing -> 404, refused -> 403.
 */
export async function requireExploreAccess(
  charts: Pick<ChartsCapability, 'datasets' | 'chartAccessOf'>,
  actor: Actor,
  target: { datasourceId: number; chartId: number | null | undefined },
): Promise<void> {
  const dataset = await charts.datasets.accessOf(actor, target.datasourceId);
  if (dataset === 'missing') {
    throw new AppError('RESOURCE_NOT_FOUND', `No dataset has the id ${target.datasourceId}.`);
  }
  if (dataset === 'denied') {
    throw new AppError(
      'ACCESS_DENIED',
      `You may not access dataset ${target.datasourceId}; ask an Admin for access to it.`,
      { datasource_id: target.datasourceId, datasource_type: 'table' },
    );
  }
  if (!target.chartId) return;
  const chart = await charts.chartAccessOf(actor, target.chartId);
  if (chart === 'missing') {
    throw new AppError('RESOURCE_NOT_FOUND', `No chart has the id ${target.chartId}.`);
  }
  if (chart === 'denied') {
    throw new AppError('ACCESS_DENIED', `You may not read chart ${target.chartId}.`);
  }
}
