import { PAGES, type MenuEntry } from '@superset-ts/shared';
import { hasPermission, type Actor } from '../../security/access/actor.js';

/** A menu item: the page it opens (a key of PAGES) and the permission that shows it. */
interface MenuItem {
  name: string;
  label: string;
  page: string;
  /** Superset's `menu_access` on this view menu shows the item. */
  menuAccess: string;
  /** A config switch that must be on too (Superset's `menu_cond`). */
  switch?: keyof MenuSwitches;
}

/** Config switches that hide menu items whatever the actor's permissions. */
export interface MenuSwitches {
  /** SUPERSET_LOG_VIEW: show the Action Log. */
  isLogViewEnabled: boolean;
}

const ALL_SWITCHES_ON: MenuSwitches = { isLogViewEnabled: true };

/** A top-level menu or a section of the Settings menu. */
interface MenuSection {
  name: string;
  label: string;
  items: readonly MenuItem[];
}

/**
 * The navigation, with Superset's names and grouping. An item shows when its page exists
 * (its capability landed: the page is in PAGES) and the actor has `menu_access` on it; a
 * section with no visible item is left out.
 */
const SETTINGS_SECTIONS: readonly MenuSection[] = [
  {
    name: 'Security',
    label: 'Security',
    items: [
      { name: 'List Users', label: 'List Users', page: 'usersList', menuAccess: 'List Users' },
      { name: 'List Roles', label: 'List Roles', page: 'rolesList', menuAccess: 'List Roles' },
      {
        name: 'Action Log',
        label: 'Action Log',
        page: 'actionLog',
        menuAccess: 'Action Log',
        switch: 'isLogViewEnabled',
      },
      {
        name: 'Row Level Security',
        label: 'Row Level Security',
        page: 'rowLevelSecurityList',
        menuAccess: 'Row Level Security',
      },
    ],
  },
  {
    name: 'Data',
    label: 'Data',
    items: [
      {
        name: 'Databases',
        label: 'Database Connections',
        page: 'databasesList',
        menuAccess: 'Databases',
      },
    ],
  },
];

/** Top-level links, in Superset's order (Dashboards, Charts, Datasets), before the menus. */
const TOP_LEVEL_LINKS: readonly MenuItem[] = [
  { name: 'Dashboards', label: 'Dashboards', page: 'dashboardsList', menuAccess: 'Dashboards' },
  { name: 'Charts', label: 'Charts', page: 'chartsList', menuAccess: 'Charts' },
  { name: 'Datasets', label: 'Datasets', page: 'datasetsList', menuAccess: 'Datasets' },
];

/** Top-level menus with a dropdown, shown when the actor has `menu_access` on the menu too. */
const TOP_LEVEL_MENUS: readonly (MenuSection & { menuAccess: string })[] = [
  {
    name: 'SQL Lab',
    label: 'SQL',
    menuAccess: 'SQL Lab',
    items: [
      { name: 'SQL Editor', label: 'SQL Lab', page: 'sqlLab', menuAccess: 'SQL Editor' },
      {
        name: 'Saved Queries',
        label: 'Saved Queries',
        page: 'savedQueriesList',
        menuAccess: 'Saved Queries',
      },
      {
        name: 'Query Search',
        label: 'Query History',
        page: 'queryHistory',
        menuAccess: 'Query Search',
      },
    ],
  },
];

function pathOf(page: string): string | undefined {
  return (PAGES as Readonly<Record<string, { path: string } | undefined>>)[page]?.path;
}

function visibleItems(
  actor: Actor,
  items: readonly MenuItem[],
  switches: MenuSwitches,
): MenuEntry[] {
  return items.flatMap((item) => {
    const url = pathOf(item.page);
    if (!url || !hasPermission(actor, 'menu_access', item.menuAccess)) return [];
    if (item.switch && !switches[item.switch]) return [];
    return [{ name: item.name, label: item.label, url }];
  });
}

/** The menu this actor sees: top-level entries, then `Settings` with its sections. */
export function buildMenu(actor: Actor, switches: MenuSwitches = ALL_SWITCHES_ON): MenuEntry[] {
  if (actor.kind !== 'user') return [];
  const sections = SETTINGS_SECTIONS.flatMap((section) => {
    const children = visibleItems(actor, section.items, switches);
    return children.length ? [{ name: section.name, label: section.label, children }] : [];
  });
  const settings = sections.length
    ? [{ name: 'Settings', label: 'Settings', children: sections }]
    : [];
  const menus = TOP_LEVEL_MENUS.flatMap((menu) => {
    if (!hasPermission(actor, 'menu_access', menu.menuAccess)) return [];
    const children = visibleItems(actor, menu.items, switches);
    return children.length ? [{ name: menu.name, label: menu.label, children }] : [];
  });
  return [...visibleItems(actor, TOP_LEVEL_LINKS, switches), ...menus, ...settings];
}
