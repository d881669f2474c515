import { describe, expect, it } from 'vitest';
import { permissionKey, type Actor } from '../../security/access/actor.js';
import { hasSqlLabAccessTo } from './sql-lab-access.js';

const user = (...pairs: [string, string][]): Actor => ({
  kind: 'user',
  userId: 1,
  username: 'u',
  roles: [],
  permissions: new Set(pairs.map(([action, resource]) => permissionKey(action, resource))),
});
const SQL_LAB: [string, string] = ['can_execute_sql_query', 'SQLLab'];

describe('hasSqlLabAccessTo', () => {
  it('needs both SQL Lab and access to that very database', () => {
    expect(hasSqlLabAccessTo(user(SQL_LAB, ['database_access', '[main].(id:3)']), 3)).toBe(true);
    expect(hasSqlLabAccessTo(user(SQL_LAB, ['database_access', '[main].(id:3)']), 4)).toBe(false);
    expect(hasSqlLabAccessTo(user(['database_access', '[main].(id:3)']), 3)).toBe(false);
  });

  it('grants every database with all_database_access', () => {
    expect(
      hasSqlLabAccessTo(user(SQL_LAB, ['all_database_access', 'all_database_access']), 9),
    ).toBe(true);
  });
});
