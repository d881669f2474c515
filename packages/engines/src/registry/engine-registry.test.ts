import { describe, expect, it } from 'vitest';
import { parseSqlalchemyUri } from '../connection/sqlalchemy-uri.js';
import { POSTGRES_SPEC } from '../postgres/postgres.spec.js';
import type { EngineSpec } from '../spec/engine-spec.js';
import { createEngineRegistry } from './engine-registry.js';

/** A spec that differs from PostgreSQL's only where a test says so. */
function specWith(overrides: Partial<EngineSpec>): EngineSpec {
  return { ...POSTGRES_SPEC, ...overrides };
}

const ZEBRA = specWith({ engine: 'zebra', engineName: 'Zebra DB', backends: ['zebra'] });
const AARDVARK = specWith({
  engine: 'aardvark',
  engineName: 'Aardvark',
  backends: ['aardvark', 'ardv'],
  drivers: ['native', 'odbc'],
});

describe('createEngineRegistry', () => {
  it('finds a spec by any of its backends, whatever driver the URI names', () => {
    const registry = createEngineRegistry([ZEBRA, AARDVARK]);
    expect(registry.forUri(parseSqlalchemyUri('aardvark://h/db'))).toBe(AARDVARK);
    expect(registry.forUri(parseSqlalchemyUri('aardvark+odbc://h/db'))).toBe(AARDVARK);
    expect(registry.forUri(parseSqlalchemyUri('ARDV+native://h/db'))).toBe(AARDVARK);
    expect(registry.forUri({ backend: 'zebra', driver: null })).toBe(ZEBRA);
  });

  it('refuses an unknown backend with UNKNOWN_ENGINE_ERROR naming it and where to look', () => {
    const registry = createEngineRegistry([ZEBRA]);
    expect(() => registry.forUri(parseSqlalchemyUri('mongodb+srv://h/db'))).toThrow(
      expect.objectContaining({
        code: 'UNKNOWN_ENGINE_ERROR',
        status: 400,
        message:
          'No engine is known for "mongodb://". GET /api/v1/database/available/ lists the engines.',
      }),
    );
  });

  it('lists specs by display name and finds them by engine', () => {
    const registry = createEngineRegistry([ZEBRA, AARDVARK]);
    expect(registry.all().map((spec) => spec.engineName)).toEqual(['Aardvark', 'Zebra DB']);
    expect(registry.byEngine('zebra')).toBe(ZEBRA);
    expect(registry.byEngine('nope')).toBeUndefined();
  });

  it('throws when two specs claim one backend or one engine name', () => {
    const clash = specWith({ engine: 'other', engineName: 'Other', backends: ['ardv'] });
    expect(() => createEngineRegistry([AARDVARK, clash])).toThrow(
      'URI backend "ardv" is claimed twice',
    );
    expect(() =>
      createEngineRegistry([ZEBRA, specWith({ engine: 'zebra', backends: ['zebra2'] })]),
    ).toThrow('Engine "zebra" is registered twice');
  });
});
