import { createConnection } from 'node:net';
import { describe, it } from 'vitest';

/** A database server the integration tests connect to as an analytics database. */
export interface LiveDatabaseService {
  name: string;
  /** The SQLAlchemy URL of its `test` database, as a user would type it. */
  uri: string;
  host: string;
  port: number;
}

/** PostgreSQL, user postgres with trust authentication, database `test`. */
export const LIVE_POSTGRES: LiveDatabaseService = {
  name: 'PostgreSQL',
  uri: 'postgresql://postgres@127.0.0.1:5432/test',
  host: '127.0.0.1',
  port: 5432,
};

/** MariaDB, user root with an empty password, database `test`. */
export const LIVE_MARIADB: LiveDatabaseService = {
  name: 'MariaDB',
  uri: 'mysql://root@127.0.0.1:3306/test',
  host: '127.0.0.1',
  port: 3306,
};

function answers(service: LiveDatabaseService): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: service.host, port: service.port });
    const done = (isUp: boolean) => {
      socket.destroy();
      resolve(isUp);
    };
    socket.setTimeout(2_000, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

/**
 * Declares a suite that needs live database servers. When one does not answer the suite is
 * skipped with a warning, except under CI=true, where it fails (the project's convention).
 */
export async function describeWithServices(
  services: readonly LiveDatabaseService[],
  title: string,
  body: () => void,
): Promise<void> {
  const down: string[] = [];
  for (const service of services) {
    if (!(await answers(service))) down.push(`${service.name} at ${service.host}:${service.port}`);
  }
  if (down.length === 0) {
    describe(title, body);
    return;
  }
  const reason = `${down.join(', ')} does not answer`;
  if (process.env.CI === 'true') {
    describe(title, () => {
      it('needs its database services', () => {
        throw new Error(`${reason} and CI=true: these tests need it.`);
      });
    });
    return;
  }
  console.warn(`Skipping "${title}": ${reason}.`);
  describe.skip(title, body);
}
