import { stat } from 'node:fs/promises';
import path from 'node:path';

import { ConfigLoadError } from './config-errors.js';
import { isSet, type Environment } from './read-environment.js';

/** Extensions a superset_config module may have, in the order the working directory is searched. */
export const CONFIG_EXTENSIONS = ['.ts', '.js', '.mjs', '.json'] as const;

/** A config module's extension. */
export type ConfigExtension = (typeof CONFIG_EXTENSIONS)[number];

/** The config module to load, if any, and what the user should know about the choice. */
export interface FoundConfigModule {
  readonly file: string | null;
  readonly warnings: readonly string[];
}

/**
 * Finds the superset_config module: the file SUPERSET_CONFIG_PATH names (which must exist), or
 * else `superset_config.{ts,js,mjs,json}` in the working directory.
 */
export async function findConfigModule(env: Environment, cwd: string): Promise<FoundConfigModule> {
  if (isSet(env.SUPERSET_CONFIG_PATH)) {
    return {
      file: await requireNamedFile(path.resolve(cwd, env.SUPERSET_CONFIG_PATH)),
      warnings: [],
    };
  }

  const present: string[] = [];
  for (const extension of CONFIG_EXTENSIONS) {
    const file = path.join(cwd, `superset_config${extension}`);
    if (await isFile(file)) present.push(file);
  }
  const [chosen, ...others] = present;
  if (chosen === undefined) return { file: null, warnings: await pythonConfigWarning(cwd) };

  const warnings =
    others.length === 0
      ? []
      : [
          `Found several config modules in ${cwd} (${present.map((file) => path.basename(file)).join(', ')}); using ${path.basename(chosen)}.`,
        ];
  return { file: chosen, warnings };
}

/** The extension of a config module path, or null when it is not one the loader reads. */
export function configExtensionOf(file: string): ConfigExtension | null {
  const extension = path.extname(file).toLowerCase();
  return CONFIG_EXTENSIONS.find((candidate) => candidate === extension) ?? null;
}

async function requireNamedFile(file: string): Promise<string> {
  if (!(await isFile(file))) {
    throw new ConfigLoadError(file, 'SUPERSET_CONFIG_PATH names it, but there is no such file.');
  }
  if (configExtensionOf(file) === null) {
    throw new ConfigLoadError(
      file,
      `unsupported file type "${path.extname(file) || '(none)'}"; use .ts, .js, .mjs or .json (Python superset_config.py files are not read).`,
    );
  }
  return file;
}

async function pythonConfigWarning(cwd: string): Promise<string[]> {
  const python = path.join(cwd, 'superset_config.py');
  if (!(await isFile(python))) return [];
  return [
    `Found ${python}, but Python config files are not read; move its settings to superset_config.ts (see docs/configuration.md).`,
  ];
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}
