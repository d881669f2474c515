import { describe, expect, it } from 'vitest';
import { PAGES, type MenuEntry } from '@superset-ts/shared';
import { permissionKey, type Actor } from '../../security/access/actor.js';
import { buildMenu } from './menu.js';

function userWith(pairs: [string, string][]): Actor {
  return {
    kind: 'user',
    userId: 1,
    username: 'someone',
    roles: ['Custom'],
    permissions: new Set(pairs.map(([action, resource]) => permissionKey(action, resource))),
  };
}

function sectionsOf(menu: MenuEntry[]): MenuEntry[] {
  return menu.find((entry) => entry.name === 'Settings')?.children ?? [];
}

describe('the Data menu', () => {
  it('shows Database Connections under Settings > Data with menu_access on Databases', () => {
    const menu = buildMenu(userWith([['menu_access', 'Databases']]));
    expect(sectionsOf(menu)).toEqual([
      {
        name: 'Data',
        label: 'Data',
        children: [
          {
            name: 'Databases',
            label: 'Database Connections',
            url: PAGES.databasesList.path,
          },
        ],
      },
    ]);
    expect(PAGES.databasesList.path).toBe('/databaseview/list/');
  });

  it('is left out without menu_access on Databases', () => {
    const menu = buildMenu(userWith([['can_read', 'Database']]));
    expect(sectionsOf(menu).find((section) => section.name === 'Data')).toBeUndefined();
  });
});
