/** Where the live tests find ClickHouse's HTTP interface (CI starts Debian's server there). */
export const CLICKHOUSE_HOST = process.env.CLICKHOUSE_HOST ?? '127.0.0.1';
export const CLICKHOUSE_PORT = Number(process.env.CLICKHOUSE_PORT ?? 8123);

const PROBE_TIMEOUT_MS = 2000;

/**
 * Whether ClickHouse answers its `/ping`. In CI (`CI=true`) a silent server is a failure that
 * names the service; on a developer machine the live tests are skipped with a warning.
 */
export async function isClickHouseAvailable(): Promise<boolean> {
  const where = `${CLICKHOUSE_HOST}:${CLICKHOUSE_PORT}`;
  try {
    const response = await fetch(`http://${where}/ping`, {
      signal: AbortSignal.timeout(PROBE_TIMEOUT_MS),
    });
    if (response.ok) return true;
  } catch {
    // Reported below, the same as a server answering with an error.
  }
  if (process.env.CI === 'true') {
    throw new Error(
      `ClickHouse does not answer on http://${where}/ping: CI must start clickhouse-server (see .ci/run).`,
    );
  }
  console.warn(`ClickHouse does not answer on ${where}: skipping the live ClickHouse tests.`);
  return false;
}
