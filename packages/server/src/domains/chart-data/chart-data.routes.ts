import type { FastifyInstance, FastifyReply } from 'fastify';
import formBody from '@fastify/formbody';
import {
  CHART_DATA_API_PATH,
  CHART_DATA_RESULT_FORMATS,
  CHART_DATA_RESULT_TYPES,
  queryContextSchema,
  type QueryContext,
} from '@superset-ts/shared';
import { parseBody, parseIdParam } from '../../app/validation/request-input.js';
import { AppError } from '../../errors/app-error.js';
import type { CsvExportSettings } from '../../result-formats/index.js';
import type { Actor } from '../../security/access/actor.js';
import { requirePermission, withAccess } from '../../security/access/route-access.js';
import type { ChartsCapability } from '../charts/register-charts.js';
import { chartDataFile } from './chart-data-files.js';
import { presentChartData } from './chart-data.presenter.js';
import type { ChartDataService, ChartForData } from './chart-data.service.js';
import { downloadHeaders, exportBaseName } from './download-headers.js';

const canReadCharts = withAccess(requirePermission('can_read', 'Chart'));

/** The saved chart's data, by the query context it was saved with (Superset's `get_data`). */
export const CHART_DATA_BY_ID_PATH = '/api/v1/chart/:pk/data/';

/** What the chart data routes use. */
export interface ChartDataRoutesDeps {
  service: ChartDataService;
  /** Saved charts; null until the charts capability is wired (the GET route is then absent). */
  charts: Pick<ChartsCapability, 'getChartForData'> | null;
  csv: CsvExportSettings;
  /** Whether the actor may download CSV/XLSX (`can_csv`, or `can_export_data` under GRANULAR_EXPORT_CONTROLS). */
  canExport(actor: Actor): boolean;
  now: () => Date;
}

/** A request body: JSON, or a form whose `form_data` field holds the JSON (CSV export forms). */
function queryContextBody(body: unknown): unknown {
  if (body && typeof body === 'object' && 'form_data' in body && !('queries' in body)) {
    const text = body.form_data;
    if (typeof text !== 'string') return body;
    try {
      return JSON.parse(text);
    } catch {
      throw new AppError('INVALID_PAYLOAD_FORMAT_ERROR', 'The form_data field is not JSON.');
    }
  }
  return body;
}

function flag(value: unknown): boolean {
  return typeof value === 'string' && ['true', '1', 'yes'].includes(value.toLowerCase());
}

function oneOf<T extends string>(
  value: unknown,
  allowed: readonly T[],
  fallback: T,
  name: string,
): T {
  if (value === undefined || value === '') return fallback;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value))
    return value as T;
  throw new AppError(
    'INVALID_PAYLOAD_SCHEMA_ERROR',
    `The ${name} parameter must be one of ${allowed.join(', ')}.`,
  );
}

/**
 * `POST /api/v1/chart/data` (a query context) and `GET /api/v1/chart/{pk}/data/` (the saved
 * chart's), both `can_read` on Chart as in Superset; the data access of each query is checked
 * by the service. JSON answers `{result: [...]}`; CSV and XLSX answer a file.
 */
export async function registerChartDataRoutes(
  app: FastifyInstance,
  deps: ChartDataRoutesDeps,
): Promise<void> {
  const answer = async (
    actor: Actor,
    context: QueryContext,
    reply: FastifyReply,
    chart?: ChartForData & { sliceName: string; vizType: string },
    filename?: unknown,
  ) => {
    const format = context.result_format ?? 'json';
    if (format !== 'json' && !deps.canExport(actor)) {
      throw new AppError('ACCESS_DENIED', 'You do not have permission to download chart data.');
    }
    const answers = await deps.service.run(actor, context, chart);
    if (format === 'json') return reply.send(presentChartData(answers, format));
    const file = await chartDataFile(answers, format, deps.csv);
    const name = exportBaseName(
      {
        filename,
        sliceName: context.form_data?.slice_name ?? chart?.sliceName,
        vizType: context.form_data?.viz_type ?? chart?.vizType,
      },
      deps.now(),
    );
    return reply.headers(downloadHeaders(file.kind, name)).send(file.body);
  };

  // Awaited so the route exists (and is in the route table) when registration returns.
  await app.register(async (scope) => {
    // Superset's CSV export posts a form whose `form_data` field holds the query context.
    if (!scope.hasContentTypeParser('application/x-www-form-urlencoded')) {
      await scope.register(formBody);
    }
    scope.post(CHART_DATA_API_PATH, canReadCharts, async (request, reply) => {
      const context = parseBody(queryContextSchema, queryContextBody(request.body));
      const filename = (request.body as { filename?: unknown } | null)?.filename;
      return answer(request.actor, context, reply, undefined, filename);
    });
  });

  const { charts } = deps;
  if (!charts) return;
  app.get(CHART_DATA_BY_ID_PATH, canReadCharts, async (request, reply) => {
    const chart = await charts.getChartForData(request.actor, parseIdParam(request.params));
    if (!chart.query_context) throw new AppError('CHART_QUERY_CONTEXT_MISSING_ERROR');
    const query = request.query as Record<string, unknown>;
    const context = parseBody(queryContextSchema, {
      ...chart.query_context,
      result_format: oneOf(query.format, CHART_DATA_RESULT_FORMATS, 'json', 'format'),
      result_type: oneOf(query.type, CHART_DATA_RESULT_TYPES, 'full', 'type'),
      force: flag(query.force),
    });
    const forData = {
      id: chart.id,
      cacheTimeout: chart.cache_timeout,
      sliceName: chart.slice_name,
      vizType: chart.viz_type,
    };
    return answer(request.actor, context, reply, forData);
  });
}
