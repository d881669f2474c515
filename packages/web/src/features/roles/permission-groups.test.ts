import { describe, expect, it } from 'vitest';
import { groupPermissions } from './permission-groups';

const pair = (id: number, permission: string, viewMenu: string) => ({
  id,
  permission: { name: permission },
  view_menu: { name: viewMenu },
});

const PAIRS = [
  pair(1, 'can_write', 'Dashboard'),
  pair(2, 'can_read', 'Dashboard'),
  pair(3, 'can_read', 'Chart'),
  pair(4, 'menu_access', 'Charts'),
];

describe('groupPermissions', () => {
  it('groups pairs by resource, both sorted by name', () => {
    expect(groupPermissions(PAIRS)).toEqual([
      { resource: 'Chart', permissions: [{ id: 3, name: 'can_read' }] },
      { resource: 'Charts', permissions: [{ id: 4, name: 'menu_access' }] },
      {
        resource: 'Dashboard',
        permissions: [
          { id: 2, name: 'can_read' },
          { id: 1, name: 'can_write' },
        ],
      },
    ]);
  });

  it('keeps what matches the search in the resource, the permission or "x on y"', () => {
    expect(groupPermissions(PAIRS, 'DASH').map((group) => group.resource)).toEqual(['Dashboard']);
    expect(groupPermissions(PAIRS, 'write').flatMap((g) => g.permissions)).toEqual([
      { id: 1, name: 'can_write' },
    ]);
    expect(groupPermissions(PAIRS, 'read on chart').map((group) => group.resource)).toEqual([
      'Chart',
    ]);
    expect(groupPermissions(PAIRS, 'nothing')).toEqual([]);
  });
});
