import type { DatasetListItem, MyRoles } from '@superset-ts/shared';
import { buildMyRolesFor } from '../../../testing/build-my-roles';
import { mockApi } from '../../users/testing/mock-api';
import { buildDatasetDetail, buildDatasetItem } from './build-dataset';

/** `GET /api/v1/me/roles/` for a user who may or may not write datasets. */
export function rolesWithDatasets(canWrite: boolean): MyRoles {
  const pairs: [string, string][] = [['can_read', 'Dataset']];
  if (canWrite) pairs.push(['can_write', 'Dataset']);
  return buildMyRolesFor({ [canWrite ? 'Admin' : 'Gamma']: pairs });
}

/**
 * The datasets API answering the list page: the list (`orders` unless told), the detail of
 * dataset 11, its related objects and the user's roles; `extra` adds or replaces routes.
 */
export function datasetsApi(
  options: { canWrite?: boolean; datasets?: DatasetListItem[] } = {},
  extra: Parameters<typeof mockApi>[0] = {},
) {
  const datasets = options.datasets ?? [buildDatasetItem()];
  return mockApi({
    'GET /api/v1/dataset/': () => ({
      body: { count: datasets.length, ids: datasets.map((d) => d.id), result: datasets },
    }),
    'GET /api/v1/dataset/11': () => ({ body: { id: 11, result: buildDatasetDetail() } }),
    'GET /api/v1/dataset/11/related_objects': () => ({
      body: {
        charts: { count: 1, result: [{ id: 5, slice_name: 'Orders per day', viz_type: 'line' }] },
        dashboards: {
          count: 1,
          result: [{ id: 6, json_metadata: null, slug: null, title: 'Sales' }],
        },
      },
    }),
    'GET /api/v1/me/roles/': () => ({
      body: { result: rolesWithDatasets(options.canWrite ?? true) },
    }),
    ...extra,
  });
}
