import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { withStatementCache } from './sqlite-statement-cache.js';

describe('withStatementCache', () => {
  const opened: Database.Database[] = [];
  function open(): Database.Database {
    const database = new Database(':memory:');
    opened.push(database);
    return database;
  }
  afterEach(() => {
    for (const database of opened.splice(0)) if (database.open) database.close();
  });

  it('prepares a query once and runs it again with other parameters', () => {
    const database = open();
    database.exec('create table t (id integer primary key, name text)');
    database.exec("insert into t values (1, 'a'), (2, 'b')");
    const cached = withStatementCache(database);
    const sql = 'select name from t where id = ?';
    const first = cached.prepare(sql);
    expect(first.all([1])).toEqual([{ name: 'a' }]);
    expect(cached.prepare(sql)).toBe(first);
    expect(cached.prepare(sql).all([2])).toEqual([{ name: 'b' }]);
  });

  it('sees a column added after a select * was cached', () => {
    const database = open();
    const cached = withStatementCache(database);
    cached.prepare('create table t (id integer)').run([]);
    cached.prepare('insert into t values (1)').run([]);
    expect(cached.prepare('select * from t').all([])).toEqual([{ id: 1 }]);
    cached.prepare('alter table t add column name text').run([]);
    expect(cached.prepare('select * from t').all([])).toEqual([{ id: 1, name: null }]);
  });

  it('hands a statement still being iterated to nobody else', () => {
    const database = open();
    database.exec('create table t (id integer)');
    database.exec('insert into t values (1), (2)');
    const cached = withStatementCache(database);
    const sql = 'select id from t order by id';
    const iterating = cached.prepare(sql) as unknown as Database.Statement;
    const rows = iterating.iterate();
    expect(rows.next().value).toEqual({ id: 1 });
    const other = cached.prepare(sql);
    expect(other).not.toBe(iterating);
    expect(other.all([])).toEqual([{ id: 1 }, { id: 2 }]);
    rows.return?.();
  });

  it('keeps at most its capacity, dropping the least recently used', () => {
    const database = open();
    const cached = withStatementCache(database, 2);
    const one = cached.prepare('select 1');
    const two = cached.prepare('select 2');
    expect(cached.prepare('select 1')).toBe(one);
    cached.prepare('select 3');
    expect(cached.prepare('select 1')).toBe(one);
    expect(cached.prepare('select 2')).not.toBe(two);
  });

  it('closes the database', () => {
    const database = open();
    withStatementCache(database).close();
    expect(database.open).toBe(false);
  });
});
