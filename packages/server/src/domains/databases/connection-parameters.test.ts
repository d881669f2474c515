import { PASSWORD_MASK } from '@superset-ts/shared';
import {
  ALL_ENGINE_SPECS,
  createEngineRegistry,
  formatSqlalchemyUri,
  parseSqlalchemyUri,
  type EngineSpec,
} from '@superset-ts/engines';
import { describe, expect, it } from 'vitest';
import {
  hasBasicParametersForm,
  missingParameters,
  parametersFromUri,
  uriFromParameters,
} from './connection-parameters.js';

const engines = createEngineRegistry(ALL_ENGINE_SPECS);
const spec = (engine: string): EngineSpec => {
  const found = engines.byEngine(engine);
  if (!found) throw new Error(`no ${engine} spec`);
  return found;
};

const FORM = {
  host: 'db.example.com',
  port: 5433,
  database: 'sales',
  username: 'alice',
  password: 'p@ss word',
  query: { application_name: 'superset' },
  encryption: true,
};

describe('the parameters form', () => {
  it("builds the engine's URL, encryption as its TLS option", () => {
    const uri = uriFromParameters(spec('postgresql'), FORM, undefined);
    expect(formatSqlalchemyUri(uri, { password: 'keep' })).toBe(
      'postgresql+psycopg2://alice:p%40ss%20word@db.example.com:5433/sales?application_name=superset&sslmode=require',
    );
    const mysql = uriFromParameters(spec('mysql'), { ...FORM, query: {}, port: '3306' }, undefined);
    expect(mysql.query).toEqual([['ssl', '1']]);
    expect(mysql.port).toBe(3306);
  });

  it('names the empty required fields, and refuses a port that is not a port', () => {
    expect(missingParameters(spec('postgresql'), { host: 'h', port: '' })).toEqual([
      'database',
      'port',
      'username',
    ]);
    expect(() => uriFromParameters(spec('postgresql'), { host: 'h' }, undefined)).toThrow(
      /missing: database, port, username/,
    );
    const badPort = () =>
      uriFromParameters(spec('postgresql'), { ...FORM, port: 'eighty' }, undefined);
    expect(badPort).toThrow(/between 0 and 65535/);
  });

  it('reads the form back from a saved URL, the password masked', () => {
    const uri = parseSqlalchemyUri(
      'postgresql+psycopg2://alice:pw@db.example.com/sales?sslmode=require&application_name=x',
    );
    expect(parametersFromUri(spec('postgresql'), uri)).toEqual({
      host: 'db.example.com',
      port: 5432,
      database: 'sales',
      username: 'alice',
      password: PASSWORD_MASK,
      query: { application_name: 'x' },
      encryption: true,
    });
  });

  it('is offered only for engines whose form is the basic one', () => {
    expect(hasBasicParametersForm(spec('postgresql'))).toBe(true);
    const uriOnly: EngineSpec = { ...spec('postgresql'), parametersSchema: null };
    expect(hasBasicParametersForm(uriOnly)).toBe(false);
    expect(() => uriFromParameters(uriOnly, FORM, undefined)).toThrow(/SQLAlchemy URI/);
    const credentialsForm: EngineSpec = {
      ...spec('postgresql'),
      parametersSchema: {
        type: 'object',
        properties: { credentials_info: { type: 'object' } },
        required: ['credentials_info'],
      },
    };
    expect(hasBasicParametersForm(credentialsForm)).toBe(false);
  });
});
