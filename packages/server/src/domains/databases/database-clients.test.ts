import type { EngineClient } from '@superset-ts/engines';
import { describe, expect, it, vi } from 'vitest';
import { createDatabaseClients } from './database-clients.js';
import type { DatabaseRecord } from './database.record.js';

function record(overrides: Partial<DatabaseRecord> = {}): DatabaseRecord {
  return {
    id: 1,
    uuid: 'u',
    database_name: 'db',
    verbose_name: null,
    sqlalchemy_uri: 'postgresql://u@h/d',
    password: null,
    cache_timeout: null,
    expose_in_sqllab: true,
    allow_run_async: false,
    allow_ctas: false,
    allow_cvas: false,
    allow_dml: false,
    force_ctas_schema: null,
    allow_file_upload: false,
    extra: null,
    encrypted_extra: null,
    impersonate_user: false,
    server_cert: null,
    configuration_method: 'sqlalchemy_form',
    is_managed_externally: false,
    external_url: null,
    created_on: null,
    changed_on: new Date('2024-01-01T00:00:00Z'),
    created_by: null,
    changed_by: null,
    ...overrides,
  };
}

/** A client that counts how often it was closed. */
function fakeClient(): { client: EngineClient; closes: () => number } {
  let closes = 0;
  const client = {
    close: () => {
      closes += 1;
      return Promise.resolve();
    },
  } as unknown as EngineClient;
  return { client, closes: () => closes };
}

describe('pooled clients per saved database', () => {
  it('opens once per database and reuses the pool while the row is unchanged', async () => {
    const open = vi.fn(() => Promise.resolve(fakeClient().client));
    const clients = createDatabaseClients(open);
    const [first, second] = await Promise.all([
      clients.clientFor(record()),
      clients.clientFor(record()),
    ]);
    expect(first).toBe(second);
    await clients.clientFor(record({ id: 2 }));
    expect(open).toHaveBeenCalledTimes(2);
  });

  it('replaces the pool, closing the old one, when the row changed', async () => {
    const opened: ReturnType<typeof fakeClient>[] = [];
    const clients = createDatabaseClients(() => {
      const fake = fakeClient();
      opened.push(fake);
      return Promise.resolve(fake.client);
    });
    const before = await clients.clientFor(record());
    const after = await clients.clientFor(
      record({ sqlalchemy_uri: 'postgresql://u@other/d', changed_on: new Date() }),
    );
    expect(after).not.toBe(before);
    await vi.waitFor(() => expect(opened[0]?.closes()).toBe(1));
    expect(opened[1]?.closes()).toBe(0);
  });

  it('closes on release and on closeAll, and retries a pool that failed to open', async () => {
    const opened: ReturnType<typeof fakeClient>[] = [];
    let isFailing = true;
    const clients = createDatabaseClients(() => {
      if (isFailing) return Promise.reject(new Error('down'));
      const fake = fakeClient();
      opened.push(fake);
      return Promise.resolve(fake.client);
    });
    await expect(clients.clientFor(record())).rejects.toThrow('down');
    isFailing = false;
    await clients.clientFor(record());
    await clients.clientFor(record({ id: 2 }));
    await clients.release(1);
    expect(opened[0]?.closes()).toBe(1);
    await clients.closeAll();
    expect(opened[1]?.closes()).toBe(1);
    expect(opened[0]?.closes()).toBe(1);
  });
});
