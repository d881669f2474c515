import { describe, expect, it } from 'vitest';
import { parseMetadataUri, type ServerConnectionOptions } from '../metadata-uri.js';
import { toPostgresConnectionString } from './postgres-dialect.js';

function serverOptions(uri: string): ServerConnectionOptions {
  const options = parseMetadataUri(uri, '/');
  if (options.dialect === 'sqlite') throw new TypeError('expected a server URI');
  return options;
}

describe('toPostgresConnectionString', () => {
  it('passes sslmode and other parameters on, re-encoding the credentials', () => {
    const options = serverOptions(
      'postgresql+psycopg2://us%40r:p%2Fw@db:6432/meta?sslmode=require',
    );
    expect(toPostgresConnectionString(options)).toBe(
      'postgresql://us%40r:p%2Fw@db:6432/meta?sslmode=require',
    );
  });

  it('brackets an IPv6 host', () => {
    expect(toPostgresConnectionString(serverOptions('postgres://u@[::1]/db'))).toBe(
      'postgresql://u@[::1]/db',
    );
  });
});
