/**
 * The server's public surface for embedding and for typed superset_config modules:
 * `import type { ConfigInput } from '@superset-ts/server'`.
 */
export { loadConfig, type Config, type ConfigInput } from './config/index.js';
export { buildApp, type AppDeps } from './app/build-app.js';
export { startServer, type RunningServer } from './server/start-server.js';
