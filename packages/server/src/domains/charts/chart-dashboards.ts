import type { Actor } from '../../security/access/actor.js';
import { ChartInvalidError } from './chart.errors.js';

/** A dashboard a chart is on, as the chart API shows it. */
export interface ChartDashboardRef {
  id: number;
  dashboard_title: string;
}

/** What charts need of dashboards (the dashboards domain implements it). */
export interface ChartDashboards {
  /** The dashboards, among those the actor may see, each chart is on. */
  dashboardsOf(
    actor: Actor,
    chartIds: readonly number[],
  ): Promise<Map<number, ChartDashboardRef[]>>;
  /**
   * Throws unless the actor may put the chart (null: a new one) on every dashboard named that
   * it is not on yet: each must exist and be visible (422 otherwise) and be owned by the actor
   * unless they are an Admin (403).
   */
  requireAddable(
    actor: Actor,
    chartId: number | null,
    dashboardIds: readonly number[],
  ): Promise<void>;
  /** Puts the chart on the dashboards it is not on yet, each in a new row at the end. */
  addChart(actor: Actor, chartId: number, dashboardIds: readonly number[]): Promise<void>;
}

/** Before dashboards are wired: charts are on none, and naming one is refused. */
export const NO_CHART_DASHBOARDS: ChartDashboards = {
  dashboardsOf: () => Promise.resolve(new Map()),
  requireAddable(_actor, _chartId, dashboardIds) {
    if (dashboardIds.length === 0) return Promise.resolve();
    return Promise.reject(
      new ChartInvalidError({
        dashboards: [`No dashboard has the id ${dashboardIds.join(', ')}.`],
      }),
    );
  },
  addChart: () => Promise.resolve(),
};
