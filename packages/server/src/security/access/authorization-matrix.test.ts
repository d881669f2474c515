import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAppWithRoutes } from '../../app/build-app.js';
import { addUser, createTestApp, type TestApp } from '../../app/test-support/test-app.js';
import {
  loginHeaders,
  withCsrfToken,
  type BrowserHeaders,
} from '../../domains/session/test-support/session-client.js';
import type { RegisteredRoute } from './access-guard.js';
import { EXPECTED_ACCESS, PERSONAS, type Persona } from './authorization-matrix.expectations.js';

/** Path parameters filled with values that exist for no object, so writes change nothing. */
function concretePath(url: string): string {
  return url.replace(/:([A-Za-z_]+)/g, (_match, name: string) =>
    /provider/i.test(name) ? 'no-such-provider' : '987654',
  );
}

function routeKey(route: Pick<RegisteredRoute, 'method' | 'url'>): string {
  return `${route.method} ${route.url}`;
}

describe('authorisation matrix: every route x every persona', () => {
  let t: TestApp;
  let routes: RegisteredRoute[];
  const headersOf = new Map<Persona, BrowserHeaders>();

  beforeAll(async () => {
    t = await createTestApp();
    const built = await buildAppWithRoutes({
      config: t.config,
      metadataDb: t.metadataDb,
      version: 'x',
      webDistDir: null,
      logger: false,
    });
    await t.app.close();
    t.app = built.app;
    // Logging out ends a persona's session for good (the session id is revoked), so last.
    const isLogout = (route: RegisteredRoute) => Number(route.url === '/logout/');
    routes = built.routes
      .filter((route) => route.method !== 'HEAD' && !route.url.startsWith('/static/'))
      .sort((a, b) => isLogout(a) - isLogout(b));
    const roles: Record<Exclude<Persona, 'anonymous'>, string[]> = {
      gamma: ['Gamma'],
      sqlLab: ['Gamma', 'sql_lab'],
      alpha: ['Alpha'],
      admin: ['Admin'],
    };
    headersOf.set('anonymous', await withCsrfToken(t.app));
    for (const [persona, roleNames] of Object.entries(roles) as [
      Exclude<Persona, 'anonymous'>,
      string[],
    ][]) {
      await addUser(t.metadataDb, {
        username: `matrix_${persona}`,
        password: 'matrix-password-1',
        roles: roleNames,
      });
      headersOf.set(persona, await loginHeaders(t.app, `matrix_${persona}`, 'matrix-password-1'));
    }
  });
  afterAll(async () => t.close());

  it('has an expectation for every route, so a new route cannot be forgotten', () => {
    const missing = routes.map(routeKey).filter((key) => !(key in EXPECTED_ACCESS));
    expect(missing, 'add these routes to authorization-matrix.expectations.ts').toEqual([]);
  });

  it('has no expectation for a route that no longer exists', () => {
    const known = new Set(routes.map(routeKey));
    expect(Object.keys(EXPECTED_ACCESS).filter((key) => !known.has(key))).toEqual([]);
  });

  it('answers each persona as expected: denied -> 401 anonymous / 403 user; allowed -> neither', async () => {
    const mismatches: string[] = [];
    for (const route of routes) {
      const expectation = EXPECTED_ACCESS[routeKey(route)];
      if (!expectation || expectation === 'own-credential') continue;
      for (const persona of PERSONAS) {
        const response = await t.app.inject({
          method: route.method as 'GET',
          url: concretePath(route.url),
          headers: headersOf.get(persona) ?? {},
          ...(route.method === 'GET' || route.method === 'DELETE' ? {} : { payload: {} }),
        });
        const denied = response.statusCode === 401 || response.statusCode === 403;
        const wanted = expectation[persona];
        const deniedAs = persona === 'anonymous' ? 401 : 403;
        if (wanted === 'deny' && response.statusCode !== deniedAs) {
          mismatches.push(
            `${routeKey(route)} as ${persona}: expected ${deniedAs}, got ${response.statusCode}`,
          );
        }
        if (wanted === 'allow' && denied) {
          mismatches.push(
            `${routeKey(route)} as ${persona}: expected access, got ${response.statusCode}`,
          );
        }
      }
    }
    expect(mismatches).toEqual([]);
  });
});
