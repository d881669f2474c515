import type { ExploreContext, ExploreQuery } from '@superset-ts/shared';
import { AppError } from '../../errors/app-error.js';
import type { Actor } from '../../security/access/actor.js';
import type { ChartsCapability } from '../charts/register-charts.js';
import { missingExploreDatasource, type ExploreDatasourceSource } from './explore-datasource.js';
import type { FormDataService } from './form-data.service.js';
import type { PermalinkService } from './permalink.service.js';

/** What Explore's bootstrap needs. */
export interface ExploreServiceDeps {
  charts: Pick<ChartsCapability, 'datasets' | 'findChartForExplore'>;
  formData: Pick<FormDataService, 'get'>;
  permalinks: Pick<PermalinkService, 'get'>;
  exploreDatasource: ExploreDatasourceSource;
}

function parseFormData(text: string): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function datasetIdOf(formData: Record<string, unknown>): number | undefined {
  const datasource = typeof formData.datasource === 'string' ? formData.datasource : '';
  const id = Number(datasource.split('__')[0]);
  return Number.isSafeInteger(id) && id > 0 ? id : undefined;
}

const isNotFound = (error: unknown) => error instanceof AppError && error.status === 404;

/**
 * Explore's bootstrap (Superset's GetExploreCommand): the form data from a permalink, an
 * unsaved state or a saved chart (in that order), merged over the chart's own; the dataset it
 * is built on, which the actor must be allowed to access; and the saved chart with its
 * metadata. A missing unsaved state falls back to the chart or dataset with a message.
 */
export function createExploreService(deps: ExploreServiceDeps) {
  const loadInitial = async (actor: Actor, query: ExploreQuery) => {
    if (query.permalink_key) {
      const value = await deps.permalinks.get(actor, query.permalink_key);
      const formData = { ...value.state.formData };
      if (value.state.urlParams?.length) {
        formData.url_params = Object.fromEntries(value.state.urlParams);
      }
      return formData;
    }
    if (query.form_data_key) {
      try {
        const entry = await deps.formData.get(actor, query.form_data_key);
        return { datasource: `${entry.datasource_id}__table`, ...parseFormData(entry.form_data) };
      } catch (error) {
        if (!isNotFound(error)) throw error;
      }
    }
    return {};
  };

  return {
    async context(actor: Actor, query: ExploreQuery): Promise<ExploreContext> {
      let initial = await loadInitial(actor, query);
      let message: string | null = null;
      if (Object.keys(initial).length === 0) {
        if (query.slice_id) {
          initial = { slice_id: query.slice_id };
          if (query.form_data_key) {
            message = 'Form data not found in cache, reverting to chart metadata.';
          }
        } else if (query.datasource_id) {
          initial = { datasource: `${query.datasource_id}__table` };
          if (query.form_data_key) {
            message = 'Form data not found in cache, reverting to dataset metadata.';
          }
        }
      }

      const sliceId = query.slice_id ?? (Number(initial.slice_id) || undefined);
      const chart = sliceId ? await deps.charts.findChartForExplore(actor, sliceId) : undefined;
      if (sliceId && !chart) {
        throw new AppError('RESOURCE_NOT_FOUND', `No chart has the id ${sliceId}.`);
      }
      const formData = { ...(chart?.formData ?? {}), ...initial };
      const datasetId = query.datasource_id ?? datasetIdOf(formData);

      let dataset = missingExploreDatasource();
      if (datasetId !== undefined) {
        const access = await deps.charts.datasets.accessOf(actor, datasetId);
        if (access === 'denied') {
          throw new AppError(
            'ACCESS_DENIED',
            `You may not access dataset ${datasetId}; ask an Admin for access to it.`,
            { datasource_id: datasetId, datasource_type: 'table' },
          );
        }
        if (access === 'granted') dataset = await deps.exploreDatasource(actor, datasetId);
      }
      formData.datasource = `${datasetId ?? 'None'}__table`;

      return {
        dataset,
        form_data: formData,
        slice: chart?.slice ?? null,
        message,
        metadata: chart?.metadata ?? null,
      };
    },
  };
}

/** The Explore bootstrap service, as routes receive it. */
export type ExploreService = ReturnType<typeof createExploreService>;
