import { EngineError } from '@superset-ts/engines';
import { ERROR_CATALOGUE, type DashboardDataLine } from '@superset-ts/shared';
import { errorBody } from '../../app/plugins/error-handler.js';
import { AppError } from '../../errors/app-error.js';
import type { QueryAnswer } from '../chart-data/chart-data.service.js';
import { presentChartData } from '../chart-data/chart-data.presenter.js';

/** A chart's `result` exactly as POST /api/v1/chart/data answers it. */
export function chartResultOf(answers: readonly QueryAnswer[]): Record<string, unknown>[] {
  return presentChartData(answers, 'json').result;
}

/**
 * A chart's line. Charts that shared a run share one `result` object, which the route
 * serialises once.
 */
export function chartLineOf(chartId: number, result: Record<string, unknown>[]): DashboardDataLine {
  return { type: 'chart', chart_id: chartId, result };
}

/**
 * A chart's error line, with the status and the error entry the API would answer (as the
 * error handler presents them). An error of no catalogue code is logged and shown as a
 * generic one, so no internal detail reaches the client.
 */
export function errorLineOf(
  chartId: number,
  error: unknown,
  logUnexpected: (error: unknown, chartId: number) => void,
): DashboardDataLine {
  const known = error instanceof AppError || error instanceof EngineError ? error : null;
  if (!known) logUnexpected(error, chartId);
  const code = known?.code ?? 'GENERIC_BACKEND_ERROR';
  const message = known?.message ?? ERROR_CATALOGUE.GENERIC_BACKEND_ERROR.message;
  const [shown = { message, error_type: code }] = errorBody(code, message, known?.extra).errors;
  return { type: 'error', chart_id: chartId, status: ERROR_CATALOGUE[code].status, error: shown };
}
