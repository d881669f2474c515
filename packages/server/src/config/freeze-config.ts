/**
 * Freezes what the loader built, leaving alone what the user handed in by reference.
 *
 * Parsing copies every object and array it validates, so an object in `output` that is not
 * the very object found at the same place in `input` belongs to the loader and is frozen.
 * An object that is the user's own (a hook such as EVENT_LOGGER, a plugin, a processor) keeps
 * working as the user wrote it: it is frozen only when it is plain data with no behaviour.
 * Functions are never frozen.
 */
export function freezeConfig<T>(output: T, input: unknown): T {
  freezeBuilt(output, input);
  return output;
}

function freezeBuilt(output: unknown, input: unknown): void {
  if (typeof output !== 'object' || output === null) return;
  if (output === input) {
    if (isPlainData(output)) deepFreezeData(output);
    return;
  }
  if (!isContainer(output)) return;
  Object.freeze(output);
  const source = typeof input === 'object' && input !== null ? input : undefined;
  for (const [key, value] of Object.entries(output)) {
    freezeBuilt(value, source === undefined ? undefined : (source as Record<string, unknown>)[key]);
  }
}

function deepFreezeData(value: object): void {
  Object.freeze(value);
  for (const child of Object.values(value) as unknown[]) {
    if (typeof child === 'object' && child !== null) deepFreezeData(child);
  }
}

/** Arrays and plain objects, all the way down, with no functions or class instances inside. */
function isPlainData(value: unknown): boolean {
  if (typeof value === 'function') return false;
  if (typeof value !== 'object' || value === null) return true;
  if (!isContainer(value)) return false;
  return Object.values(value).every(isPlainData);
}

function isContainer(value: object): boolean {
  if (Array.isArray(value)) return true;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}
