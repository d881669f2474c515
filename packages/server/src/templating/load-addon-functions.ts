import { importConfigModule } from '../config/import-config-module.js';

/**
 * The JINJA_CONTEXT_ADDONS functions named in `names`, imported from the config module in
 * this thread (functions cannot be posted between threads).
 *
 * @throws Error naming the module or the missing function.
 */
export async function loadAddonFunctions(
  configModule: string | null,
  names: readonly string[],
): Promise<Map<string, unknown>> {
  const functions = new Map<string, unknown>();
  if (names.length === 0) return functions;
  if (configModule === null) {
    throw new Error(
      'JINJA_CONTEXT_ADDONS holds functions, but no superset_config module was loaded to take them from.',
    );
  }
  const exported = await importConfigModule(configModule);
  const addons = exported.JINJA_CONTEXT_ADDONS as Record<string, unknown> | undefined;
  for (const name of names) {
    const value = addons?.[name];
    if (typeof value !== 'function') {
      throw new Error(
        `JINJA_CONTEXT_ADDONS.${name} is a function, but ${configModule} does not export it there; template functions must be defined in the config module.`,
      );
    }
    functions.set(name, value);
  }
  return functions;
}
