/** The rows with the one keyed `key` changed by `patch`. */
export function patchRow<Row extends { key: string }>(
  rows: readonly Row[],
  key: string,
  patch: Partial<Row>,
): Row[] {
  return rows.map((row) => (row.key === key ? { ...row, ...patch } : row));
}

/** The rows without the one keyed `key`. */
export function removeRow<Row extends { key: string }>(rows: readonly Row[], key: string): Row[] {
  return rows.filter((row) => row.key !== key);
}
