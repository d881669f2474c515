import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';

import { ConfigLoadError } from './config-errors.js';
import { configExtensionOf } from './find-config-module.js';

const MAX_REASON = 400;

let importCount = 0;

/**
 * Loads a config module and returns what it exports: the keys of a default-exported object,
 * overridden by named exports of the same name. A `.json` file is one default object.
 */
export async function importConfigModule(file: string): Promise<Record<string, unknown>> {
  const extension = configExtensionOf(file);
  if (extension === '.json') return readJsonModule(file);

  // A query string makes each load a fresh module instance, so a changed file is read again.
  importCount += 1;
  const url = `${pathToFileURL(file).href}?superset_config=${importCount}`;
  let namespace: Record<string, unknown>;
  try {
    namespace = (await (extension === '.ts'
      ? // tsx loads only for a .ts config, keeping it off the start-up path otherwise.
        (await import('tsx/esm/api')).tsImport(url, import.meta.url)
      : import(url))) as Record<string, unknown>;
  } catch (error) {
    throw new ConfigLoadError(file, `importing it threw ${describeThrown(error)}`, {
      cause: error,
    });
  }
  return exportsOf(file, namespace);
}

async function readJsonModule(file: string): Promise<Record<string, unknown>> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ConfigLoadError(file, `invalid JSON (${reason})`, { cause: error });
  }
  if (!isPlainObject(parsed)) {
    throw new ConfigLoadError(file, 'the JSON file must hold one object of config keys.');
  }
  return { ...parsed };
}

function exportsOf(file: string, namespace: Record<string, unknown>): Record<string, unknown> {
  const { default: defaultExport, ...named } = unwrapTranspiledModule(namespace);
  if (defaultExport === undefined) return named;
  if (!isPlainObject(defaultExport)) {
    throw new ConfigLoadError(
      file,
      'the default export must be an object of config keys, e.g. export default { ROW_LIMIT: 5000 }.',
    );
  }
  return { ...defaultExport, ...named };
}

/**
 * A .ts or .js file outside an ESM package is compiled to CommonJS, and its ES exports arrive
 * wrapped: the namespace's `default` is `module.exports`, flagged `__esModule`, holding the
 * real default export and the named ones. Unwrapping gives the exports the user wrote.
 */
function unwrapTranspiledModule(namespace: Record<string, unknown>): Record<string, unknown> {
  const moduleExports = namespace.default;
  if (typeof moduleExports !== 'object' || moduleExports === null) return namespace;
  if ((moduleExports as { __esModule?: unknown }).__esModule !== true) return namespace;
  return { ...(moduleExports as Record<string, unknown>) };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}

/** The thrown value on one line: messages such as a compiler's span several lines. */
function describeThrown(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const oneLine = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join(' ');
  return oneLine.length > MAX_REASON ? `${oneLine.slice(0, MAX_REASON)}…` : oneLine;
}
