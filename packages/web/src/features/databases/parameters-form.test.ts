import { describe, expect, it } from 'vitest';
import {
  defaultParameterValues,
  formatQueryText,
  parameterFieldsOf,
  parseQueryText,
} from './parameters-form';
import { POSTGRES_PARAMETERS } from './testing/build-database';

describe('parameterFieldsOf', () => {
  it('turns an engine schema into labelled fields of the right kind, in order', () => {
    const fields = parameterFieldsOf(POSTGRES_PARAMETERS);
    expect(fields?.map((field) => [field.name, field.label, field.kind, field.isRequired])).toEqual(
      [
        ['host', 'Host', 'text', true],
        ['port', 'Port', 'integer', true],
        ['database', 'Database name', 'text', true],
        ['username', 'Username', 'text', true],
        ['password', 'Password', 'password', false],
        ['query', 'Additional parameters', 'query', false],
        ['encryption', 'SSL', 'boolean', false],
      ],
    );
    const port = fields?.find((field) => field.name === 'port');
    expect([port?.minimum, port?.maximum]).toEqual([0, 65535]);
    // Descriptions become placeholders and help, unless they only repeat the label.
    expect(fields?.map((field) => field.description)).toEqual([
      'Hostname or IP address',
      'Database port',
      undefined,
      undefined,
      undefined,
      undefined,
      'Use an encrypted connection',
    ]);
  });

  it('starts the form with the schema defaults, such as the port', () => {
    const fields = parameterFieldsOf(POSTGRES_PARAMETERS) ?? [];
    expect(defaultParameterValues(fields)).toEqual({ port: 5432 });
  });

  it('makes choices of enums, passwords of writeOnly strings and JSON of other objects', () => {
    const fields = parameterFieldsOf({
      properties: {
        auth_method: { type: 'string', enum: ['password', 'key_pair'] },
        private_key: { type: 'string', writeOnly: true },
        credentials_info: { type: 'object', description: 'Service account key' },
        warehouse_size: { type: 'string' },
      },
    });
    expect(fields?.map((field) => [field.label, field.kind, field.isRequired])).toEqual([
      ['Auth method', 'choice', false],
      ['Private key', 'password', false],
      ['Service account credentials', 'json', false],
      ['Warehouse size', 'text', false],
    ]);
    expect(fields?.[0]?.choices).toEqual(['password', 'key_pair']);
  });

  it('answers null for a schema it cannot read, so the URI field is offered instead', () => {
    expect(parameterFieldsOf(undefined)).toBeNull();
    expect(parameterFieldsOf({ properties: 'host' })).toBeNull();
    expect(parameterFieldsOf({ type: 'object', properties: {} })).toBeNull();
  });
});

describe('the additional parameters text', () => {
  it('reads key=value pairs, decoding escapes', () => {
    expect(parseQueryText('sslmode=require&application_name=my%20app')).toEqual({
      isValid: true,
      value: { sslmode: 'require', application_name: 'my app' },
    });
    expect(parseQueryText('  ')).toEqual({ isValid: true, value: {} });
  });

  it('says which part is not a key=value pair', () => {
    expect(parseQueryText('sslmode=require&verbose')).toEqual({
      isValid: false,
      problem: 'Write each parameter as key=value ("verbose" is not)',
    });
    expect(parseQueryText('a=%zz').isValid).toBe(false);
  });

  it('writes an object back as text that reads the same', () => {
    const text = formatQueryText({ sslmode: 'require', application_name: 'my app' });
    expect(parseQueryText(text)).toEqual({
      isValid: true,
      value: { sslmode: 'require', application_name: 'my app' },
    });
    expect(formatQueryText(null)).toBe('');
  });
});
