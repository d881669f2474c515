import { parentPort, workerData } from 'node:worker_threads';

import { addonValue } from './context-addons.js';
import type { JinjaValue } from './jinja-values.js';
import { loadAddonFunctions } from './load-addon-functions.js';
import { renderSandboxed } from './render-sandboxed.js';
import type { RenderRequest, RenderWorkerInit, RenderWorkerMessage } from './render-protocol.js';
import { TemplateError } from './template-error.js';

/**
 * The render worker: loads JINJA_CONTEXT_ADDONS once, then renders one template per message.
 * Rendering is synchronous, so the main thread can stop a runaway template only by
 * terminating this thread, which it does when a render outlives its time limit.
 */
const port = parentPort;
if (port === null) throw new Error('render-worker.ts must run as a worker thread.');
const init = workerData as RenderWorkerInit;
const post = (message: RenderWorkerMessage) => port.postMessage(message);

async function loadAddons(): Promise<Map<string, JinjaValue>> {
  const functions = await loadAddonFunctions(init.configModule, init.addonFunctionNames);
  const entries = [...Object.entries(init.addonValues), ...functions];
  return new Map(entries.map(([name, value]) => [name, addonValue(name, value)]));
}

function reply(
  request: RenderRequest,
  addons: ReadonlyMap<string, JinjaValue>,
): RenderWorkerMessage {
  try {
    const result = renderSandboxed({ ...request, limits: init.limits, addons });
    return { type: 'reply', id: request.id, ok: true, result };
  } catch (error) {
    const failure =
      error instanceof TemplateError
        ? error.toFailure()
        : new TemplateError(
            'render',
            error instanceof Error ? error.message : String(error),
          ).toFailure();
    return { type: 'reply', id: request.id, ok: false, failure };
  }
}

try {
  const addons = await loadAddons();
  port.on('message', (request: RenderRequest) => post(reply(request, addons)));
  post({ type: 'ready' });
} catch (error) {
  post({ type: 'start-failed', message: error instanceof Error ? error.message : String(error) });
}
