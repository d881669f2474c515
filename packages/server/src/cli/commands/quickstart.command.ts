import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { DEFAULT_SECRET_KEY, loadConfig, type Config } from '../../config/index.js';
import { upgrade } from '../../db/index.js';
import { createUserRepository } from '../../domains/users/user.repository.js';
import { syncRoleDefinitions } from '../../security/roles/role-sync.js';
import { loadCliConfig, withMetadataDb, type CliContext } from '../cli-context.js';
import { parsePort } from '../parse-port.js';
import { formatCliError } from '../cli-errors.js';
import { createAdmin } from './create-admin.command.js';
import { runLoadExamples } from './load-examples.command.js';
import { serveUntilStopped } from './run.command.js';

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '::1']);

/**
 * The embedded default has no superset_config to hold a SECRET_KEY, so the first start makes
 * a random one and keeps it in SUPERSET_HOME (readable by this user only); a deployment sets
 * its own in superset_config and never reaches this.
 */
function readOrCreateSecretKey(dataDir: string, note: (line: string) => void): string {
  const file = join(dataDir, 'secret_key');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(42).toString('base64');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  note(
    `Generated a SECRET_KEY in ${file}; keep that file, it encrypts sessions and stored secrets.`,
  );
  return secret;
}

/** Loads the examples; a failure is printed with the command to retry, and serving goes on. */
async function loadExamplesOnFirstStart(context: CliContext, config: Config): Promise<void> {
  context.note('Loading the examples (first start):');
  try {
    await withMetadataDb(context, config, (metadataDb) =>
      runLoadExamples(context, config, metadataDb, {}),
    );
  } catch (error) {
    context.note(formatCliError(error, context.env.SUPERSET_CLI_DEBUG === '1'));
    context.note('The examples were not loaded. Retry with: superset load_examples');
  }
}

/**
 * `superset quickstart` (what `npm start` runs): migrate, sync roles, on the first start create
 * an admin and load the examples, then serve. The admin is admin/admin only when the server is
 * bound to localhost; otherwise its password is random. Either way it is printed once.
 * SUPERSET_LOAD_EXAMPLES=no skips the examples, as in Superset's Docker images.
 */
export function registerQuickstartCommand(program: Command, context: CliContext): void {
  program
    .command('quickstart')
    .description(
      'Prepare SUPERSET_HOME on first start (schema, roles, admin, examples) and run the server',
    )
    .option('-p, --port <port>', 'port (default: SUPERSET_WEBSERVER_PORT, 8088)', parsePort)
    .option('--host <host>', 'interface to bind', '127.0.0.1')
    .action(async (options: { port?: number; host: string }) => {
      const { config: initial } = await loadConfig({ env: context.env, cwd: context.cwd });
      const overrides: Record<string, unknown> = {};
      if (initial.SECRET_KEY === DEFAULT_SECRET_KEY)
        overrides.SECRET_KEY = readOrCreateSecretKey(initial.DATA_DIR, context.note);
      if (options.port !== undefined) overrides.SUPERSET_WEBSERVER_PORT = options.port;
      const config = await loadCliConfig(context, overrides);

      const isFirstStart = await withMetadataDb(context, config, async (metadataDb) => {
        const applied = await upgrade(metadataDb, 'head');
        if (applied.length) context.note(`Metadata database migrated: ${applied.join(', ')}`);
        await syncRoleDefinitions(metadataDb, { publicRoleLike: config.PUBLIC_ROLE_LIKE });
        return (await createUserRepository(metadataDb).count()) === 0;
      });

      if (isFirstStart) {
        const password = LOOPBACK_HOSTS.has(options.host)
          ? 'admin'
          : randomBytes(12).toString('base64url');
        await createAdmin(context, {
          username: 'admin',
          firstname: 'Superset',
          lastname: 'Admin',
          email: 'admin@localhost',
          password,
        });
        if (/^(no|false|0)$/i.test(context.env.SUPERSET_LOAD_EXAMPLES ?? 'yes')) {
          context.note(
            'SUPERSET_LOAD_EXAMPLES is off: no examples loaded (superset load_examples).',
          );
        } else {
          await loadExamplesOnFirstStart(context, config);
        }
        // Last before the server's own lines, so the progress of the examples does not push
        // the credentials out of sight.
        context.note('');
        context.note('  An admin user was created. Log in with:');
        context.note(`    username: admin    password: ${password}`);
        context.note('  (shown once; change it after logging in)');
        context.note('');
      }
      await serveUntilStopped(context, config, options.host, config.SUPERSET_WEBSERVER_PORT);
    });
}
