import { Worker } from 'node:worker_threads';

import type { RenderWorkerInit } from './render-protocol.js';

/**
 * Starts a render worker with a heap limit. From the build it runs `render-worker.js`; from
 * TypeScript sources (tests, `tsx`) it loads `render-worker.ts` through tsx's loader, which a
 * worker thread does not inherit from the thread that starts it.
 */
export function spawnRenderWorker(init: RenderWorkerInit): Worker {
  const options = {
    workerData: init,
    resourceLimits: { maxOldGenerationSizeMb: init.limits.maxHeapMb },
  };
  const isSource = import.meta.url.endsWith('.ts');
  if (!isSource) return new Worker(new URL('render-worker.js', import.meta.url), options);
  const entry = new URL('render-worker.ts', import.meta.url).href;
  const loader = import.meta.resolve('tsx/esm/api');
  const bootstrap = [
    `import(${JSON.stringify(loader)})`,
    `.then(({ register }) => { register(); return import(${JSON.stringify(entry)}); });`,
  ].join('');
  return new Worker(bootstrap, { ...options, eval: true });
}
