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

describe('the Datasets link', () => {
  it('is a top-level link to the datasets list, before the SQL menu', () => {
    const menu = buildMenu(
      userWith([
        ['menu_access', 'Datasets'],
        ['menu_access', 'SQL Lab'],
        ['menu_access', 'SQL Editor'],
      ]),
    );
    expect(menu.map((entry) => entry.name)).toEqual(['Datasets', 'SQL Lab']);
    expect(menu[0]).toEqual({ name: 'Datasets', label: 'Datasets', url: '/tablemodelview/list/' });
  });

  it('is left out without menu_access on Datasets', () => {
    const menu = buildMenu(userWith([['can_read', 'Dataset']]));
    expect(menu.find((entry) => entry.name === 'Datasets')).toBeUndefined();
  });
});

describe('the Dashboards link', () => {
  it('is a top-level link to the dashboards list, before Charts', () => {
    const menu = buildMenu(
      userWith([
        ['menu_access', 'Charts'],
        ['menu_access', 'Dashboards'],
      ]),
    );
    expect(menu.map((entry) => entry.name)).toEqual(['Dashboards', 'Charts']);
    expect(menu[0]).toEqual({ name: 'Dashboards', label: 'Dashboards', url: '/dashboard/list/' });
  });

  it('is left out without menu_access on Dashboards', () => {
    const menu = buildMenu(userWith([['can_read', 'Dashboard']]));
    expect(menu.find((entry) => entry.name === 'Dashboards')).toBeUndefined();
  });
});

describe('the Charts link', () => {
  it('is a top-level link to the charts list, before Datasets', () => {
    const menu = buildMenu(
      userWith([
        ['menu_access', 'Datasets'],
        ['menu_access', 'Charts'],
      ]),
    );
    expect(menu.map((entry) => entry.name)).toEqual(['Charts', 'Datasets']);
    expect(menu[0]).toEqual({ name: 'Charts', label: 'Charts', url: '/chart/list/' });
  });

  it('is left out without menu_access on Charts', () => {
    const menu = buildMenu(userWith([['can_read', 'Chart']]));
    expect(menu.find((entry) => entry.name === 'Charts')).toBeUndefined();
  });
});
