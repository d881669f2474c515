import { describe, expect, it } from 'vitest';
import { permissionKey, type Actor } from '../../security/access/actor.js';
import { databaseViewMenu, databaseVisibilityOf } from './database-access.js';

const actorWith = (...keys: [string, string][]): Actor => ({
  kind: 'user',
  userId: 1,
  username: 'u',
  roles: ['Custom'],
  permissions: new Set(keys.map(([action, resource]) => permissionKey(action, resource))),
});

describe('which databases an actor may use', () => {
  it('names the view menu as Superset does', () => {
    expect(databaseViewMenu('examples', 3)).toBe('[examples].(id:3)');
  });

  it('is every database with all_database_access or all_datasource_access', () => {
    expect(databaseVisibilityOf(actorWith(['all_database_access', 'all_database_access']))).toEqual(
      { kind: 'all' },
    );
    expect(
      databaseVisibilityOf(actorWith(['all_datasource_access', 'all_datasource_access'])),
    ).toEqual({ kind: 'all' });
  });

  it('is the databases granted by database_access, by id, names with brackets included', () => {
    const actor = actorWith(
      ['database_access', databaseViewMenu('sales', 4)],
      ['database_access', databaseViewMenu('odd ].(id:9) name', 12)],
      ['can_read', 'Database'],
      ['schema_access', '[sales].[public]'],
    );
    expect(databaseVisibilityOf(actor)).toEqual({ kind: 'ids', ids: [4, 12] });
    expect(databaseVisibilityOf(actorWith(['can_read', 'Database']))).toEqual({
      kind: 'ids',
      ids: [],
    });
  });
});
