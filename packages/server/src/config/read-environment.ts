import os from 'node:os';
import path from 'node:path';

/** The process environment, as handed to the loader (product code never reads process.env). */
export type Environment = Readonly<Record<string, string | undefined>>;

/** What the environment contributes: the data directory and values for a few config keys. */
export interface EnvironmentSettings {
  /** Absolute SUPERSET_HOME, or `<HOME>/.superset`. */
  readonly dataDir: string;
  /** Config values set by environment variables, already converted from strings where possible. */
  readonly values: Readonly<Record<string, unknown>>;
  /** For each key path set here, the variable that set it. */
  readonly variables: ReadonlyMap<string, string>;
}

const FEATURE_PREFIX = 'SUPERSET_FEATURE_';

/** Variables that give a config key its value, as Superset reads them. */
const VARIABLES_BY_KEY: readonly (readonly [key: string, variables: readonly string[]])[] = [
  ['SECRET_KEY', ['SUPERSET_SECRET_KEY']],
  ['SQLALCHEMY_DATABASE_URI', ['SUPERSET__SQLALCHEMY_DATABASE_URI']],
  ['SQLALCHEMY_EXAMPLES_URI', ['SUPERSET__SQLALCHEMY_EXAMPLES_URI']],
  ['SUPERSET_WEBSERVER_PORT', ['SUPERSET_WEBSERVER_PORT']],
  ['MAPBOX_API_KEY', ['MAPBOX_API_KEY']],
  ['DEBUG', ['SUPERSET_DEBUG', 'FLASK_DEBUG']],
];

const NUMERIC_KEYS = new Set(['SUPERSET_WEBSERVER_PORT']);
const BOOLEAN_KEYS = new Set(['DEBUG']);

/** Reads the environment variables Superset honours. Empty variables count as unset. */
export function readEnvironment(env: Environment, cwd: string): EnvironmentSettings {
  const values: Record<string, unknown> = {};
  const variables = new Map<string, string>();

  for (const [key, names] of VARIABLES_BY_KEY) {
    const name = names.find((candidate) => isSet(env[candidate]));
    if (name === undefined) continue;
    values[key] = convert(key, env[name] ?? '');
    variables.set(key, name);
  }

  if (env.SUPERSET_ENV === 'production') {
    values.RATELIMIT_ENABLED = true;
    variables.set('RATELIMIT_ENABLED', 'SUPERSET_ENV');
  }

  const flags = readFeatureFlags(env, variables);
  if (Object.keys(flags).length > 0) values.FEATURE_FLAGS = flags;

  return { dataDir: resolveDataDir(env, cwd), values, variables };
}

/** A value that is present and not empty. */
export function isSet(value: string | undefined): value is string {
  return value !== undefined && value !== '';
}

function resolveDataDir(env: Environment, cwd: string): string {
  if (isSet(env.SUPERSET_HOME)) return path.resolve(cwd, env.SUPERSET_HOME);
  const home = isSet(env.HOME) ? env.HOME : os.homedir();
  return path.resolve(cwd, home, '.superset');
}

function readFeatureFlags(env: Environment, variables: Map<string, string>) {
  const flags: Record<string, unknown> = {};
  for (const [name, raw] of Object.entries(env)) {
    if (!name.startsWith(FEATURE_PREFIX) || !isSet(raw)) continue;
    const flag = name.slice(FEATURE_PREFIX.length);
    if (flag === '') continue;
    flags[flag] = parseBoolean(raw) ?? raw;
    variables.set(`FEATURE_FLAGS.${flag}`, name);
  }
  return flags;
}

/** Strings are converted when they read unambiguously; otherwise validation reports them. */
function convert(key: string, raw: string): unknown {
  if (NUMERIC_KEYS.has(key) && /^\s*\d+\s*$/.test(raw)) return Number(raw);
  if (BOOLEAN_KEYS.has(key)) return parseBoolean(raw) ?? raw;
  return raw;
}

function parseBoolean(raw: string): boolean | undefined {
  const normalized = raw.trim().toLowerCase();
  if (normalized === 'true' || normalized === '1') return true;
  if (normalized === 'false' || normalized === '0') return false;
  return undefined;
}
