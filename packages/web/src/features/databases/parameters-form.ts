import { z } from 'zod';

/** How one parameter is entered. */
export type ParameterFieldKind =
  'text' | 'password' | 'integer' | 'boolean' | 'choice' | 'query' | 'json';

/** One field of the parameters form, read from the engine's JSON schema. */
export interface ParameterField {
  name: string;
  label: string;
  kind: ParameterFieldKind;
  isRequired: boolean;
  /** The schema's description (a placeholder, or help under a switch); none when it repeats the label. */
  description: string | undefined;
  defaultValue: string | number | boolean | undefined;
  /** The allowed values of a `choice`. */
  choices: readonly string[];
  minimum: number | undefined;
  maximum: number | undefined;
}

const propertySchema = z
  .object({
    type: z.string().optional(),
    description: z.string().optional(),
    default: z.union([z.string(), z.number(), z.boolean()]).optional(),
    format: z.string().optional(),
    enum: z.array(z.string()).optional(),
    writeOnly: z.boolean().optional(),
    minimum: z.number().optional(),
    maximum: z.number().optional(),
  })
  .loose();

const parametersSchemaSchema = z
  .object({
    properties: z.record(z.string(), propertySchema),
    required: z.array(z.string()).optional(),
  })
  .loose();

type PropertySchema = z.infer<typeof propertySchema>;

/** Superset's wording for the parameters most engines share; others are named from their key. */
const KNOWN_LABELS: Readonly<Record<string, string>> = {
  host: 'Host',
  port: 'Port',
  database: 'Database name',
  username: 'Username',
  password: 'Password',
  query: 'Additional parameters',
  encryption: 'SSL',
  http_path: 'HTTP path',
  access_token: 'Access token',
  credentials_info: 'Service account credentials',
};

function labelOf(name: string): string {
  const known = KNOWN_LABELS[name];
  if (known) return known;
  const words = name.replace(/_/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The kind of field for each JSON-schema type; strings are text or password. */
const KIND_OF_TYPE: Readonly<Record<string, ParameterFieldKind>> = {
  integer: 'integer',
  number: 'integer',
  boolean: 'boolean',
  object: 'json',
  array: 'json',
};

function descriptionOf(label: string, description: string | undefined): string | undefined {
  const isRepeat = description?.trim().toLowerCase() === label.toLowerCase();
  return isRepeat ? undefined : description;
}

function kindOf(name: string, property: PropertySchema): ParameterFieldKind {
  if (property.enum && property.enum.length > 0) return 'choice';
  // Superset enters `query` as URL query text rather than JSON.
  if (name === 'query' && property.type === 'object') return 'query';
  const kind = property.type ? KIND_OF_TYPE[property.type] : undefined;
  if (kind) return kind;
  const isSecret = property.writeOnly || property.format === 'password' || name === 'password';
  return isSecret ? 'password' : 'text';
}

/**
 * The fields of an engine's parameters form, in the schema's order. Answers null when the
 * schema cannot be read, so the dialog offers the URI field instead of a broken form.
 */
export function parameterFieldsOf(schema: unknown): ParameterField[] | null {
  const parsed = parametersSchemaSchema.safeParse(schema);
  if (!parsed.success) return null;
  const required = new Set(parsed.data.required ?? []);
  const fields = Object.entries(parsed.data.properties).map(([name, property]): ParameterField => ({
    name,
    label: labelOf(name),
    kind: kindOf(name, property),
    isRequired: required.has(name),
    description: descriptionOf(labelOf(name), property.description),
    defaultValue: property.default,
    choices: property.enum ?? [],
    minimum: property.minimum,
    maximum: property.maximum,
  }));
  return fields.length > 0 ? fields : null;
}

/** The form's starting values for the parameters: each field's default, where it has one. */
export function defaultParameterValues(fields: readonly ParameterField[]): Record<string, unknown> {
  return Object.fromEntries(
    fields.flatMap((field) =>
      field.defaultValue === undefined ? [] : [[field.name, field.defaultValue]],
    ),
  );
}

/** The outcome of reading the "Additional parameters" text. */
export type QueryTextCheck =
  { isValid: true; value: Record<string, string> } | { isValid: false; problem: string };

/**
 * Reads `key=value&key2=value2` (percent-encoding allowed) into an object. Every part needs
 * a key and an `=`; an empty text is an empty object.
 */
export function parseQueryText(text: string | null | undefined): QueryTextCheck {
  const trimmed = (text ?? '').trim().replace(/^\?/, '');
  if (trimmed === '') return { isValid: true, value: {} };
  const value: Record<string, string> = {};
  for (const part of trimmed.split('&')) {
    const separator = part.indexOf('=');
    if (separator <= 0) {
      return { isValid: false, problem: `Write each parameter as key=value ("${part}" is not)` };
    }
    const key = decodeQueryPart(part.slice(0, separator));
    const item = decodeQueryPart(part.slice(separator + 1));
    if (key === null || item === null) {
      return { isValid: false, problem: `"${part}" has a broken %-escape` };
    }
    value[key] = item;
  }
  return { isValid: true, value };
}

function decodeQueryPart(raw: string): string | null {
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

/** An object of query parameters as `key=value&...` text; `''` when there are none. */
export function formatQueryText(value: unknown): string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return '';
  return new URLSearchParams(
    Object.entries(value).map(([key, item]) => [
      key,
      typeof item === 'string' ? item : JSON.stringify(item),
    ]),
  ).toString();
}
