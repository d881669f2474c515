import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { assertProductionSecretKey, type Config } from '../../config/index.js';
import { startServer, stopOnSignals } from '../../server/start-server.js';
import { loadCliConfig, type CliContext } from '../cli-context.js';
import { parsePort } from '../parse-port.js';

interface RunOptions {
  port?: number;
  host: string;
  withThreads?: boolean;
  reload?: boolean;
  debugger?: boolean;
}

/** The folders whose changes restart a `--reload` server: the built server and the built UI. */
const RELOAD_WATCH_PATHS = [
  fileURLToPath(new URL('../../', import.meta.url)),
  fileURLToPath(new URL('../../../../web/dist/', import.meta.url)),
];

/** Runs this same command again under `node --watch-path`, which restarts it on change. */
async function runUnderReloader(context: CliContext): Promise<never> {
  const watchArgs = RELOAD_WATCH_PATHS.flatMap((path) => ['--watch-path', path]);
  const child = spawn(
    process.execPath,
    [...watchArgs, '--watch-preserve-output', ...process.argv.slice(1)],
    {
      stdio: 'inherit',
      env: { ...context.env, SUPERSET_RELOADER_CHILD: '1' },
    },
  );
  const code = await new Promise<number>((resolve) =>
    child.on('exit', (status) => resolve(status ?? 1)),
  );
  process.exit(code);
}

/** Listens with the given config until a signal stops it; shared by `run` and the quickstart. */
export async function serveUntilStopped(
  context: CliContext,
  config: Config,
  host: string,
  port: number,
): Promise<void> {
  const server = await startServer(config, { host, port, cwd: context.cwd });
  context.note(
    `Superset.ts is listening on ${server.address} (open http://${host === '0.0.0.0' ? 'localhost' : host}:${port}/)`,
  );
  stopOnSignals(server, config.SUPERSET_WEBSERVER_TIMEOUT * 1000, context.note);
}

/**
 * `superset run`: the development server, as Flask's. It runs in production mode (refusing an
 * insecure SECRET_KEY) unless --debugger, --reload or DEBUG makes it a development server.
 * --with-threads is accepted for compatibility: Node serves requests concurrently anyway.
 */
export function registerRunCommand(program: Command, context: CliContext): void {
  program
    .command('run')
    .description('Run the web server (development server; use `serve` for production)')
    .helpOption('--help', 'display help for command')
    .option(
      '-p, --port <port>',
      'port to listen on (default: SUPERSET_WEBSERVER_PORT, 8088)',
      parsePort,
    )
    .option('-h, --host <host>', 'interface to bind', '127.0.0.1')
    .option('--with-threads', 'accepted for compatibility; requests are always served concurrently')
    .option('--reload', 'restart when the built code changes')
    .option('--debugger', 'development mode: stack traces in error responses')
    .action(async (options: RunOptions) => {
      if (options.reload && context.env.SUPERSET_RELOADER_CHILD !== '1')
        await runUnderReloader(context);
      const isDevelopment = options.reload === true || options.debugger === true;
      const overrides: Record<string, unknown> = options.debugger
        ? { DEBUG: true, SHOW_STACKTRACE: true }
        : {};
      if (options.port !== undefined) overrides.SUPERSET_WEBSERVER_PORT = options.port;
      const config = await loadCliConfig(context, overrides);
      if (!isDevelopment && !config.DEBUG) assertProductionSecretKey(config);
      await serveUntilStopped(context, config, options.host, config.SUPERSET_WEBSERVER_PORT);
    });
}
