import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { PUBLIC_ACCESS, withAccess } from '../security/access/route-access.js';
import { createTestApp, type TestApp } from './test-support/test-app.js';

let t: TestApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

/** A blueprint that reports how the server saw the client, to observe proxy handling. */
async function whoAmIBlueprint(app: FastifyInstance) {
  app.get('/whoami', withAccess(PUBLIC_ACCESS), async (request) => ({
    ip: request.ip,
    protocol: request.protocol,
    host: request.host,
  }));
  app.get('/big', withAccess(PUBLIC_ACCESS), async () => 'x'.repeat(20_000));
}

describe('health endpoints', () => {
  it.each(['/health', '/healthcheck', '/ping'])(
    '%s answers 200 "OK" without a session',
    async (path) => {
      t = await createTestApp();
      const response = await t.app.inject({ method: 'GET', url: path });
      expect(response.statusCode).toBe(200);
      expect(response.body).toBe('OK');
    },
  );
});

describe('ENABLE_PROXY_FIX', () => {
  const forwarded = {
    'x-forwarded-for': '203.0.113.7',
    'x-forwarded-proto': 'https',
    'x-forwarded-host': 'bi.example.com',
  };

  it('ignores X-Forwarded-* by default, so a client cannot spoof its address', async () => {
    t = await createTestApp({
      overrides: { BLUEPRINTS: [{ plugin: whoAmIBlueprint, prefix: '/test' }] },
    });
    const response = await t.app.inject({
      method: 'GET',
      url: '/test/whoami',
      headers: forwarded,
      remoteAddress: '10.0.0.2',
    });
    expect(response.json()).toEqual({ ip: '10.0.0.2', protocol: 'http', host: 'localhost:80' });
  });

  it('honours X-Forwarded-For, -Proto and -Host from the trusted proxy when on', async () => {
    t = await createTestApp({
      overrides: {
        ENABLE_PROXY_FIX: true,
        BLUEPRINTS: [{ plugin: whoAmIBlueprint, prefix: '/test' }],
      },
    });
    const response = await t.app.inject({
      method: 'GET',
      url: '/test/whoami',
      headers: forwarded,
      remoteAddress: '10.0.0.2',
    });
    expect(response.json()).toEqual({
      ip: '203.0.113.7',
      protocol: 'https',
      host: 'bi.example.com',
    });
  });
});

describe('response headers and compression', () => {
  it('sends security headers and the configured header maps', async () => {
    t = await createTestApp({
      overrides: {
        HTTP_HEADERS: { 'X-Team': 'bi' },
        OVERRIDE_HTTP_HEADERS: { 'X-Frame-Options': 'DENY' },
      },
    });
    const response = await t.app.inject({ method: 'GET', url: '/health' });
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toContain("script-src 'self'");
    expect(response.headers['x-team']).toBe('bi');
    expect(response.headers['x-frame-options']).toBe('DENY');
  });

  it('compresses large responses when COMPRESS_REGISTER is on, and not when off', async () => {
    t = await createTestApp({ overrides: { BLUEPRINTS: [whoAmIBlueprint] } });
    const on = await t.app.inject({
      method: 'GET',
      url: '/big',
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(on.headers['content-encoding']).toBe('gzip');
    await t.close();
    t = await createTestApp({
      overrides: { COMPRESS_REGISTER: false, BLUEPRINTS: [whoAmIBlueprint] },
    });
    const off = await t.app.inject({
      method: 'GET',
      url: '/big',
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(off.headers['content-encoding']).toBeUndefined();
  });
});

describe('ADDITIONAL_MIDDLEWARE', () => {
  it('runs the configured middleware on every request, including built-in routes', async () => {
    const stamp = async (app: FastifyInstance) => {
      app.addHook('onRequest', async (_request, reply) => {
        reply.header('X-Middleware', 'ran');
      });
    };
    t = await createTestApp({ overrides: { ADDITIONAL_MIDDLEWARE: [stamp] } });
    const response = await t.app.inject({ method: 'GET', url: '/health' });
    expect(response.headers['x-middleware']).toBe('ran');
  });
});

describe('graceful shutdown', () => {
  it('finishes an in-flight request before closing, and refuses new ones', async () => {
    let markArrived: () => void = () => undefined;
    const arrived = new Promise<void>((resolve) => {
      markArrived = resolve;
    });
    const slow = async (app: FastifyInstance) => {
      app.get('/slow', withAccess(PUBLIC_ACCESS), async () => {
        markArrived();
        await new Promise((resolve) => setTimeout(resolve, 400));
        return { done: true };
      });
    };
    t = await createTestApp({ overrides: { BLUEPRINTS: [slow] } });
    const address = await t.app.listen({ host: '127.0.0.1', port: 0 });
    const inFlight = fetch(`${address}/slow`);
    await arrived;
    const closing = t.app.close();
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ done: true });
    await closing;
    await expect(fetch(`${address}/health`)).rejects.toThrow();
  });
});

describe('request log', () => {
  it('writes one JSON line per request with method, path, status and duration, never the cookie', async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk: Buffer, _encoding, callback) {
        lines.push(...chunk.toString().split('\n').filter(Boolean));
        callback();
      },
    });
    const { buildApp } = await import('./build-app.js');
    t = await createTestApp();
    const app = await buildApp({
      config: t.config,
      metadataDb: t.metadataDb,
      version: 'x',
      webDistDir: null,
      logger: { level: 'info', stream },
    });
    await app.inject({
      method: 'GET',
      url: '/api/v1/me/?token=secret',
      headers: { cookie: 'session=abc' },
    });
    await app.close();
    const entries = lines
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .filter((e) => e.msg === 'request');
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      method: 'GET',
      url: '/api/v1/me/',
      statusCode: 401,
      userId: null,
    });
    expect(typeof entries[0]?.durationMs).toBe('number');
    expect(lines.join('\n')).not.toContain('session=abc');
    expect(lines.join('\n')).not.toContain('secret');
  });
});
