import { createServer } from 'node:net';
import { describeWithServices } from '../../domains/databases/test-support/live-database-services.js';

/** The Redis every development and CI machine runs. */
export const LIVE_REDIS = { host: '127.0.0.1', port: 6379, url: 'redis://127.0.0.1:6379/0' };

/**
 * Declares a suite that needs the live Redis: skipped with a warning when it does not
 * answer, failing instead under CI=true (the project's convention for live services).
 */
export function describeWithRedis(title: string, body: () => void): Promise<void> {
  const redis = {
    name: 'Redis',
    uri: LIVE_REDIS.url,
    host: LIVE_REDIS.host,
    port: LIVE_REDIS.port,
  };
  return describeWithServices([redis], title, body);
}

/** A key prefix no other test run uses, so runs can share the database. */
export function scratchPrefix(what: string): string {
  return `test_${what}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}:`;
}

/** A TCP port on 127.0.0.1 nothing listens on (bound, then closed). */
export function closedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
