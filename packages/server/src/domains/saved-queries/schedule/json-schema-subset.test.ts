import { describe, expect, it } from 'vitest';
import { findUnsupportedKeywords, validateJsonSchema } from './json-schema-subset.js';

describe('the JSON Schema subset', () => {
  const schema = {
    type: 'object',
    required: ['name'],
    additionalProperties: false,
    properties: {
      name: { type: 'string', minLength: 2, maxLength: 5, pattern: '^[a-z]+$' },
      level: { type: 'integer', minimum: 1, maximum: 3 },
      kind: { enum: ['daily', 'weekly'] },
      day: { type: 'string', format: 'date' },
    },
  };

  it('accepts a conforming value', () => {
    expect(
      validateJsonSchema({ name: 'abc', level: 2, kind: 'daily', day: '2025-01-31' }, schema),
    ).toEqual([]);
  });

  it('reports each broken keyword with its path', () => {
    expect(
      validateJsonSchema({ level: 2.5, kind: 'hourly', day: '2025-13-01', extra: 1 }, schema),
    ).toEqual([
      { path: 'name', message: 'is required' },
      { path: 'level', message: 'must be of type integer' },
      { path: 'kind', message: 'must be one of "daily", "weekly"' },
      { path: 'day', message: 'must be a date (ISO 8601)' },
      { path: 'extra', message: 'is not an allowed field' },
    ]);
  });

  it('checks lengths, patterns and bounds', () => {
    expect(validateJsonSchema({ name: 'A', level: 9 }, schema)).toEqual([
      { path: 'name', message: 'must have at least 2 characters' },
      { path: 'name', message: 'must match ^[a-z]+$' },
      { path: 'level', message: 'must be at most 3' },
    ]);
  });

  it('lists keywords it cannot enforce, and unknown formats', () => {
    expect(
      findUnsupportedKeywords({
        type: 'object',
        title: 'ok',
        properties: { a: { $ref: '#/x' }, b: { type: 'string', format: 'email' } },
      }),
    ).toEqual(['properties.a.$ref', 'properties.b.format=email']);
  });
});
