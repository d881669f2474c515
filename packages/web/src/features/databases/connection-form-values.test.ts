import { PASSWORD_MASK } from '@superset-ts/shared';
import { describe, expect, it } from 'vitest';
import {
  connectionValuesOf,
  databaseBodyOf,
  findJsonProblems,
  newConnectionValues,
  testConnectionBody,
} from './connection-form-values';
import { engineChoiceOf, engineChoiceOfDatabase } from './engine-choice';
import { buildDatabaseDetail, buildEngine } from './testing/build-database';

const POSTGRES = engineChoiceOf(buildEngine());

describe('a new connection', () => {
  it('uses the parameters form with its defaults, and Superset defaults for the rest', () => {
    const values = newConnectionValues(POSTGRES);
    expect(values.configuration_method).toBe('dynamic_form');
    expect(values.parameters).toEqual({ port: 5432 });
    expect(values.database_name).toBe('PostgreSQL');
    expect(values.expose_in_sqllab).toBe(true);
    expect(values.allow_dml).toBe(false);
  });

  it('uses the URI when the engine has no parameters form', () => {
    const engine = engineChoiceOf(buildEngine({ engine: 'trino', parameters: undefined }));
    expect(newConnectionValues(engine).configuration_method).toBe('sqlalchemy_form');
  });

  it('sends the engine, driver and typed parameters, with the query text as an object', () => {
    const values = {
      ...newConnectionValues(POSTGRES),
      database_name: ' Sales ',
      parameters: {
        host: ' 127.0.0.1 ',
        port: 5432,
        database: 'test',
        username: 'postgres',
        query: 'sslmode=disable',
      },
      engine_params: '{"connect_args": {"connect_timeout": 5}}',
      version: '16.2',
    };
    expect(databaseBodyOf(values, POSTGRES, null)).toMatchObject({
      database_name: 'Sales',
      configuration_method: 'dynamic_form',
      engine: 'postgresql',
      driver: 'psycopg2',
      parameters: {
        host: '127.0.0.1',
        port: 5432,
        database: 'test',
        username: 'postgres',
        query: { sslmode: 'disable' },
      },
      expose_in_sqllab: true,
      cache_timeout: null,
      masked_encrypted_extra: null,
    });
    expect(JSON.parse(databaseBodyOf(values, POSTGRES, null).extra ?? '')).toEqual({
      engine_params: { connect_args: { connect_timeout: 5 } },
      version: '16.2',
    });
  });

  it('sends only the URI in the URI form, so the URI names its backend', () => {
    const values = {
      ...newConnectionValues(POSTGRES),
      configuration_method: 'sqlalchemy_form' as const,
      sqlalchemy_uri: ' postgresql://u:p@h/db ',
    };
    const body = testConnectionBody(values, POSTGRES, null, 'Sales');
    expect(body).toMatchObject({
      database_name: 'Sales',
      configuration_method: 'sqlalchemy_form',
      sqlalchemy_uri: 'postgresql://u:p@h/db',
    });
    expect(body).not.toHaveProperty('engine');
    expect(body).not.toHaveProperty('parameters');
  });
});

describe('editing a stored database', () => {
  const stored = buildDatabaseDetail({
    extra: JSON.stringify({
      metadata_params: { schema: 'public' },
      schemas_allowed_for_file_upload: ['uploads'],
      cost_estimate_enabled: true,
      python_date_format_by_column_name: { ds: '%Y-%m-%d' },
    }),
  });
  const engine = engineChoiceOfDatabase(stored, [buildEngine()]);

  it('fills the form from the stored settings, password still masked', () => {
    const values = connectionValuesOf(stored, engine);
    expect(values.parameters).toMatchObject({
      host: 'db.internal',
      password: PASSWORD_MASK,
      query: 'sslmode=require',
    });
    expect(values.metadata_params).toBe('{\n  "schema": "public"\n}');
    expect(values.schemas_allowed_for_file_upload).toEqual(['uploads']);
  });

  it('sends the mask back unchanged and keeps extra keys the form does not edit', () => {
    const values = { ...connectionValuesOf(stored, engine), metadata_params: '' };
    const body = databaseBodyOf(values, engine, stored.extra);
    expect(body.parameters).toMatchObject({ password: PASSWORD_MASK });
    expect(JSON.parse(body.extra ?? '')).toEqual({
      schemas_allowed_for_file_upload: ['uploads'],
      cost_estimate_enabled: true,
      python_date_format_by_column_name: { ds: '%Y-%m-%d' },
    });
  });

  it('shows a database stored by URI in the URI form', () => {
    const byUri = buildDatabaseDetail({ configuration_method: 'sqlalchemy_form' });
    const values = connectionValuesOf(byUri, engineChoiceOfDatabase(byUri, undefined));
    expect(values.configuration_method).toBe('sqlalchemy_form');
    expect(values.sqlalchemy_uri).toBe(byUri.sqlalchemy_uri);
  });
});

describe('findJsonProblems', () => {
  it('names each JSON field that cannot be read, and the parameters that are JSON', () => {
    const values = {
      ...newConnectionValues(POSTGRES),
      engine_params: '{"connect_args": ',
      masked_encrypted_extra: '[]',
      parameters: { query: 'verbose' },
    };
    expect(findJsonProblems(values, POSTGRES.parameterFields).map((p) => p.name)).toEqual([
      ['masked_encrypted_extra'],
      ['engine_params'],
      ['parameters', 'query'],
    ]);
  });

  it('finds none in a fresh form, and ignores the parameters while the URI is used', () => {
    const values = newConnectionValues(POSTGRES);
    expect(findJsonProblems(values, POSTGRES.parameterFields)).toEqual([]);
    expect(
      findJsonProblems(
        { ...values, configuration_method: 'sqlalchemy_form', parameters: { query: 'x' } },
        POSTGRES.parameterFields,
      ),
    ).toEqual([]);
  });
});
