import { useQuery } from '@tanstack/react-query';
import { fetchSchemas, fetchTableMetadata, fetchTables } from '../../api/sqllab';

const METADATA_KEY = ['sqllab', 'metadata'] as const;
/** Metadata changes rarely; the browser keeps it for the session unless refreshed. */
const METADATA_STALE_MS = 5 * 60_000;

/** A database's schemas; idle without a database. */
export function useSchemas(databaseId: number | null) {
  return useQuery({
    queryKey: [...METADATA_KEY, databaseId, 'schemas'],
    queryFn: () => fetchSchemas(databaseId ?? -1),
    enabled: databaseId !== null,
    staleTime: METADATA_STALE_MS,
  });
}

/** A schema's tables and views; idle without a database and schema. */
export function useTables(databaseId: number | null, schema: string | null) {
  return useQuery({
    queryKey: [...METADATA_KEY, databaseId, 'tables', schema],
    queryFn: () => fetchTables(databaseId ?? -1, schema ?? ''),
    enabled: databaseId !== null && schema !== null,
    staleTime: METADATA_STALE_MS,
  });
}

/** A table's columns and preview SQL, fetched once the table is expanded. */
export function useTableMetadata(
  databaseId: number,
  schema: string | null,
  table: string,
  isEnabled: boolean,
) {
  return useQuery({
    queryKey: [...METADATA_KEY, databaseId, 'table', schema, table],
    queryFn: () => fetchTableMetadata(databaseId, table, schema),
    enabled: isEnabled,
    staleTime: METADATA_STALE_MS,
  });
}
