import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../app/test-support/test-app.js';
import { anonymousActor, permissionKey, type Actor } from './actor.js';
import { checkAccess } from './access-guard.js';
import { requirePermission } from './route-access.js';

const gamma: Actor = {
  kind: 'user',
  userId: 7,
  username: 'gamma',
  roles: ['Gamma'],
  permissions: new Set([permissionKey('can_read', 'Chart')]),
};

describe('checkAccess', () => {
  it('lets anyone through a public route', () => {
    expect(checkAccess(anonymousActor('Public', new Set()), { kind: 'public' })).toBe('ok');
  });

  it('asks an anonymous caller to log in for an authenticated route', () => {
    const verdict = checkAccess(anonymousActor('Public', new Set()), { kind: 'authenticated' });
    expect(verdict).not.toBe('ok');
    expect(verdict !== 'ok' && verdict.status).toBe(401);
  });

  it('grants a permission the actor holds and refuses one it does not with 403', () => {
    expect(checkAccess(gamma, requirePermission('can_read', 'Chart'))).toBe('ok');
    const verdict = checkAccess(gamma, requirePermission('can_write', 'Chart'));
    expect(verdict !== 'ok' && verdict.status).toBe(403);
  });

  it('lets the Public role use what PUBLIC_ROLE_LIKE granted it, and 401s the rest', () => {
    const visitor = anonymousActor('Public', new Set([permissionKey('can_read', 'Dashboard')]));
    expect(checkAccess(visitor, requirePermission('can_read', 'Dashboard'))).toBe('ok');
    const verdict = checkAccess(visitor, requirePermission('can_write', 'Dashboard'));
    expect(verdict !== 'ok' && verdict.status).toBe(401);
  });
});

describe('route access declarations', () => {
  it('refuses to build an app with a route that declares no access, naming the route', async () => {
    const careless = async (app: FastifyInstance) => {
      app.get('/careless', async () => 'open to all by mistake');
    };
    await expect(createTestApp({ overrides: { BLUEPRINTS: [careless] } })).rejects.toThrow(
      /GET \/careless declares no access/,
    );
  });
});
