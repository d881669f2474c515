import { readdir, readFile, readlink } from 'node:fs/promises';
import type pg from 'pg';

/** PostgreSQL's port, as the analytics URI names it. */
const POSTGRES_PORT = 5432;

/** Socket inodes of a process's open file descriptors (`socket:[12345]`). */
async function socketInodes(pid: number): Promise<Set<string>> {
  const inodes = new Set<string>();
  const fds = await readdir(`/proc/${pid}/fd`).catch(() => [] as string[]);
  for (const fd of fds) {
    const target = await readlink(`/proc/${pid}/fd/${fd}`).catch(() => '');
    const match = /^socket:\[(\d+)\]$/.exec(target);
    if (match?.[1] !== undefined) inodes.add(match[1]);
  }
  return inodes;
}

/**
 * Local ports of the TCP connections in a `/proc/net/tcp` text whose remote port is
 * `remotePort` and whose socket inode is one of `inodes`.
 */
export function connectedLocalPorts(
  tcpTable: string,
  inodes: ReadonlySet<string>,
  remotePort: number,
): number[] {
  const ports: number[] = [];
  for (const line of tcpTable.split('\n').slice(1)) {
    const fields = line.trim().split(/\s+/);
    const local = fields[1];
    const remote = fields[2];
    const inode = fields[9];
    if (local === undefined || remote === undefined || inode === undefined) continue;
    if (!inodes.has(inode)) continue;
    if (parseInt(remote.split(':')[1] ?? '', 16) !== remotePort) continue;
    ports.push(parseInt(local.split(':')[1] ?? '', 16));
  }
  return ports;
}

/**
 * The pids of the PostgreSQL backends serving `serverPid`'s connections: its sockets to
 * port 5432 (from /proc), matched to `pg_stat_activity.client_port`. Other sessions on the
 * same database (other benchmarks, other helpers) are left out, which summing every
 * backend's CPU would not do. Linux only, PostgreSQL on this machine.
 */
export async function productBackendPids(pool: pg.Pool, serverPid: number): Promise<number[]> {
  const inodes = await socketInodes(serverPid);
  const tables = await Promise.all(
    ['tcp', 'tcp6'].map((name) =>
      readFile(`/proc/${serverPid}/net/${name}`, 'utf8').catch(() => ''),
    ),
  );
  const ports = tables.flatMap((table) => connectedLocalPorts(table, inodes, POSTGRES_PORT));
  if (ports.length === 0) return [];
  const backends = await pool.query<{ pid: number }>(
    `SELECT pid FROM pg_stat_activity
      WHERE backend_type = 'client backend' AND client_port = ANY($1::int[])`,
    [ports],
  );
  return backends.rows.map((row) => row.pid).sort((a, b) => a - b);
}
