/**
 * A JSON Schema validator for the subset SCHEDULED_QUERIES forms use (Superset's documented
 * example and what @rjsf renders from it): `type`, `properties`, `required`, `items`,
 * `enum`, `minLength`/`maxLength`, `minimum`/`maximum`, `pattern`, `additionalProperties`
 * and `format` (`date-time`, `date`). Annotations (`title`, `description`, `default`, ...)
 * are ignored; any other keyword is refused up front by `findUnsupportedKeywords`, so a
 * schema is never half-enforced in silence.
 */

/** One problem: where (dotted path below the validated value) and what. */
export interface SchemaProblem {
  path: string;
  message: string;
}

type Schema = Readonly<Record<string, unknown>>;

const ANNOTATIONS = new Set([
  'title',
  'description',
  'default',
  'examples',
  '$schema',
  '$comment',
  'readOnly',
  'writeOnly',
]);
const VALIDATION_KEYWORDS = new Set([
  'type',
  'properties',
  'required',
  'items',
  'enum',
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'pattern',
  'format',
  'additionalProperties',
]);
const FORMATS = new Set(['date-time', 'date']);

/** RFC 3339 date-time, as @rjsf's date-time widget writes it (offset or Z required). */
const DATE_TIME =
  /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:[Zz]|[+-]\d{2}:?\d{2})$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

const isRecord = (value: unknown): value is Schema =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const join = (path: string, key: string | number) => (path === '' ? String(key) : `${path}.${key}`);

/** Keywords of `schema` (and its sub-schemas) this validator cannot enforce, with their paths. */
export function findUnsupportedKeywords(schema: unknown, path = ''): string[] {
  if (!isRecord(schema)) return [`${path || '(root)'} is not a schema object`];
  const found: string[] = [];
  for (const [key, value] of Object.entries(schema)) {
    if (ANNOTATIONS.has(key)) continue;
    if (!VALIDATION_KEYWORDS.has(key)) {
      found.push(join(path, key));
      continue;
    }
    if (key === 'format' && !FORMATS.has(String(value)))
      found.push(`${join(path, key)}=${String(value)}`);
    if (key === 'properties' && isRecord(value)) {
      for (const [name, sub] of Object.entries(value)) {
        found.push(...findUnsupportedKeywords(sub, join(join(path, 'properties'), name)));
      }
    }
    if ((key === 'items' || key === 'additionalProperties') && isRecord(value)) {
      found.push(...findUnsupportedKeywords(value, join(path, key)));
    }
  }
  return found;
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function matchesType(value: unknown, expected: string): boolean {
  const actual = typeOf(value);
  return actual === expected || (expected === 'number' && actual === 'integer');
}

function isValidDate(text: string, format: string): boolean {
  if (format === 'date') return DATE.test(text) && !Number.isNaN(Date.parse(`${text}T00:00:00Z`));
  return DATE_TIME.test(text) && !Number.isNaN(Date.parse(text));
}

function checkScalar(value: unknown, schema: Schema, path: string, out: SchemaProblem[]): void {
  const fail = (message: string) => out.push({ path, message });
  if (Array.isArray(schema.enum) && !schema.enum.some((option) => option === value)) {
    fail(`must be one of ${schema.enum.map((option) => JSON.stringify(option)).join(', ')}`);
  }
  if (typeof value === 'string') {
    if (typeof schema.minLength === 'number' && value.length < schema.minLength) {
      fail(`must have at least ${schema.minLength} characters`);
    }
    if (typeof schema.maxLength === 'number' && value.length > schema.maxLength) {
      fail(`must have at most ${schema.maxLength} characters`);
    }
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value)) {
      fail(`must match ${schema.pattern}`);
    }
    if (typeof schema.format === 'string' && !isValidDate(value, schema.format)) {
      fail(
        `must be a ${schema.format} (ISO 8601${schema.format === 'date-time' ? ' with a time zone' : ''})`,
      );
    }
  }
  if (typeof value === 'number') {
    if (typeof schema.minimum === 'number' && value < schema.minimum) {
      fail(`must be at least ${schema.minimum}`);
    }
    if (typeof schema.maximum === 'number' && value > schema.maximum) {
      fail(`must be at most ${schema.maximum}`);
    }
  }
}

function checkObject(value: Schema, schema: Schema, path: string, out: SchemaProblem[]): void {
  const properties = isRecord(schema.properties) ? schema.properties : {};
  const required = Array.isArray(schema.required) ? schema.required : [];
  for (const name of required) {
    if (typeof name === 'string' && value[name] === undefined) {
      out.push({ path: join(path, name), message: 'is required' });
    }
  }
  for (const [name, item] of Object.entries(value)) {
    const sub = properties[name];
    if (sub !== undefined) {
      validateAgainst(item, sub, join(path, name), out);
    } else if (schema.additionalProperties === false) {
      out.push({ path: join(path, name), message: 'is not an allowed field' });
    } else if (isRecord(schema.additionalProperties)) {
      validateAgainst(item, schema.additionalProperties, join(path, name), out);
    }
  }
}

function validateAgainst(
  value: unknown,
  schema: unknown,
  path: string,
  out: SchemaProblem[],
): void {
  if (!isRecord(schema)) return;
  if (schema.type !== undefined) {
    const types = (Array.isArray(schema.type) ? schema.type : [schema.type]).map(String);
    if (!types.some((type) => matchesType(value, type))) {
      out.push({ path, message: `must be of type ${types.join(' or ')}` });
      return;
    }
  }
  checkScalar(value, schema, path, out);
  if (Array.isArray(value) && schema.items !== undefined) {
    value.forEach((item, index) => validateAgainst(item, schema.items, join(path, index), out));
  }
  if (isRecord(value)) checkObject(value, schema, path, out);
}

/** Every way `value` breaks `schema` (empty when it conforms). */
export function validateJsonSchema(value: unknown, schema: unknown): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  validateAgainst(value, schema, '', problems);
  return problems;
}
