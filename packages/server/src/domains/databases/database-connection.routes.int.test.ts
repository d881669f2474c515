import { createServer, type Server, type Socket } from 'node:net';
import {
  DATABASES_API_PATH as URL,
  PASSWORD_MASK,
  type AvailableEngine,
  type DatabaseDetail,
} from '@superset-ts/shared';
import { ALL_ENGINE_SPECS } from '@superset-ts/engines';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  startDatabaseApiTestApp,
  type DatabaseApiTestApp,
} from './test-support/database-api-test-app.js';
import {
  describeWithServices,
  LIVE_MARIADB,
  LIVE_POSTGRES,
} from './test-support/live-database-services.js';

const CANARY = 'Canary-Test-Pw-51d0e2';
type ErrorBody = { message: string; errors: { error_type: string; extra?: unknown }[] };

/** A TCP server that accepts connections and never says a word. */
async function silentServer(): Promise<{ port: number; close(): Promise<void> }> {
  const sockets: Socket[] = [];
  const server: Server = createServer((socket) => sockets.push(socket));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return {
    port: typeof address === 'object' && address ? address.port : 0,
    close: () =>
      new Promise((resolve) => {
        sockets.forEach((socket) => socket.destroy());
        server.close(() => resolve());
      }),
  };
}

await describeWithServices(
  [LIVE_POSTGRES],
  'POST test_connection/ and validate_parameters/',
  () => {
    let api: DatabaseApiTestApp;
    let silent: Awaited<ReturnType<typeof silentServer>>;
    const bodies: string[] = [];
    const test = async (body: Record<string, unknown>) => {
      const response = await api.as(api.admin, 'POST', `${URL}test_connection/`, body);
      bodies.push(response.body);
      return response;
    };
    const errorOf = async (sqlalchemyUri: string) => {
      const response = await test({ sqlalchemy_uri: sqlalchemyUri });
      expect(response.statusCode, response.body).toBe(422);
      return response.json<ErrorBody>().errors[0]?.error_type;
    };

    beforeAll(async () => {
      api = await startDatabaseApiTestApp({ TEST_DATABASE_CONNECTION_TIMEOUT: 1 });
      silent = await silentServer();
    });
    afterAll(async () => {
      await silent.close();
      const everything = [...bodies, api.log()].join('\n');
      await api.t.close();
      expect(everything).not.toContain(CANARY);
    });

    it('answers OK for a database that answers', async () => {
      const response = await test({ sqlalchemy_uri: LIVE_POSTGRES.uri });
      expect(response.statusCode, response.body).toBe(200);
      expect(response.json()).toEqual({ message: 'OK' });
    });

    it('tells apart an unknown database, a closed port, an unknown host and a silent server, without the password', async () => {
      expect(await errorOf(`postgresql://postgres:${CANARY}@127.0.0.1:5432/no_such_db_here`)).toBe(
        'CONNECTION_UNKNOWN_DATABASE_ERROR',
      );
      expect(await errorOf(`postgresql://postgres:${CANARY}@127.0.0.1:1/test`)).toBe(
        'CONNECTION_PORT_CLOSED_ERROR',
      );
      expect(await errorOf(`postgresql://postgres:${CANARY}@no-such-host.invalid:5432/test`)).toBe(
        'CONNECTION_INVALID_HOSTNAME_ERROR',
      );
      const started = Date.now();
      expect(await errorOf(`postgresql://postgres:${CANARY}@127.0.0.1:${silent.port}/test`)).toBe(
        'CONNECTION_DATABASE_TIMEOUT',
      );
      expect(Date.now() - started).toBeLessThan(5_000);
    });

    it('answers distinct codes for an engine without a Node client and a bad connection string', async () => {
      const describedOnly = ALL_ENGINE_SPECS.find(
        (spec) => !spec.loadClient && !spec.localFile && !spec.validateSettings,
      );
      expect(describedOnly, 'an engine this build only describes').toBeDefined();
      const backend = describedOnly?.backends[0] ?? '';
      const response = await test({ sqlalchemy_uri: `${backend}://analyst@db.example.com:8080/x` });
      expect(response.json<ErrorBody>().errors[0]?.error_type).toBe(
        'ENGINE_CLIENT_UNAVAILABLE_ERROR',
      );
      const invalid = await test({ sqlalchemy_uri: 'not a url' });
      expect(invalid.statusCode).toBe(400);
      expect(invalid.json<ErrorBody>().errors[0]?.error_type).toBe(
        'INVALID_CONNECTION_STRING_ERROR',
      );
      const unknown = await test({ sqlalchemy_uri: 'nosuchengine://u@h/d' });
      expect(unknown.json<ErrorBody>().errors[0]?.error_type).toBe('UNKNOWN_ENGINE_ERROR');
    });

    it('tests a saved database with its stored password when the mask is sent for the same server', async () => {
      const created = await api.as(api.admin, 'POST', URL, {
        database_name: 'saved',
        sqlalchemy_uri: `postgresql://postgres:${CANARY}@127.0.0.1:5432/test`,
      });
      const saved = created.json<{ result: DatabaseDetail }>().result;
      bodies.push(created.body);
      expect(
        (await test({ database_name: 'saved', sqlalchemy_uri: saved.sqlalchemy_uri })).statusCode,
      ).toBe(200);
      const elsewhere = await test({
        database_name: 'saved',
        sqlalchemy_uri: `postgresql://postgres:${PASSWORD_MASK}@127.0.0.1:1/test`,
      });
      expect(elsewhere.json<ErrorBody>().errors[0]?.error_type).toBe(
        'CONNECTION_MISSING_PARAMETERS_ERROR',
      );
    });

    it('validates the parameters form: missing fields, unknown host, closed port, or OK', async () => {
      const validate = (parameters: Record<string, unknown>) =>
        api.as(api.admin, 'POST', `${URL}validate_parameters/`, {
          engine: 'postgresql',
          configuration_method: 'dynamic_form',
          parameters,
        });
      const full = { host: '127.0.0.1', port: 5432, database: 'test', username: 'postgres' };
      const ok = await validate(full);
      expect(ok.statusCode, ok.body).toBe(200);
      expect(ok.json()).toEqual({ message: 'OK' });

      const missing = await validate({ host: '127.0.0.1' });
      expect(missing.statusCode).toBe(422);
      expect(missing.json<ErrorBody>().errors).toEqual([
        expect.objectContaining({
          error_type: 'CONNECTION_MISSING_PARAMETERS_ERROR',
          extra: { missing: ['database', 'port', 'username'] },
        }),
      ]);
      const host = await validate({ ...full, host: 'no-such-host.invalid' });
      expect(host.json<ErrorBody>().errors.map((e) => e.error_type)).toEqual([
        'CONNECTION_INVALID_HOSTNAME_ERROR',
      ]);
      const port = await validate({ ...full, port: 1 });
      expect(port.json<ErrorBody>().errors.map((e) => e.error_type)).toEqual([
        'CONNECTION_PORT_CLOSED_ERROR',
      ]);
    });

    it('lists the engines with their forms, preferred ones first, and whether each can connect', async () => {
      const response = await api.as(api.gamma, 'GET', `${URL}available/`);
      const { databases } = response.json<{ databases: AvailableEngine[] }>();
      expect(databases.slice(0, 4).map((engine) => engine.name)).toEqual(
        api.t.config.PREFERRED_DATABASES.filter((name) =>
          databases.some((engine) => engine.name === name),
        ).slice(0, 4),
      );
      const postgres = databases.find((engine) => engine.engine === 'postgresql');
      expect(postgres).toMatchObject({ installed: true, tested: 'live', preferred: true });
      expect(postgres?.parameters).toMatchObject({ properties: { host: { type: 'string' } } });
      const withoutClient = databases.filter((engine) => !engine.installed);
      expect(withoutClient.length).toBeGreaterThan(0);
      expect(databases).toHaveLength(ALL_ENGINE_SPECS.length);
    });
  },
);

await describeWithServices(
  [LIVE_MARIADB],
  'SQLALCHEMY_CUSTOM_PASSWORD_STORE and DB_SQLA_URI_VALIDATOR',
  () => {
    let api: DatabaseApiTestApp;
    const storeCalls: string[] = [];
    const validated: string[] = [];
    // The documentation's pattern: look the password up by the URL (here in an environment-like map).
    const environment: Record<string, string> = {
      'DB_PASSWORD_mysql://root@127.0.0.1:3306/test': '',
      'DB_PASSWORD_mysql://nobody@127.0.0.1:3306/test': 'wrong',
    };

    beforeAll(async () => {
      api = await startDatabaseApiTestApp({
        SQLALCHEMY_CUSTOM_PASSWORD_STORE: (url: string) => {
          storeCalls.push(url);
          return environment[`DB_PASSWORD_${url}`] ?? 'unknown';
        },
        DB_SQLA_URI_VALIDATOR: (url: string) => {
          validated.push(url);
          if (url.includes('forbidden.example.com')) throw new Error('that host is not allowed');
        },
      });
    });
    afterAll(async () => api.t.close());

    it('connects with the password the store gives, never storing a typed one', async () => {
      const response = await api.as(api.admin, 'POST', URL, {
        database_name: 'maria',
        sqlalchemy_uri: `mysql://root:${CANARY}@127.0.0.1:3306/test`,
      });
      expect(response.statusCode, response.body).toBe(201);
      expect(storeCalls).toContain('mysql://root@127.0.0.1:3306/test');
      expect(storeCalls.join()).not.toContain(CANARY);
      const row = await api.t.metadataDb.kysely
        .selectFrom('dbs')
        .select(['password', 'sqlalchemy_uri'])
        .where('database_name', '=', 'maria')
        .executeTakeFirstOrThrow();
      expect(row.password).toBeNull();

      const refused = await api.as(api.admin, 'POST', `${URL}test_connection/`, {
        sqlalchemy_uri: 'mysql://nobody@127.0.0.1:3306/test',
      });
      expect(refused.statusCode).toBe(422);
      expect(refused.json<ErrorBody>().errors[0]?.error_type).toMatch(/^CONNECTION_/);
    });

    it('asks DB_SQLA_URI_VALIDATOR on create and test, with the password masked', async () => {
      for (const url of [URL, `${URL}test_connection/`]) {
        const response = await api.as(api.admin, 'POST', url, {
          database_name: 'forbidden',
          sqlalchemy_uri: `mysql://root:${CANARY}@forbidden.example.com:3306/test`,
        });
        expect(response.statusCode, url).toBe(400);
        expect(response.json<ErrorBody>()).toMatchObject({
          message: expect.stringContaining('that host is not allowed') as unknown,
          errors: [{ error_type: 'INVALID_CONNECTION_STRING_ERROR' }],
        });
      }
      expect(validated).toContain(`mysql://root:${PASSWORD_MASK}@forbidden.example.com:3306/test`);
      expect(validated.join()).not.toContain(CANARY);
    });
  },
);
