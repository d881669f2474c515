import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import {
  DASHBOARD_CHART_DATA_PATH,
  dashboardDataRequestSchema,
  type DashboardDataLine,
} from '@superset-ts/shared';
import { parseBody } from '../../app/validation/request-input.js';
import { AppError } from '../../errors/app-error.js';
import { requirePermission } from '../../security/access/route-access.js';
import type { DashboardDataService } from './dashboard-data.service.js';

/** What the dashboard data route uses. */
export interface DashboardDataRoutesDeps {
  service: DashboardDataService;
}

/** The dashboard's id or slug from the path; anything else is a 404, as for other routes. */
function idOrSlugParam(params: unknown): string {
  const value = (params as { idOrSlug?: unknown } | undefined)?.idOrSlug;
  if (typeof value !== 'string' || !/^[\w-]{1,255}$/.test(value)) {
    throw new AppError('RESOURCE_NOT_FOUND');
  }
  return value;
}

/**
 * The lines as NDJSON. A `result` shared by several charts (the same query context) is
 * serialised once; the chart's line is spliced around it.
 */
async function* ndjson(lines: AsyncIterable<DashboardDataLine>): AsyncGenerator<string> {
  const serialised = new WeakMap<object, string>();
  for await (const line of lines) {
    if (line.type !== 'chart') {
      yield `${JSON.stringify(line)}\n`;
      continue;
    }
    let result = serialised.get(line.result);
    if (result === undefined) {
      result = JSON.stringify(line.result);
      serialised.set(line.result, result);
    }
    yield `{"type":"chart","chart_id":${line.chart_id},"result":${result}}\n`;
  }
}

/**
 * `POST /api/v1/dashboard/{id_or_slug}/chart_data` (beyond Superset): the data of many charts
 * of a dashboard in one request, `can_read` on Dashboard. A missing or unreadable dashboard
 * answers an ordinary error; otherwise the answer is NDJSON, each line sent as soon as its
 * chart is ready. It is not compressed: a compressor would hold lines back until it has
 * enough bytes. A client that goes away stops the writing; the queries still finish and are
 * cached.
 */
export function registerDashboardDataRoutes(
  app: FastifyInstance,
  deps: DashboardDataRoutesDeps,
): void {
  app.post(
    DASHBOARD_CHART_DATA_PATH,
    { config: { access: requirePermission('can_read', 'Dashboard') }, compress: false },
    async (request, reply) => {
      const body = parseBody(dashboardDataRequestSchema, request.body);
      const plan = await deps.service.plan(request.actor, idOrSlugParam(request.params), body);
      const stream = Readable.from(ndjson(deps.service.lines(request.actor, plan)), {
        objectMode: false,
      });
      return reply
        .header('content-type', 'application/x-ndjson; charset=utf-8')
        .header('cache-control', 'no-store')
        .header('x-accel-buffering', 'no')
        .send(stream);
    },
  );
}
