import type { FastifyInstance } from 'fastify';
import type { DashboardJsonMetadata, DashboardLayout } from '@superset-ts/shared';
import type { MetadataDb } from '../../db/index.js';
import type { Actor } from '../../security/access/actor.js';
import { relatedOwners } from '../charts/related-owners.js';
import { rlsRelatedRepository } from '../row-level-security/rls-related.repository.js';
import { parseLayout, parseMetadata } from './dashboard-layout.js';
import { dashboardLinks } from './dashboard-links.repository.js';
import { registerDashboardRoutes } from './dashboard.routes.js';
import { createDashboardService, type DashboardServiceDeps } from './dashboard.service.js';

/** A dashboard the caller may read: its layout and metadata parsed. */
export interface ReadableDashboard {
  id: number;
  slug: string | null;
  /** The parsed `position_json`; `{}` when none was saved. */
  layout: DashboardLayout;
  /** The parsed `json_metadata`; `{}` when none was saved. */
  metadata: DashboardJsonMetadata;
}

/** A chart of a dashboard, as its data is loaded. */
export interface DashboardChartForData {
  id: number;
  sliceName: string;
  vizType: string;
  /** The chart's dataset; null for a chart without one. */
  datasourceId: number | null;
  /** The query context the chart was saved with (parsed); null when it was never saved. */
  queryContext: Record<string, unknown> | null;
  cacheTimeout: number | null;
}

/** A dashboard the caller may read, with its layout and every chart on it. */
export interface DashboardForData {
  dashboardId: number;
  layout: DashboardLayout;
  charts: DashboardChartForData[];
}

/** What other capabilities (permalinks, filter state, CSS, dashboard data) use of this one. */
export interface DashboardsCapability {
  /**
   * The dashboard by id or slug; throws `DashboardNotFoundError` (404) when it does not exist
   * or the actor may not see it (DashboardAccessFilter), so its existence never leaks.
   */
  getReadableDashboard(actor: Actor, idOrSlug: string): Promise<ReadableDashboard>;
  /**
   * The readable dashboard with its charts (404 as `getReadableDashboard`). The charts are
   * listed whatever the actor's data access: each chart's query is checked when it runs.
   */
  chartsForData(actor: Actor, idOrSlug: string): Promise<DashboardForData>;
}

/** What the dashboards capability is built from. */
export interface DashboardsDeps {
  metadataDb: MetadataDb;
  /** AUTH_ROLE_ADMIN: its holders see and change every dashboard; `Admin` by default. */
  adminRoleName?: string;
  /** Whether DASHBOARD_RBAC is on. */
  isRbacEnabled: () => boolean;
  /** The datasets capability's Explore payload, for `/{id_or_slug}/datasets`. */
  datasetForFilters?: DashboardServiceDeps['datasetForFilters'];
  now?: () => Date;
}

function parseObject(text: string | null): Record<string, unknown> | null {
  const parsed = parseMetadata(text);
  return text && Object.keys(parsed).length > 0 ? parsed : null;
}

/** Wires `/api/v1/dashboard/` and returns the capability other code reads dashboards through. */
export function registerDashboards(
  app: FastifyInstance,
  deps: DashboardsDeps,
): DashboardsCapability {
  const { kysely } = deps.metadataDb;
  const dashboards = createDashboardService({
    metadataDb: deps.metadataDb,
    isRbacEnabled: deps.isRbacEnabled,
    ...(deps.adminRoleName === undefined ? {} : { adminRoleName: deps.adminRoleName }),
    ...(deps.datasetForFilters ? { datasetForFilters: deps.datasetForFilters } : {}),
    ...(deps.now ? { now: deps.now } : {}),
  });
  registerDashboardRoutes(app, {
    dashboards,
    relatedOwners: (query) => relatedOwners(kysely, query),
    relatedRoles: (query) => rlsRelatedRepository.roles(kysely, query),
  });

  return {
    async getReadableDashboard(actor, idOrSlug) {
      const record = await dashboards.getVisible(actor, idOrSlug);
      return {
        id: record.id,
        slug: record.slug,
        layout: parseLayout(record.position_json),
        metadata: parseMetadata(record.json_metadata),
      };
    },
    async chartsForData(actor, idOrSlug) {
      const record = await dashboards.getVisible(actor, idOrSlug);
      const charts = await dashboardLinks.chartsOf(kysely, record.id);
      return {
        dashboardId: record.id,
        layout: parseLayout(record.position_json),
        charts: charts.map((chart) => ({
          id: chart.id,
          sliceName: chart.slice_name ?? '',
          vizType: chart.viz_type ?? '',
          datasourceId: chart.datasource_id,
          queryContext: parseObject(chart.query_context),
          cacheTimeout: chart.cache_timeout,
        })),
      };
    },
  };
}
