import { describe, expect, it } from 'vitest';
import { isInBuiltinRole, isMinimalPublicPermission } from './builtin-roles.js';
import { PERMISSION_CATALOGUE, pairKey, type PermissionPair } from './permission-catalogue.js';

const pair = (permission: string, viewMenu: string): PermissionPair => ({ permission, viewMenu });

describe('permission catalogue', () => {
  it('lists each pair once', () => {
    const keys = PERMISSION_CATALOGUE.map(pairKey);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('builtin role rules', () => {
  it('gives Admin every catalogue permission but no per-object access', () => {
    expect(PERMISSION_CATALOGUE.every((p) => isInBuiltinRole('Admin', p))).toBe(true);
    expect(isInBuiltinRole('Admin', pair('datasource_access', '[db].[t](id:1)'))).toBe(false);
  });

  it('keeps admin-only menus and permissions from Alpha, which still gets all data access', () => {
    expect(isInBuiltinRole('Alpha', pair('menu_access', 'Security'))).toBe(false);
    expect(isInBuiltinRole('Alpha', pair('menu_access', 'List Users'))).toBe(false);
    expect(isInBuiltinRole('Alpha', pair('all_query_access', 'all_query_access'))).toBe(false);
    expect(isInBuiltinRole('Alpha', pair('can_grant_guest_token', 'SecurityRestApi'))).toBe(false);
    expect(isInBuiltinRole('Alpha', pair('can_write', 'Database'))).toBe(false);
    expect(isInBuiltinRole('Alpha', pair('can_upload', 'Database'))).toBe(true);
    expect(isInBuiltinRole('Alpha', pair('all_datasource_access', 'all_datasource_access'))).toBe(
      true,
    );
    expect(isInBuiltinRole('Alpha', pair('can_write', 'Dataset'))).toBe(true);
    expect(isInBuiltinRole('Alpha', pair('menu_access', 'Manage'))).toBe(true);
  });

  it('leaves SQL Lab to sql_lab: Alpha and Gamma lack it', () => {
    for (const role of ['Alpha', 'Gamma'] as const) {
      expect(isInBuiltinRole(role, pair('can_execute_sql_query', 'SQLLab'))).toBe(false);
      expect(isInBuiltinRole(role, pair('menu_access', 'SQL Lab'))).toBe(false);
    }
    expect(isInBuiltinRole('sql_lab', pair('can_execute_sql_query', 'SQLLab'))).toBe(true);
    expect(isInBuiltinRole('sql_lab', pair('menu_access', 'SQL Lab'))).toBe(true);
    expect(isInBuiltinRole('sql_lab', pair('can_read', 'Database'))).toBe(true);
    expect(isInBuiltinRole('sql_lab', pair('can_read', 'Dashboard'))).toBe(false);
  });

  it('makes Gamma a read-mostly consumer without data access', () => {
    expect(isInBuiltinRole('Gamma', pair('can_read', 'Dashboard'))).toBe(true);
    expect(isInBuiltinRole('Gamma', pair('can_write', 'Chart'))).toBe(true);
    for (const viewMenu of ['Database', 'Dataset', 'CssTemplate']) {
      expect(isInBuiltinRole('Gamma', pair('can_read', viewMenu))).toBe(true);
      expect(isInBuiltinRole('Gamma', pair('can_write', viewMenu))).toBe(false);
    }
    expect(isInBuiltinRole('Gamma', pair('all_datasource_access', 'all_datasource_access'))).toBe(
      false,
    );
    expect(isInBuiltinRole('Gamma', pair('all_database_access', 'all_database_access'))).toBe(
      false,
    );
    expect(isInBuiltinRole('Gamma', pair('can_export_data', 'Superset'))).toBe(false);
    expect(isInBuiltinRole('Gamma', pair('menu_access', 'Alerts & Reports'))).toBe(false);
  });

  it('lets every role see its own profile and recent activity', () => {
    for (const role of ['Admin', 'Alpha', 'Gamma'] as const) {
      expect(isInBuiltinRole(role, pair('can_userinfo', 'UserDBModelView'))).toBe(true);
      expect(isInBuiltinRole(role, pair('can_recent_activity', 'Log'))).toBe(true);
    }
    expect(isInBuiltinRole('Gamma', pair('can_read', 'Log'))).toBe(false);
  });

  it('gives the minimal public role dashboards to look at, nothing to change', () => {
    expect(isMinimalPublicPermission(pair('can_read', 'Dashboard'))).toBe(true);
    expect(isMinimalPublicPermission(pair('can_write', 'Dashboard'))).toBe(false);
    expect(isMinimalPublicPermission(pair('menu_access', 'SQL Lab'))).toBe(false);
  });
});
