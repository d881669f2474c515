import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ServerLauncher } from './server-launcher.js';
import { childEnv } from './server-launcher.js';

/** Thrown when the product cannot be built or its SUPERSET_HOME cannot be prepared. */
export class ProductSetupError extends Error {
  override readonly name = 'ProductSetupError';
}

/** The built server CLI, relative to the repository root. */
export const SERVER_CLI = 'packages/server/dist/cli/main.js';

/** A prepared product: how to start it, and how to remove what preparing it created. */
export interface PreparedProduct {
  readonly launcher: ServerLauncher;
  readonly dispose: () => Promise<void>;
}

/** A SUPERSET_SECRET_KEY of 48 URL-safe characters, new for every run. */
export function randomSecretKey(): string {
  return randomBytes(36).toString('base64url');
}

/**
 * Builds the server when its CLI is missing, then prepares a throw-away SUPERSET_HOME with
 * `superset db upgrade`, so that what a sample times is a start against a ready metadata
 * database, as a restart in production would be.
 */
export async function prepareProduct(
  repoRoot: string,
  log: (message: string) => void,
): Promise<PreparedProduct> {
  const cli = join(repoRoot, SERVER_CLI);
  ensureBuilt(repoRoot, cli, log);
  const home = await mkdtemp(join(tmpdir(), 'superset-bench-home-'));
  const env = childEnv({ SUPERSET_HOME: home, SUPERSET_SECRET_KEY: randomSecretKey() });
  log(`preparing SUPERSET_HOME ${home} (superset db upgrade)`);
  const upgrade = spawnSync(process.execPath, [cli, 'db', 'upgrade'], {
    cwd: home,
    env,
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (upgrade.status !== 0) {
    await rm(home, { recursive: true, force: true });
    throw new ProductSetupError(
      `\`superset db upgrade\` failed (${upgrade.status ?? upgrade.signal ?? String(upgrade.error)}):\n` +
        `${upgrade.stdout}${upgrade.stderr}`.trim(),
    );
  }
  return {
    launcher: {
      name: 'product',
      argsFor: (port) => [cli, 'run', '-p', String(port), '--host', '127.0.0.1'],
      env,
      // The working directory is searched for superset_config: keep the repository's out.
      cwd: home,
    },
    dispose: () => rm(home, { recursive: true, force: true }),
  };
}

function ensureBuilt(repoRoot: string, cli: string, log: (message: string) => void): void {
  if (existsSync(cli)) return;
  log(`${SERVER_CLI} is missing: building the server (tsc -b packages/server/tsconfig.build.json)`);
  // The workspace's own compiler, never whatever `npx tsc` would fetch from the registry.
  const tsc = join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc');
  const build = existsSync(tsc)
    ? spawnSync(process.execPath, [tsc, '-b', 'packages/server/tsconfig.build.json'], {
        cwd: repoRoot,
        stdio: 'inherit',
      })
    : undefined;
  if (build?.status !== 0 || !existsSync(cli)) {
    const why =
      build === undefined
        ? 'TypeScript is not installed (run `npm ci`)'
        : build.status === 0
          ? 'the build did not produce it'
          : 'the build failed';
    throw new ProductSetupError(
      `cannot benchmark the product: ${SERVER_CLI} is missing and building it with ` +
        `\`tsc -b packages/server/tsconfig.build.json\` failed: ${why}. ` +
        'Fix that, or run `npm run build`, then run the benchmark again.',
    );
  }
}
