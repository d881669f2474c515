// `npm start`: the embedded default on a fresh clone. Installs and builds what is missing, then runs
// `superset quickstart` (migrate, roles, admin and examples on first start, serve on :8088).
// Arguments after `--` go to the quickstart, e.g. `npm start -- -p 9000`.
import { ROOT, ensureBuilt, ensureDependencies } from './ensure-ready.mjs';
import { spawn } from 'node:child_process';
import { join } from 'node:path';

ensureDependencies();
ensureBuilt();

const cli = join(ROOT, 'packages', 'server', 'dist', 'cli', 'main.js');
const child = spawn(process.execPath, [cli, 'quickstart', ...process.argv.slice(2)], {
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
