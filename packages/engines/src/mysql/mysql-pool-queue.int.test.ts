import { expect, it } from 'vitest';
import { MARIADB_SPEC } from '../mariadb/mariadb.spec.js';
import { describeLive, LIVE_MARIADB } from '../test-support/live-services.js';
import { openLiveClient } from '../test-support/live-clients.js';

const uri = `mariadb://root@${LIVE_MARIADB.host}:${LIVE_MARIADB.port}/test`;

await describeLive(LIVE_MARIADB, 'MySQL/MariaDB pool queue (live)', () => {
  it('serves requests queued for a full pool beyond the connect timeout', async () => {
    const client = await openLiveClient(MARIADB_SPEC, uri, { poolSize: 2, connectTimeoutMs: 200 });
    try {
      const runs = Array.from({ length: 10 }, (_, i) =>
        client.execute(`SELECT ${i} AS n, SLEEP(0.3) AS slept`, { timeoutMs: 10_000 }),
      );
      const results = await Promise.all(runs);
      expect(results.map((result) => result.rows[0]?.[0])).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    } finally {
      await client.close();
    }
  });

  it('gives up waiting for a free connection at the run time limit and keeps the pool whole', async () => {
    const client = await openLiveClient(MARIADB_SPEC, uri, { poolSize: 1 });
    try {
      const busy = client.execute('SELECT SLEEP(0.6)');
      const started = Date.now();
      await expect(client.execute('SELECT 1', { timeoutMs: 150 })).rejects.toMatchObject({
        code: 'QUERY_TIMEOUT_ERROR',
      });
      expect(Date.now() - started).toBeLessThan(500);
      await busy;
      expect((await client.execute('SELECT 2')).rows).toEqual([[2]]);
    } finally {
      await client.close();
    }
  });
});
