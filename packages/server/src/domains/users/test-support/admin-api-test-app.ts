import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import { addUser, createTestApp, type TestApp } from '../../../app/test-support/test-app.js';
import { loginHeaders, type BrowserHeaders } from '../../session/test-support/session-client.js';
import { requestAs } from './security-api-client.js';

/** An HTTP method of the security API. */
export type ApiMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** An HTTP method and URL of a route. */
export type RouteCall = readonly [ApiMethod, string];

/** A test app (login rate limit off) with an Admin and a Gamma user, both logged in. */
export interface AdminApiTestApp {
  t: TestApp;
  /** `app.inject` on this app as a browser, with a JSON body. */
  as: (
    headers: BrowserHeaders,
    method: ApiMethod,
    url: string,
    body?: unknown,
  ) => Promise<LightMyRequestResponse>;
  /** The browser of `admin`, who holds Admin. */
  admin: BrowserHeaders;
  /** The browser of `gamma`, who holds Gamma only. */
  gamma: BrowserHeaders;
}

/** Starts the app of an admin-only API's tests: users `admin` and `gamma`, both with `password`. */
export async function startAdminApiTestApp(password: string): Promise<AdminApiTestApp> {
  const t = await createTestApp({ overrides: { AUTH_RATE_LIMITED: false } });
  await addUser(t.metadataDb, { username: 'admin', password, roles: ['Admin'] });
  await addUser(t.metadataDb, { username: 'gamma', password, roles: ['Gamma'] });
  return {
    t,
    as: (headers, method, url, body) => requestAs(t.app, headers, method, url, body),
    admin: await loginHeaders(t.app, 'admin', password),
    gamma: await loginHeaders(t.app, 'gamma', password),
  };
}

/**
 * Asserts that every route refuses an anonymous caller with 401 and `nonAdmin` with 403
 * (writes are sent an empty JSON body).
 */
export async function expectAdminOnly(
  app: FastifyInstance,
  nonAdmin: BrowserHeaders,
  routes: readonly RouteCall[],
): Promise<void> {
  for (const [method, url] of routes) {
    const body = method === 'POST' || method === 'PUT' ? {} : undefined;
    expect((await requestAs(app, {}, method, url, body)).statusCode, `${method} ${url}`).toBe(401);
    expect((await requestAs(app, nonAdmin, method, url, body)).statusCode, `${method} ${url}`).toBe(
      403,
    );
  }
}

/** The list, create, read, update and delete routes of a collection, on an item id of 1. */
export function crudRouteCalls(collectionUrl: string): RouteCall[] {
  return [
    ['GET', collectionUrl],
    ['GET', `${collectionUrl}1`],
    ['POST', collectionUrl],
    ['PUT', `${collectionUrl}1`],
    ['DELETE', `${collectionUrl}1`],
  ];
}
