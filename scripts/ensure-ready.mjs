// Shared by `npm start` and `npm test`: install dependencies when they are missing or older than
// the lockfile, and build what is stale. Plain Node (no dependencies), so it runs on a fresh clone.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Runs a command in the repository root, inheriting the terminal; exits on failure. */
export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', ...options });
  if (result.status !== 0) {
    process.stderr.write(
      `\n${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal}).\n`,
    );
    process.exit(result.status ?? 1);
  }
}

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry === 'dist') continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

/** `npm ci` when node_modules is missing or the lockfile changed since the last install. */
export function ensureDependencies() {
  const installed = join(ROOT, 'node_modules', '.package-lock.json');
  const lockfile = join(ROOT, 'package-lock.json');
  if (existsSync(installed) && statSync(installed).mtimeMs >= statSync(lockfile).mtimeMs) return;
  process.stdout.write('Installing dependencies (npm ci)...\n');
  run('npm', ['ci', '--no-audit', '--no-fund']);
}

/** Builds the server (incremental tsc) always, and the web app when its sources changed. */
export function ensureBuilt() {
  run('npx', ['tsc', '-b', 'packages/server/tsconfig.build.json']);
  const webDist = join(ROOT, 'packages', 'web', 'dist', 'index.html');
  const webSources = Math.max(
    newestMtime(join(ROOT, 'packages', 'web')),
    newestMtime(join(ROOT, 'packages', 'shared', 'src')),
  );
  if (!existsSync(webDist) || statSync(webDist).mtimeMs < webSources) {
    process.stdout.write('Building the web UI...\n');
    run('npm', ['run', 'build', '-w', '@superset-ts/web']);
  }
}
