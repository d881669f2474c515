import { DASHBOARD_API_PATH, encodeRison, relatedFieldResponseSchema } from '@superset-ts/shared';
import { getJson } from '../../../api/json-request';
import type { RelatedSelectChoice } from '../../../components/RelatedSelect';

/** Where the Owner filter finds users: the dashboards API's `related/owners` (first 100). */
export const dashboardOwnerSource = {
  queryKey: ['dashboards', 'choices', 'owners'],
  fetchChoices: async (filter: string): Promise<readonly RelatedSelectChoice[]> => {
    const query = encodeURIComponent(encodeRison({ filter, page: 0, page_size: 100 }));
    const url = `${DASHBOARD_API_PATH}related/owners?q=${query}`;
    return (await getJson(url, relatedFieldResponseSchema)).result;
  },
};
