import { catalogViewMenu, datasetViewMenu, schemaViewMenu } from './dataset-access.js';
import type { DatasetPerms } from './dataset-permissions.js';

/** The view menus of a dataset's permissions, from its database name and identity. */
export function datasetPermsOf(
  databaseName: string,
  dataset: { id: number; table_name: string; catalog: string | null; schema: string | null },
): DatasetPerms {
  return {
    perm: datasetViewMenu(databaseName, dataset.table_name, dataset.id),
    schema_perm: schemaViewMenu(databaseName, dataset.catalog, dataset.schema),
    catalog_perm: catalogViewMenu(databaseName, dataset.catalog),
  };
}
