import { it } from 'vitest';
import { openLiveClient } from '../test-support/live-clients.js';
import { MARIADB_SPEC } from './mariadb.spec.js';
it('probe', async () => {
  const c = await openLiveClient(MARIADB_SPEC, 'mariadb://root@127.0.0.1:3306/test');
  await c.execute('CREATE TABLE IF NOT EXISTS infile_probe2 (line TEXT)');
  const e = await c.execute(`LOAD DATA LOCAL INFILE '/etc/hostname' INTO TABLE infile_probe2`).catch((x: unknown) => x);
  console.log('ERR', e);
  let id = '';
  const f = c.execute('SELECT SLEEP(5)', { onCancelId: (i) => (id = i) }).catch((x: unknown) => x);
  await new Promise((r) => setTimeout(r, 300));
  console.log(await c.cancelQuery(id), await f);
  await c.execute('DROP TABLE infile_probe2');
  await c.close();
});
