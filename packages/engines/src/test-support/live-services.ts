import { createConnection } from 'node:net';
import { describe, it } from 'vitest';

/** A database server the live tests need. */
export interface LiveService {
  name: string;
  host: string;
  port: number;
}

/** PostgreSQL with trust authentication for `postgres` on 127.0.0.1 (database `test` exists). */
export const LIVE_POSTGRES: LiveService = { name: 'PostgreSQL', host: '127.0.0.1', port: 5432 };

/** MariaDB with `root` and an empty password on 127.0.0.1 (database `test` exists). */
export const LIVE_MARIADB: LiveService = { name: 'MariaDB', host: '127.0.0.1', port: 3306 };

/** ClickHouse's HTTP interface (CI starts Debian's clickhouse-server there). */
export const LIVE_CLICKHOUSE: LiveService = {
  name: 'ClickHouse',
  host: process.env.CLICKHOUSE_HOST ?? '127.0.0.1',
  port: Number(process.env.CLICKHOUSE_PORT ?? 8123),
};

/** Whether something accepts TCP connections on the service's port within `timeoutMs`. */
export function isServiceUp(service: LiveService, timeoutMs = 2_000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: service.host, port: service.port });
    const done = (isUp: boolean) => {
      socket.destroy();
      resolve(isUp);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

/**
 * Declares a suite that needs a live server. When the server does not answer, the suite is
 * skipped with a warning naming it; in CI (`CI=true`) it fails instead, so a missing service
 * cannot pass silently.
 */
export async function describeLive(
  service: LiveService,
  title: string,
  body: () => void,
): Promise<void> {
  if (await isServiceUp(service)) {
    describe(title, body);
    return;
  }
  const where = `${service.name} at ${service.host}:${service.port}`;
  if (process.env.CI === 'true') {
    describe(title, () => {
      it(`needs ${where}`, () => {
        throw new Error(`${where} does not answer; the live tests need it in CI.`);
      });
    });
    return;
  }
  console.warn(`Skipping "${title}": ${where} does not answer.`);
  describe.skip(title, body);
}

/** A database name no other test run uses. */
export function scratchName(prefix: string): string {
  return `${prefix}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
}
