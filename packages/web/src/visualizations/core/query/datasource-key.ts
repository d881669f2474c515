import { DATASOURCE_TYPES } from '@superset-ts/shared';

type DatasourceType = (typeof DATASOURCE_TYPES)[number];

/** A query context's `datasource`: `{id, type}`. */
export type DatasourceRef = {
  id: number;
  type: DatasourceType;
};

/**
 * Reads form data's `datasource` key, `"<id>__<type>"` (Superset's `DatasourceKey`), or null
 * when it is missing or malformed.
 */
export function parseDatasourceKey(key: unknown): DatasourceRef | null {
  if (typeof key !== 'string') return null;
  const match = /^(\d+)__([a-z_]+)$/.exec(key);
  if (!match) return null;
  const id = Number(match[1]);
  const type = DATASOURCE_TYPES.find((candidate) => candidate === match[2]);
  return id > 0 && type ? { id, type } : null;
}
