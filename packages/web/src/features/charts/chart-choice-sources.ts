import { fetchChartOwnerChoices } from '../../api/charts';
import { fetchDashboards } from '../../api/dashboards';
import { fetchDatasets } from '../../api/datasets';
import type { RelatedSelectChoice } from '../../components/RelatedSelect';

/** Where the Owner filter finds users: the charts API's `related/owners`. */
export const chartOwnerSource = {
  queryKey: ['charts', 'choices', 'owners'],
  fetchChoices: (filter: string): Promise<readonly RelatedSelectChoice[]> =>
    fetchChartOwnerChoices(filter),
};

/**
 * Where the Dataset filter finds datasets: the datasets the user can read whose name contains
 * the text, by name (Superset's chart list asks the dataset list the same way).
 */
export const chartDatasetSource = {
  queryKey: ['charts', 'choices', 'datasets'],
  fetchChoices: async (filter: string): Promise<readonly RelatedSelectChoice[]> => {
    const page = await fetchDatasets({
      filters: filter ? [{ col: 'table_name', opr: 'ct', value: filter }] : [],
      order_column: 'table_name',
      order_direction: 'asc',
      page: 0,
      page_size: 100,
    });
    return page.result.map((dataset) => ({ value: dataset.id, text: dataset.table_name }));
  },
};

/**
 * Where the Dashboard filter finds dashboards: those the user can see whose title contains the
 * text, by title (Superset's chart list asks the dashboard list the same way).
 */
export const chartDashboardSource = {
  queryKey: ['charts', 'choices', 'dashboards'],
  fetchChoices: async (filter: string): Promise<readonly RelatedSelectChoice[]> => {
    const page = await fetchDashboards({
      filters: filter ? [{ col: 'dashboard_title', opr: 'ct', value: filter }] : [],
      order_column: 'dashboard_title',
      order_direction: 'asc',
      page: 0,
      page_size: 100,
    });
    return page.result.map((dashboard) => ({
      value: dashboard.id,
      text: dashboard.dashboard_title,
    }));
  },
};
