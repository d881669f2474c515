import type { FastifyInstance } from 'fastify';
import type { MetadataDb } from '../../db/index.js';
import { AppError } from '../../errors/app-error.js';
import { hasPermission, type Actor } from '../../security/access/actor.js';
import {
  accessFromCapability,
  accessFromGrants,
  createChartDatasets,
  type ChartDatasets,
  type DatasetAccess,
  type DatasetAccessCapability,
} from './chart-datasets.js';
import type { ChartDashboards } from './chart-dashboards.js';
import { isChartOwner } from './chart-ownership.js';
import { ChartNotFoundError } from './chart.errors.js';
import { chartFormData, presentExploreMetadata, presentExploreSlice } from './chart.presenter.js';
import { chartRepository } from './chart.repository.js';
import { registerChartRoutes } from './chart.routes.js';
import { createChartService } from './chart.service.js';
import { relatedOwners } from './related-owners.js';

/** What the charts capability is built from. */
export interface ChartsDeps<Dataset = unknown> {
  metadataDb: MetadataDb;
  /**
   * The datasets capability, which decides who may access a dataset. Until it is wired, the
   * actor's data grants on the `tables` row decide (the same rule the chart list applies).
   */
  datasets?: DatasetAccessCapability<Dataset> | null;
  /** The dashboards charts are on (built by the dashboards domain); none when absent. */
  dashboards?: ChartDashboards;
  /** AUTH_ROLE_ADMIN: its holders change any chart; `Admin` by default. */
  adminRoleName?: string;
  now?: () => Date;
}

/** A saved chart as chart data and the cache-timeout chain read it. */
export interface ChartForData {
  id: number;
  slice_name: string;
  viz_type: string;
  params: Record<string, unknown>;
  query_context: Record<string, unknown> | null;
  cache_timeout: number | null;
  datasource_id: number;
  datasource_type: string;
}

/** A saved chart as Explore's bootstrap shows it. */
export interface ChartForExplore {
  formData: Record<string, unknown>;
  slice: Record<string, unknown>;
  metadata: Record<string, unknown>;
  datasourceId: number | null;
}

/** What other capabilities use of this one. */
export interface ChartsCapability {
  /** For GET /api/v1/chart/{pk}/data/ and the cache-timeout chain; 404 when absent or
   *  when the actor may not access its dataset (as the chart's own GET). */
  getChartForData(actor: Actor, id: number): Promise<ChartForData>;
  /** Charts built on a dataset, for the dataset's related_objects. */
  chartsOfDataset(
    datasetId: number,
  ): Promise<{ id: number; slice_name: string; viz_type: string }[]>;
  /** A chart for Explore, or undefined when missing or on a dataset the actor may not use. */
  findChartForExplore(actor: Actor, id: number): Promise<ChartForExplore | undefined>;
  /** Superset's explore `check_access` on a chart: it exists, and the actor owns it or reads charts. */
  chartAccessOf(actor: Actor, id: number): Promise<DatasetAccess>;
  /** Who may use which dataset, as charts decide it. */
  datasets: ChartDatasets;
}

function parseObject(text: string | null): Record<string, unknown> | null {
  if (!text) return null;
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

/** Wires `/api/v1/chart/` and returns the capability other code reads charts through. */
export function registerCharts<Dataset>(
  app: FastifyInstance,
  deps: ChartsDeps<Dataset>,
): ChartsCapability {
  const { kysely } = deps.metadataDb;
  const now = deps.now ?? (() => new Date());
  const datasets = createChartDatasets(
    kysely,
    deps.datasets ? accessFromCapability(deps.datasets) : accessFromGrants(kysely),
  );
  const charts = createChartService({
    metadataDb: deps.metadataDb,
    datasets,
    now,
    ...(deps.dashboards ? { dashboards: deps.dashboards } : {}),
    ...(deps.adminRoleName === undefined ? {} : { adminRoleName: deps.adminRoleName }),
  });
  registerChartRoutes(app, { charts, relatedOwners: (query) => relatedOwners(kysely, query) });

  return {
    datasets,
    async getChartForData(actor, id) {
      const record = await chartRepository.find(kysely, id, { kind: 'all' });
      if (!record) throw new ChartNotFoundError(id);
      if (record.datasource_id === null) {
        throw new AppError('RESOURCE_NOT_FOUND', `Chart ${id} is not built on a dataset.`);
      }
      const access = await datasets.accessOf(actor, record.datasource_id);
      if (access === 'missing') {
        throw new AppError(
          'RESOURCE_NOT_FOUND',
          `The dataset of chart ${id} (id ${record.datasource_id}) no longer exists.`,
        );
      }
      // As GET /api/v1/chart/{pk}: a chart the caller may not see is not found.
      if (access === 'denied') throw new ChartNotFoundError(id);
      return {
        id: record.id,
        slice_name: record.slice_name,
        viz_type: record.viz_type,
        params: parseObject(record.params) ?? {},
        query_context: parseObject(record.query_context),
        cache_timeout: record.cache_timeout,
        datasource_id: record.datasource_id,
        datasource_type: record.datasource_type ?? 'table',
      };
    },
    chartsOfDataset: (datasetId) =>
      chartRepository.ofDataset(kysely, datasetId).then((rows) =>
        rows.map((row) => ({
          id: row.id,
          slice_name: row.slice_name ?? '',
          viz_type: row.viz_type ?? '',
        })),
      ),
    async findChartForExplore(actor, id) {
      const record = await charts.findVisible(actor, id);
      if (!record) return undefined;
      const at = now();
      return {
        formData: chartFormData(record),
        slice: presentExploreSlice(record, at),
        metadata: presentExploreMetadata(record, at),
        datasourceId: record.datasource_id,
      };
    },
    async chartAccessOf(actor, id) {
      const record = await chartRepository.find(kysely, id, { kind: 'all' });
      if (!record) return 'missing';
      return isChartOwner(actor, record, deps.adminRoleName) ||
        hasPermission(actor, 'can_read', 'Chart')
        ? 'granted'
        : 'denied';
    },
  };
}
