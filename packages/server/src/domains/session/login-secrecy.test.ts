import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app/build-app.js';
import { addUser, createTestApp, type TestApp } from '../../app/test-support/test-app.js';
import { fetchCsrfToken } from './test-support/session-client.js';

const PASSWORD = `CANARY-${randomUUID()}`;

describe('a password never leaves the server', () => {
  let t: TestApp;
  let app: FastifyInstance;
  const logLines: string[] = [];
  const responses: LightMyRequestResponse[] = [];

  beforeAll(async () => {
    t = await createTestApp();
    await addUser(t.metadataDb, { username: 'ada', password: PASSWORD, roles: ['Admin'] });
    const stream = new Writable({
      write(chunk: Buffer, _encoding, callback) {
        logLines.push(...chunk.toString().split('\n').filter(Boolean));
        callback();
      },
    });
    app = await buildApp({
      config: { ...t.config, AUTH_RATE_LIMIT: '8 per minute' },
      metadataDb: t.metadataDb,
      version: 'x',
      webDistDir: null,
      logger: { level: 'trace', stream },
    });
  });
  afterAll(async () => {
    await app.close();
    await t.close();
  });

  const send = async (options: InjectOptions) => {
    const response = await app.inject(options);
    responses.push(response);
    return response;
  };

  it('in no response and no log line of the login and token flows', async () => {
    const visitor = await fetchCsrfToken(app);
    const form = { cookie: visitor.cookie, 'x-csrftoken': visitor.csrfToken };
    const right = { username: 'ada', password: PASSWORD };
    const wrongUser = { username: 'nobody', password: PASSWORD };
    const json = { 'content-type': 'application/json' };

    expect(
      (await send({ method: 'POST', url: '/login/', headers: form, payload: right })).statusCode,
    ).toBe(200);
    await send({ method: 'POST', url: '/login/', headers: form, payload: wrongUser });
    await send({ method: 'POST', url: '/login/', payload: right });
    await send({
      method: 'POST',
      url: '/login/',
      headers: { ...form, ...json },
      payload: `{"username":"ada","password":"${PASSWORD}"`,
    });
    const tokens = await send({
      method: 'POST',
      url: '/api/v1/security/login',
      payload: { ...right, provider: 'db', refresh: true },
    });
    expect(tokens.statusCode).toBe(200);
    await send({ method: 'POST', url: '/api/v1/security/login', payload: right });
    await send({
      method: 'POST',
      url: '/api/v1/security/login',
      payload: { ...wrongUser, provider: 'ldap' },
    });
    const { refresh_token } = tokens.json<{ refresh_token: string }>();
    await send({
      method: 'POST',
      url: '/api/v1/security/refresh',
      headers: { authorization: `Bearer ${refresh_token}` },
    });
    let last: LightMyRequestResponse | undefined;
    for (let attempt = 0; attempt < 3; attempt += 1) {
      last = await send({
        method: 'POST',
        url: '/api/v1/security/login',
        payload: { ...wrongUser, provider: 'db' },
      });
    }
    expect(last?.statusCode).toBe(429);

    expect(logLines.length).toBeGreaterThan(responses.length);
    for (const response of responses) {
      const seen = `${JSON.stringify(response.headers)}\n${response.body}`;
      expect(seen).not.toContain(PASSWORD);
      expect(seen).not.toContain('$argon2');
    }
    for (const line of logLines) {
      expect(line).not.toContain(PASSWORD);
      expect(line).not.toContain('$argon2');
    }
  });
});
