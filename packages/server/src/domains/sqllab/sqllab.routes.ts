import type { FastifyInstance } from 'fastify';
import {
  SQLLAB_API_PATH,
  executeSqlSchema,
  resultsQuerySchema,
  type SqlLabResults,
} from '@superset-ts/shared';
import { parseBody, parseListQuery } from '../../app/validation/request-input.js';
import { AppError } from '../../errors/app-error.js';
import type { Actor } from '../../security/access/actor.js';
import { requirePermission, withAccess } from '../../security/access/route-access.js';
import type { ExecuteSqlCommand } from './execute-sql.command.js';
import type { CsvDownload } from './export-csv.js';
import { presentResults } from './fetch-results.js';

const canExecute = withAccess(requirePermission('can_execute_sql_query', 'SQLLab'));
const canGetResults = withAccess(requirePermission('can_get_results', 'SQLLab'));
const canExportCsv = withAccess(requirePermission('can_export_csv', 'SQLLab'));

/** What the SQL Lab execution routes call. */
export interface SqlLabRoutesDeps {
  executeSql: ExecuteSqlCommand;
  fetchResults(actor: Actor, key: string, rows: number | undefined): Promise<SqlLabResults>;
  exportCsv(actor: Actor, clientId: string): Promise<CsvDownload>;
  displayMaxRow: number;
}

/** RFC 6266 Content-Disposition for a name that is already plain ASCII. */
function attachment(filename: string): string {
  const encoded = encodeURIComponent(filename);
  return `attachment; filename="${encoded}"; filename*=UTF-8''${encoded}`;
}

/**
 * SQL Lab's execution API (`/api/v1/sqllab/`): run SQL (200 with the rows, 202 when queued),
 * fetch stored results by key, and download a run's rows as CSV.
 */
export function registerSqlLabRoutes(app: FastifyInstance, deps: SqlLabRoutesDeps): void {
  const base = SQLLAB_API_PATH;

  app.post(`${base}execute/`, canExecute, async (request, reply) => {
    const answer = await deps.executeSql(request.actor, parseBody(executeSqlSchema, request.body));
    if (answer.kind === 'queued') return reply.status(202).send({ query: answer.query });
    const { outcome } = answer;
    if (!outcome.ok) throw outcome.failure.error;
    return presentResults(outcome.query, outcome.results, deps.displayMaxRow);
  });

  app.get(`${base}results/`, canGetResults, async (request) => {
    const query = parseListQuery(resultsQuerySchema, request.query);
    return deps.fetchResults(request.actor, query.key, query.rows);
  });

  app.get(`${base}export/:client_id/`, canExportCsv, async (request, reply) => {
    const clientId = (request.params as { client_id?: string }).client_id ?? '';
    if (!/^[A-Za-z0-9_-]{1,11}$/.test(clientId)) throw new AppError('RESOURCE_NOT_FOUND');
    const download = await deps.exportCsv(request.actor, clientId);
    return reply
      .header('Content-Type', 'text/csv; charset=utf-8')
      .header('Content-Disposition', attachment(download.filename))
      .send(download.body);
  });
}
