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

describe('the SQL menu', () => {
  const SQL_LAB_MENU: [string, string][] = [
    ['menu_access', 'SQL Lab'],
    ['menu_access', 'SQL Editor'],
    ['menu_access', 'Saved Queries'],
    ['menu_access', 'Query Search'],
  ];

  it('comes first, labelled SQL, with SQL Lab, Saved Queries and Query History', () => {
    const menu = buildMenu(userWith([...SQL_LAB_MENU, ['menu_access', 'Databases']]));
    expect(menu[0]).toEqual({
      name: 'SQL Lab',
      label: 'SQL',
      children: [
        { name: 'SQL Editor', label: 'SQL Lab', url: '/sqllab/' },
        { name: 'Saved Queries', label: 'Saved Queries', url: '/savedqueryview/list/' },
        { name: 'Query Search', label: 'Query History', url: '/sqllab/history/' },
      ],
    });
  });

  it('shows only the items the actor has menu_access on', () => {
    const menu = buildMenu(
      userWith([
        ['menu_access', 'SQL Lab'],
        ['menu_access', 'SQL Editor'],
      ]),
    );
    expect(menu[0]?.children?.map((item) => item.label)).toEqual(['SQL Lab']);
  });

  it('is left out without menu_access on the SQL Lab menu itself', () => {
    const menu = buildMenu(userWith(SQL_LAB_MENU.slice(1)));
    expect(menu.find((entry) => entry.name === 'SQL Lab')).toBeUndefined();
  });
});
