import { afterEach, describe, expect, it } from 'vitest';
import { bootstrapSchema, type MenuEntry } from '@superset-ts/shared';
import { addUser, createTestApp, type TestApp } from '../../app/test-support/test-app.js';
import { loginHeaders } from '../session/test-support/session-client.js';

const PASSWORD = 'Menu-test-pass-1';

async function menuOf(t: TestApp, username: string, roles: string[]): Promise<MenuEntry[]> {
  await addUser(t.metadataDb, { username, password: PASSWORD, roles });
  const headers = await loginHeaders(t.app, username, PASSWORD);
  const page = await t.app.inject({ method: 'GET', url: '/superset/welcome/', headers });
  const json = /<script id="bootstrap-data" type="application\/json">(.*?)<\/script>/s.exec(
    page.body,
  )?.[1];
  return bootstrapSchema.parse(JSON.parse(json ?? 'null')).common.menu;
}

function actionLogItem(menu: MenuEntry[]): MenuEntry | undefined {
  const security = menu
    .find((entry) => entry.name === 'Settings')
    ?.children?.find((entry) => entry.name === 'Security');
  return security?.children?.find((entry) => entry.name === 'Action Log');
}

describe('the Action Log menu item', () => {
  let t: TestApp | undefined;
  afterEach(async () => t?.close());

  it('shows under Settings > Security for an admin, and not for a Gamma user', async () => {
    t = await createTestApp();
    expect(actionLogItem(await menuOf(t, 'root', ['Admin']))).toEqual({
      name: 'Action Log',
      label: 'Action Log',
      url: '/actionlog/list/',
    });
    expect(actionLogItem(await menuOf(t, 'gus', ['Gamma']))).toBeUndefined();
  });

  it('is hidden when SUPERSET_LOG_VIEW is off', async () => {
    t = await createTestApp({ overrides: { SUPERSET_LOG_VIEW: false } });
    expect(actionLogItem(await menuOf(t, 'root', ['Admin']))).toBeUndefined();
  });
});
