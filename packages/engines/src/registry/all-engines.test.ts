import { isTimeGrain } from '@superset-ts/shared';
import { describe, expect, it } from 'vitest';
import { parseSqlalchemyUri } from '../connection/sqlalchemy-uri.js';
import { ALL_ENGINE_SPECS } from './all-engines.js';
import { createEngineRegistry } from './engine-registry.js';

const byEngine = (engine: string) => ALL_ENGINE_SPECS.find((spec) => spec.engine === engine);

describe('ALL_ENGINE_SPECS', () => {
  it('claims every URI backend and engine name once (the registry builds)', () => {
    expect(() => createEngineRegistry(ALL_ENGINE_SPECS)).not.toThrow();
    const backends = ALL_ENGINE_SPECS.flatMap((spec) => spec.backends);
    expect(backends.filter((backend, i) => backends.indexOf(backend) !== i)).toEqual([]);
  });

  it('offers only built-in grains, each of which renders around the column', () => {
    for (const spec of ALL_ENGINE_SPECS) {
      const grains = Object.keys(spec.dialect.timeGrainExpressions);
      expect(
        grains.filter((grain) => !isTimeGrain(grain)),
        spec.engine,
      ).toEqual([]);
      for (const grain of spec.dialect.timeGrains()) {
        expect(
          spec.dialect.timeGrainExpression('__col__', grain),
          `${spec.engine} ${grain}`,
        ).toMatch(/__col__/);
      }
    }
  });

  it('gives every live-tested engine a client and every dialect-only engine a note', () => {
    const live = ALL_ENGINE_SPECS.filter((spec) => spec.tested === 'live');
    expect(live.filter((spec) => !spec.loadClient).map((spec) => spec.engine)).toEqual([]);
    const dialectOnly = ALL_ENGINE_SPECS.filter((spec) => spec.tested === 'dialect');
    expect(
      dialectOnly
        .filter((spec) => !spec.notes || spec.notes.trim().length < 20)
        .map((s) => s.engine),
    ).toEqual([]);
  });

  it('names its default driver among its drivers and its own backend in the placeholder', () => {
    for (const spec of ALL_ENGINE_SPECS) {
      expect(spec.drivers, spec.engine).toContain(spec.defaultDriver);
      const placeholder = parseSqlalchemyUri(
        spec.sqlalchemyUriPlaceholder.replace(/\[.*\]$/, '').replace(':port', ''),
      );
      expect(spec.backends, spec.engine).toContain(placeholder.backend);
    }
  });

  it('selects each engine from its URI, with or without a driver', () => {
    const registry = createEngineRegistry(ALL_ENGINE_SPECS);
    for (const spec of ALL_ENGINE_SPECS) {
      for (const backend of spec.backends) {
        expect(registry.forUri(parseSqlalchemyUri(`${backend}://host/db`)), backend).toBe(spec);
        for (const driver of spec.drivers) {
          expect(registry.forUri(parseSqlalchemyUri(`${backend}+${driver}://h/db`))).toBe(spec);
        }
      }
    }
  });

  it('routes the Superset URIs of the Hive family and its neighbours as documented', () => {
    const registry = createEngineRegistry(ALL_ENGINE_SPECS);
    const engineOf = (uri: string) => registry.forUri(parseSqlalchemyUri(uri)).engine;
    expect(engineOf('hive://hive@host:10000/default')).toBe('hive');
    expect(engineOf('sparksql://host:10000/default')).toBe('sparksql');
    expect(engineOf('databricks+pyhive://token:t@host:443/default')).toBe('databricks');
    expect(engineOf('ibm_db_sa://u:p@host:50000/sample')).toBe('db2');
    expect(engineOf('exa+pyodbc://u:p@dsn')).toBe('exa');
    expect(engineOf('gsheets://')).toBe('gsheets');
    expect(byEngine('gsheets')).not.toHaveProperty('loadClient');
  });
});
