import { describe, expect, it } from 'vitest';
import { permissionKey, type Actor } from '../../security/access/actor.js';
import {
  canAccessDataset,
  canChangeDataset,
  datasetViewMenu,
  schemaViewMenu,
} from './dataset-access.js';

function userWith(...pairs: [string, string][]): Actor {
  return {
    kind: 'user',
    userId: 7,
    username: 'u',
    roles: ['Gamma'],
    permissions: new Set(pairs.map(([p, v]) => permissionKey(p, v))),
  };
}

const orders = { id: 3, database_id: 1, schema_perm: '[main].[sales]', catalog_perm: null };
const other = { id: 4, database_id: 2, schema_perm: '[dw].[sales]', catalog_perm: null };

describe('dataset access', () => {
  it('names view menus as Superset does', () => {
    expect(datasetViewMenu('main', 'orders', 3)).toBe('[main].[orders](id:3)');
    expect(schemaViewMenu('main', null, 'sales')).toBe('[main].[sales]');
    expect(schemaViewMenu('main', 'cat', 'sales')).toBe('[main].[cat].[sales]');
    expect(schemaViewMenu('main', null, null)).toBeNull();
  });

  it('grants every dataset with all_datasource_access or all_database_access', () => {
    for (const p of ['all_datasource_access', 'all_database_access']) {
      const actor = userWith([p, p]);
      expect(canAccessDataset(actor, orders)).toBe(true);
      expect(canAccessDataset(actor, other)).toBe(true);
    }
  });

  it('grants by database, schema or dataset, and nothing else', () => {
    const byDb = userWith(['database_access', '[main].(id:1)']);
    expect([canAccessDataset(byDb, orders), canAccessDataset(byDb, other)]).toEqual([true, false]);
    const bySchema = userWith(['schema_access', '[main].[sales]']);
    expect([canAccessDataset(bySchema, orders), canAccessDataset(bySchema, other)]).toEqual([
      true,
      false,
    ]);
    // Matched by id: a dataset renamed since the grant is still granted.
    const byDataset = userWith(['datasource_access', '[main].[old_name](id:3)']);
    expect([canAccessDataset(byDataset, orders), canAccessDataset(byDataset, other)]).toEqual([
      true,
      false,
    ]);
    expect(canAccessDataset(userWith(['can_read', 'Dataset']), orders)).toBe(false);
  });

  it('lets admins and owners change a dataset', () => {
    const alpha = { ...userWith(), roles: ['Alpha'] };
    expect(canChangeDataset(alpha, [1, 2], 'Admin')).toBe(false);
    expect(canChangeDataset(alpha, [7], 'Admin')).toBe(true);
    expect(canChangeDataset({ ...alpha, roles: ['Admin'] }, [], 'Admin')).toBe(true);
  });
});
