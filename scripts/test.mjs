// `npm test`: the whole suite. Installs and builds what is missing, runs the unit and integration
// tests (vitest: SQLite, PostgreSQL, MariaDB, Redis where a test needs them), then the browser tests
// (Playwright driving Debian's chromium against a real server). Extra arguments go to vitest.
import { ensureBuilt, ensureDependencies, run } from './ensure-ready.mjs';

ensureDependencies();
ensureBuilt();
run('npx', ['vitest', 'run', ...process.argv.slice(2)]);
if (process.argv.length <= 2) run('npm', ['test', '-w', '@superset-ts/e2e']);
