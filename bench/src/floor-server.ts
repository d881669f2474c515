import { tmpdir } from 'node:os';
import type { ServerLauncher } from './server-launcher.js';
import { childEnv } from './server-launcher.js';

/**
 * The floor for anything a Node HTTP server does: bare `node:http` answering `OK` to every
 * request, including `/health`. No server in Node can start faster or idle smaller.
 */
export function floorServer(): ServerLauncher {
  return {
    name: 'floor',
    argsFor: (port) => ['-e', `require('http').createServer((q,s)=>s.end('OK')).listen(${port})`],
    env: childEnv(),
    cwd: tmpdir(),
  };
}
