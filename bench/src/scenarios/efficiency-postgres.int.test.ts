import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  describeLive,
  LIVE_POSTGRES,
} from '../../../packages/engines/src/test-support/live-services.js';
import { connectedLocalPorts, productBackendPids } from './efficiency-postgres.js';

it('finds the local ports of a process’s connections to a remote port in /proc/net/tcp', () => {
  const table = [
    '  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode',
    '   0: 0100007F:C350 0100007F:1538 01 00000000:00000000 00:00000000 00000000     0        0 1111 1 0 20 4 30 10 -1',
    '   1: 0100007F:C351 0100007F:18EB 01 00000000:00000000 00:00000000 00000000     0        0 2222 1 0 20 4 30 10 -1',
    '   2: 0100007F:C352 0100007F:1538 01 00000000:00000000 00:00000000 00000000     0        0 3333 1 0 20 4 30 10 -1',
  ].join('\n');
  // Inode 3333 belongs to another process; 2222 is a connection to Redis (6379).
  expect(connectedLocalPorts(table, new Set(['1111', '2222']), 5432)).toEqual([0xc350]);
});

await describeLive(LIVE_POSTGRES, 'the PostgreSQL backends serving a process', () => {
  let client: pg.Client;
  let pool: pg.Pool;
  beforeAll(async () => {
    client = new pg.Client({ connectionString: 'postgresql://postgres@127.0.0.1:5432/test' });
    await client.connect();
    pool = new pg.Pool({ connectionString: 'postgresql://postgres@127.0.0.1:5432/test', max: 1 });
  });
  afterAll(async () => {
    await client.end();
    await pool.end();
  });

  it('are found through the process’s own sockets', async () => {
    const own = await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
    const pids = await productBackendPids(pool, process.pid);
    // This process holds both connections: the client's and the pool's.
    expect(pids).toContain(own.rows[0]?.pid);
    const other = await productBackendPids(pool, 1);
    expect(other).not.toContain(own.rows[0]?.pid);
  });
});
