import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootstrapSchema } from '@superset-ts/shared';
import { submitLoginForm } from '../../domains/session/test-support/session-client.js';
import { addUser, createTestApp, type TestApp } from '../test-support/test-app.js';

function bootstrapOf(html: string) {
  const match = /<script id="bootstrap-data" type="application\/json">(.*?)<\/script>/s.exec(html);
  if (!match?.[1]) throw new Error('no bootstrap data in page');
  return bootstrapSchema.parse(JSON.parse(match[1]));
}

describe('serving the web UI', () => {
  let t: TestApp;
  let dist: string;
  let cookie: string;

  beforeAll(async () => {
    dist = mkdtempSync(join(tmpdir(), 'superset-web-dist-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(
      join(dist, 'index.html'),
      '<!doctype html><html><body><div id="app"></div><script id="bootstrap-data" type="application/json">__BOOTSTRAP_DATA__</script></body></html>',
    );
    writeFileSync(join(dist, 'assets', 'index-abc123.js'), 'console.log("app")');
    t = await createTestApp({ webDistDir: dist, overrides: { APP_NAME: 'Acme BI' } });
    await addUser(t.metadataDb, {
      username: 'mallory',
      password: 'pw-pw-pw',
      firstName: '</script><script>alert(1)</script>',
    });
    ({ cookie } = await submitLoginForm(t.app, { username: 'mallory', password: 'pw-pw-pw' }));
  });
  afterAll(async () => {
    await t.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it('sends anonymous users to the login page, remembering where they were going', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/superset/welcome/?tab=mine' });
    expect(response.statusCode).toBe(302);
    expect(response.headers.location).toBe('/login/?next=%2Fsuperset%2Fwelcome%2F%3Ftab%3Dmine');
  });

  it('serves the login page to anonymous users with an anonymous bootstrap', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/login/' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/text\/html/);
    const bootstrap = bootstrapOf(response.body);
    expect(bootstrap.user).toBeNull();
    expect(bootstrap.common.app_name).toBe('Acme BI');
    expect(bootstrap.common.auth_type).toBe('AUTH_DB');
  });

  it('redirects / and /login/ to the welcome page for a logged-in user', async () => {
    const root = await t.app.inject({ method: 'GET', url: '/', headers: { cookie } });
    expect(root.headers.location).toBe('/superset/welcome/');
    const loginPage = await t.app.inject({ method: 'GET', url: '/login', headers: { cookie } });
    expect(loginPage.statusCode).toBe(302);
    expect(loginPage.headers.location).toBe('/superset/welcome/');
  });

  it('embeds the user in the page without letting their name break out of the script element', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: '/superset/welcome/',
      headers: { cookie },
    });
    expect(response.statusCode).toBe(200);
    expect(response.body).not.toContain('</script><script>alert(1)');
    const bootstrap = bootstrapOf(response.body);
    expect(bootstrap.user?.first_name).toBe('</script><script>alert(1)</script>');
    expect(bootstrap.common.version).toBe('9.9.9-test');
    expect(bootstrap.common.feature_flags.DASHBOARD_VIRTUALIZATION).toBe(true);
  });

  it('serves hashed assets with long-lived caching', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/static/assets/index-abc123.js' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toContain('immutable');
  });

  it('answers an unknown page with the shell and 404, and an unknown API path with JSON 404', async () => {
    const page = await t.app.inject({ method: 'GET', url: '/no/such/page/', headers: { cookie } });
    expect(page.statusCode).toBe(404);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    const api = await t.app.inject({ method: 'GET', url: '/api/v1/no_such_resource/' });
    expect(api.statusCode).toBe(404);
    expect(api.json()).toMatchObject({
      message: 'Not found.',
      errors: [{ error_type: 'RESOURCE_NOT_FOUND' }],
    });
  });
});

describe('serving without a built UI', () => {
  it('tells the user how to build it instead of failing', async () => {
    const t = await createTestApp({ webDistDir: join(tmpdir(), 'does-not-exist-superset-web') });
    try {
      const response = await t.app.inject({ method: 'GET', url: '/login/' });
      expect(response.statusCode).toBe(200);
      expect(response.body).toContain('npm run build');
    } finally {
      await t.close();
    }
  });
});
