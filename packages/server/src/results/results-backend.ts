/**
 * Where finished SQL Lab results wait to be fetched by key (Superset's RESULTS_BACKEND).
 * Values are opaque bytes (the codec decides their format); a missing or expired key reads
 * as null.
 */
export interface ResultsBackend {
  set(key: string, value: Buffer, timeoutSeconds: number | null): Promise<void>;
  get(key: string): Promise<Buffer | null>;
  delete(key: string): Promise<void>;
  /** Releases connections (Redis); the backend is unusable afterwards. */
  close(): Promise<void>;
}

/** A key is what the server generated (hex or uuid-like); anything else is refused. */
export function isResultsKey(key: string): boolean {
  return /^[A-Za-z0-9_-]{1,64}$/.test(key);
}
