import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import {
  DATABASES_API_PATH as URL,
  PASSWORD_MASK,
  type DatabaseDetail,
  type DatabaseListItem,
} from '@superset-ts/shared';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { addUser } from '../../app/test-support/test-app.js';
import { ensurePermissionPairs } from '../../security/roles/permission-store.js';
import { createSecretCipher } from '../../security/secrets/secret-cipher.js';
import { loginHeaders } from '../session/test-support/session-client.js';
import { pairIdOf } from '../users/test-support/security-api-client.js';
import {
  startDatabaseApiTestApp,
  TEST_USER_PASSWORD,
  type DatabaseApiTestApp,
} from './test-support/database-api-test-app.js';
import { describeWithServices, LIVE_POSTGRES } from './test-support/live-database-services.js';

const CANARY = 'Canary-Pw-7f3a9c';
const WITH_CANARY = `postgresql://postgres:${CANARY}@127.0.0.1:5432/test`;

type Detail = { id: number; result: DatabaseDetail };
type ErrorBody = { message: string; errors: { error_type: string; extra?: unknown }[] };

await describeWithServices([LIVE_POSTGRES], 'database API (/api/v1/database/)', () => {
  let api: DatabaseApiTestApp;
  const bodies: string[] = [];
  const call = async (...args: Parameters<DatabaseApiTestApp['as']>) => {
    const response = await api.as(...args);
    bodies.push(response.body);
    return response;
  };
  const create = async (name: string, extra: Record<string, unknown> = {}) => {
    const response = await call(api.admin, 'POST', URL, {
      database_name: name,
      sqlalchemy_uri: WITH_CANARY,
      ...extra,
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json<Detail>();
  };
  const rawRow = (id: number) =>
    api.t.metadataDb.kysely
      .selectFrom('dbs')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
  const viewMenus = async () =>
    (await api.t.metadataDb.kysely.selectFrom('ab_view_menu').select('name').execute()).map(
      (row) => row.name,
    );

  beforeAll(async () => {
    api = await startDatabaseApiTestApp();
  });
  afterAll(async () => {
    const everything = [...bodies, api.log()].join('\n');
    await api.t.close();
    expect(api.log()).toContain('"url":"/api/v1/database/"');
    // The canary password went into creates, updates and tests: it must come back nowhere.
    expect(everything).not.toContain(CANARY);
  });

  it('creates a database after testing it, storing the password encrypted and answering it masked', async () => {
    const { id, result } = await create('sales', {
      extra: JSON.stringify({ engine_params: { connect_args: { connect_timeout: 5 } } }),
      allow_dml: true,
    });
    expect(result).toMatchObject({
      database_name: 'sales',
      sqlalchemy_uri: `postgresql://postgres:${PASSWORD_MASK}@127.0.0.1:5432/test`,
      backend: 'postgresql',
      engine: 'postgresql',
      allow_dml: true,
      expose_in_sqllab: true,
      configuration_method: 'sqlalchemy_form',
      parameters: { host: '127.0.0.1', port: 5432, database: 'test', password: PASSWORD_MASK },
      allows_subquery: true,
    });
    const row = await rawRow(id);
    expect(row.sqlalchemy_uri).not.toContain(CANARY);
    expect(row.password).toMatch(/^v1:/);
    expect(createSecretCipher(api.t.config.SECRET_KEY).decrypt(row.password ?? '')).toBe(CANARY);
    expect(await viewMenus()).toContain(`[sales].(id:${id})`);

    const duplicate = await call(api.admin, 'POST', URL, {
      database_name: 'sales',
      sqlalchemy_uri: WITH_CANARY,
    });
    expect(duplicate.statusCode).toBe(422);
    expect(duplicate.json<ErrorBody>().errors[0]?.error_type).toBe('DATABASE_ALREADY_EXISTS');
  });

  it('lists and shows databases masked, filtered by Rison', async () => {
    const { id } = await create('inventory');
    const list = await call(api.admin, 'GET', URL);
    const body = list.json<{ count: number; ids: number[]; result: DatabaseListItem[] }>();
    expect(body.result.map((db) => db.database_name)).toEqual(
      expect.arrayContaining(['sales', 'inventory']),
    );
    expect(body.result.find((db) => db.id === id)).toMatchObject({
      backend: 'postgresql',
      created_by: { first_name: 'Test', last_name: 'User' },
      changed_on_delta_humanized: 'just now',
    });
    const q = encodeURIComponent('(filters:!((col:database_name,opr:ct,value:invent)))');
    const filtered = (await call(api.admin, 'GET', `${URL}?q=${q}`)).json<{ ids: number[] }>();
    expect(filtered.ids).toEqual([id]);
    const shown = await call(api.admin, 'GET', `${URL}${id}`);
    expect(shown.json<Detail>().result.sqlalchemy_uri).toContain(PASSWORD_MASK);
    const connection = await call(api.admin, 'GET', `${URL}${id}/connection`);
    expect(connection.json<Detail>().result.parameters).toMatchObject({ password: PASSWORD_MASK });
  });

  it('keeps the stored password when an update sends the mask, and replaces it when one is typed', async () => {
    const { id, result } = await create('to_edit');
    const cipher = createSecretCipher(api.t.config.SECRET_KEY);
    const kept = await call(api.admin, 'PUT', `${URL}${id}`, {
      database_name: 'edited',
      sqlalchemy_uri: result.sqlalchemy_uri,
      allow_run_async: true,
    });
    expect(kept.statusCode, kept.body).toBe(200);
    expect(kept.json<Detail>().result).toMatchObject({
      database_name: 'edited',
      allow_run_async: true,
    });
    expect(cipher.decrypt((await rawRow(id)).password ?? '')).toBe(CANARY);
    expect(await viewMenus()).toContain(`[edited].(id:${id})`);
    expect(await viewMenus()).not.toContain(`[to_edit].(id:${id})`);

    const movedHost = await call(api.admin, 'PUT', `${URL}${id}`, {
      sqlalchemy_uri: `postgresql://postgres:${PASSWORD_MASK}@evil.example.com:5432/test`,
    });
    expect(movedHost.statusCode).toBe(422);
    expect(movedHost.json<ErrorBody>().errors[0]).toMatchObject({
      error_type: 'CONNECTION_MISSING_PARAMETERS_ERROR',
      extra: { missing: ['password'] },
    });

    await call(api.admin, 'PUT', `${URL}${id}`, {
      sqlalchemy_uri: 'postgresql://postgres:another-pw@127.0.0.1:5432/test',
    });
    expect(cipher.decrypt((await rawRow(id)).password ?? '')).toBe('another-pw');
  });

  it('masks encrypted_extra and merges the masks back on update', async () => {
    const { id, result } = await create('with_secret_extra', {
      masked_encrypted_extra: JSON.stringify({ token: `${CANARY}-extra`, region: 'eu' }),
    });
    expect(JSON.parse(result.masked_encrypted_extra ?? '{}')).toEqual({
      token: PASSWORD_MASK,
      region: PASSWORD_MASK,
    });
    const pem = '-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIU\n-----END CERTIFICATE-----\n';
    const updated = await call(api.admin, 'PUT', `${URL}${id}`, {
      masked_encrypted_extra: JSON.stringify({ token: PASSWORD_MASK, region: 'us' }),
      server_cert: pem,
    });
    expect(updated.json<Detail>().result.server_cert).toBe(pem);
    const row = await rawRow(id);
    const cipher = createSecretCipher(api.t.config.SECRET_KEY);
    expect(row.encrypted_extra).toMatch(/^v1:/);
    expect(JSON.parse(cipher.decrypt(row.encrypted_extra ?? ''))).toEqual({
      token: `${CANARY}-extra`,
      region: 'us',
    });
    expect(row.server_cert).toMatch(/^v1:/);
    expect(cipher.decrypt(row.server_cert ?? '')).toBe(pem);
    const notPem = await call(api.admin, 'PUT', `${URL}${id}`, { server_cert: '/etc/ssl/ca.pem' });
    expect(notPem.statusCode).toBe(400);
    expect(notPem.json<ErrorBody>().errors[0]?.error_type).toBe('UNKNOWN_CONNECTION_PARAMETER');
  });

  it('builds the URL from the parameters form and shows the form back', async () => {
    const response = await call(api.admin, 'POST', URL, {
      database_name: 'from_form',
      configuration_method: 'dynamic_form',
      engine: 'postgresql',
      parameters: {
        host: '127.0.0.1',
        port: 5432,
        database: 'test',
        username: 'postgres',
        password: CANARY,
      },
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json<Detail>().result).toMatchObject({
      configuration_method: 'dynamic_form',
      sqlalchemy_uri: `postgresql+psycopg2://postgres:${PASSWORD_MASK}@127.0.0.1:5432/test`,
      driver: 'psycopg2',
      parameters: { username: 'postgres', password: PASSWORD_MASK, encryption: false },
      parameters_schema: { required: ['host', 'port', 'database', 'username'] },
    });
    const incomplete = await call(api.admin, 'POST', URL, {
      database_name: 'incomplete',
      configuration_method: 'dynamic_form',
      engine: 'postgresql',
      parameters: { host: '127.0.0.1' },
    });
    expect(incomplete.statusCode).toBe(422);
    expect(incomplete.json<ErrorBody>().errors[0]).toMatchObject({
      error_type: 'CONNECTION_MISSING_PARAMETERS_ERROR',
      extra: { missing: ['database', 'port', 'username'] },
    });
  });

  it('refuses extra with unknown keys and connect_args the engine does not take', async () => {
    const unknownKey = await call(api.admin, 'POST', URL, {
      database_name: 'bad_extra',
      sqlalchemy_uri: WITH_CANARY,
      extra: JSON.stringify({ engine_params: {}, run_anything: true }),
    });
    expect(unknownKey.statusCode).toBe(400);
    expect(unknownKey.json<ErrorBody>().message).toMatch(/run_anything/);
    const unsafeOption = await call(api.admin, 'POST', URL, {
      database_name: 'bad_option',
      sqlalchemy_uri: `${WITH_CANARY}?host=169.254.169.254`,
    });
    expect(unsafeOption.statusCode).toBe(400);
    expect(unsafeOption.json<ErrorBody>().errors[0]?.error_type).toBe(
      'UNKNOWN_CONNECTION_PARAMETER',
    );
    expect(
      await api.t.metadataDb.kysely
        .selectFrom('dbs')
        .select('id')
        .where('database_name', 'in', ['bad_extra', 'bad_option'])
        .execute(),
    ).toEqual([]);
  });

  it('shows Gamma only the databases it was given access to; Gamma cannot create', async () => {
    const { id: hidden } = await create('hidden');
    const { id: shared } = await create('shared_with_analysts');
    expect((await call(api.gamma, 'GET', URL)).json<{ count: number }>().count).toBe(0);
    expect((await call(api.gamma, 'GET', `${URL}${hidden}`)).statusCode).toBe(404);
    expect((await call(api.gamma, 'GET', `${URL}${hidden}/schemas/`)).statusCode).toBe(404);
    const refused = await call(api.gamma, 'POST', URL, {
      database_name: 'by_gamma',
      sqlalchemy_uri: WITH_CANARY,
    });
    expect(refused.statusCode).toBe(403);

    const { kysely } = api.t.metadataDb;
    await kysely.insertInto('ab_role').values({ name: 'Analyst' }).execute();
    const role = await kysely
      .selectFrom('ab_role')
      .select('id')
      .where('name', '=', 'Analyst')
      .executeTakeFirstOrThrow();
    await ensurePermissionPairs(kysely, [
      { permission: 'database_access', viewMenu: `[shared_with_analysts].(id:${shared})` },
    ]);
    const pair = await pairIdOf(
      api.t.metadataDb,
      'database_access',
      `[shared_with_analysts].(id:${shared})`,
    );
    await kysely
      .insertInto('ab_permission_view_role')
      .values({ permission_view_id: pair, role_id: role.id })
      .execute();
    await addUser(api.t.metadataDb, {
      username: 'analyst',
      password: TEST_USER_PASSWORD,
      roles: ['Gamma', 'Analyst'],
    });
    const analyst = await loginHeaders(api.t.app, 'analyst', TEST_USER_PASSWORD);
    const seen = (await call(analyst, 'GET', URL)).json<{ ids: number[] }>();
    expect(seen.ids).toEqual([shared]);
    expect((await call(analyst, 'GET', `${URL}${shared}`)).statusCode).toBe(200);
    expect((await call(analyst, 'GET', `${URL}${hidden}`)).statusCode).toBe(404);
    const all = (await call(api.admin, 'GET', `${URL}?q=(page_size:100)`)).json<{
      ids: number[];
    }>();
    expect(all.ids).toEqual(expect.arrayContaining([hidden, shared]));
  });

  it('refuses to delete a database that datasets use, naming them; deletes it once they are gone', async () => {
    const { id } = await create('with_datasets');
    await api.t.metadataDb.kysely
      .insertInto('tables')
      .values({ uuid: randomUUID(), table_name: 'birth_names', schema: 'public', database_id: id })
      .execute();
    const related = await call(api.admin, 'GET', `${URL}${id}/related_objects/`);
    expect(related.json()).toMatchObject({
      charts: { count: 0, result: [] },
      dashboards: { count: 0, result: [] },
      sqllab_tab_states: { count: 0, result: [] },
      datasets: { count: 1, result: [{ table_name: 'birth_names', schema: 'public' }] },
    });
    const refused = await call(api.admin, 'DELETE', `${URL}${id}`);
    expect(refused.statusCode).toBe(422);
    expect(refused.json<ErrorBody>().errors[0]?.error_type).toBe('DATABASE_IN_USE');
    expect(refused.json<ErrorBody>().message).toContain('public.birth_names');
    expect(await viewMenus()).toContain(`[with_datasets].(id:${id})`);

    await api.t.metadataDb.kysely.deleteFrom('tables').where('database_id', '=', id).execute();
    expect((await call(api.admin, 'DELETE', `${URL}${id}`)).statusCode).toBe(200);
    expect((await call(api.admin, 'GET', `${URL}${id}`)).statusCode).toBe(404);
    expect(await viewMenus()).not.toContain(`[with_datasets].(id:${id})`);
  });

  it('refuses local files outside LOCAL_DATABASE_DIRECTORIES and the metadata database itself', async () => {
    const outside = await call(api.admin, 'POST', URL, {
      database_name: 'passwd',
      sqlalchemy_uri: 'sqlite:////etc/passwd',
    });
    expect(outside.statusCode).toBe(400);
    expect(outside.json<ErrorBody>().errors[0]?.error_type).toBe('DATABASE_SECURITY_ACCESS_ERROR');
    const metadataUri = api.t.config.SQLALCHEMY_DATABASE_URI;
    expect(metadataUri).toMatch(/^sqlite:/);
    for (const [method, url] of [
      ['POST', URL],
      ['POST', `${URL}test_connection/`],
    ] as const) {
      const attempt = await call(api.admin, method, url, {
        database_name: 'metadata',
        sqlalchemy_uri: metadataUri,
      });
      expect(attempt.statusCode, url).toBe(400);
      expect(attempt.json<ErrorBody>().message).toMatch(/metadata database/);
    }
    const file = join(api.filesDir, 'local.db');
    const sqlite = new Database(file);
    sqlite.exec('create table t (x integer)');
    sqlite.close();
    const allowed = await call(api.admin, 'POST', URL, {
      database_name: 'local_file',
      sqlalchemy_uri: `sqlite:///${file}`,
    });
    expect(allowed.statusCode, allowed.body).toBe(201);
  });
});
