import {
  explorePermalinkPath,
  explorePermalinkValueSchema,
  type ExplorePermalinkBody,
  type ExplorePermalinkValue,
} from '@superset-ts/shared';
import type { MetadataDb } from '../../db/index.js';
import { AppError } from '../../errors/app-error.js';
import type { Actor } from '../../security/access/actor.js';
import type { ChartsCapability } from '../charts/register-charts.js';
import { requireExploreAccess } from './explore-access.js';
import { permalinkRepository } from './permalink.repository.js';

/** What the permalink service needs. */
export interface PermalinkServiceDeps {
  metadataDb: MetadataDb;
  charts: Pick<ChartsCapability, 'datasets' | 'chartAccessOf'>;
  now?: () => Date;
}

function chartIdOf(formData: Record<string, unknown>): number | null {
  const id = Number(formData.slice_id);
  return Number.isSafeInteger(id) && id > 0 ? id : null;
}

function notFound(): AppError {
  return new AppError('RESOURCE_NOT_FOUND', 'No Explore permalink has this key.');
}

/**
 * Explore permalinks (Superset's ExplorePermalinkRestApi): a chart's state stored for good in
 * `key_value` under an unguessable key; creating and opening one both need access to its
 * dataset (and chart, when it names one).
 */
export function createPermalinkService(deps: PermalinkServiceDeps) {
  const { kysely } = deps.metadataDb;
  const now = deps.now ?? (() => new Date());

  return {
    async create(actor: Actor, body: ExplorePermalinkBody): Promise<{ key: string; url: string }> {
      const datasource = String(body.formData.datasource);
      const datasourceId = Number(datasource.split('__')[0]);
      const chartId = chartIdOf(body.formData);
      await requireExploreAccess(deps.charts, actor, { datasourceId, chartId });
      const value: ExplorePermalinkValue = {
        chartId,
        datasourceId,
        datasourceType: 'table',
        datasource,
        state: { formData: body.formData, urlParams: body.urlParams ?? null },
      };
      const key = await permalinkRepository.create(kysely, value, {
        userId: actor.kind === 'user' ? actor.userId : null,
        now: now(),
      });
      return { key, url: explorePermalinkPath(key) };
    },

    async get(actor: Actor, key: string): Promise<ExplorePermalinkValue> {
      const parsed = explorePermalinkValueSchema.safeParse(
        await permalinkRepository.find(kysely, key, now()),
      );
      if (!parsed.success) throw notFound();
      await requireExploreAccess(deps.charts, actor, {
        datasourceId: parsed.data.datasourceId,
        chartId: parsed.data.chartId,
      });
      return parsed.data;
    },
  };
}

/** The permalink service, as routes receive it. */
export type PermalinkService = ReturnType<typeof createPermalinkService>;
