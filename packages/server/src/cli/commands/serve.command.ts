import cluster, { type Worker } from 'node:cluster';
import type { Command } from 'commander';
import { assertProductionSecretKey } from '../../config/index.js';
import { assertSchemaIsCurrent } from '../../db/index.js';
import { startServer, stopOnSignals } from '../../server/start-server.js';
import { loadCliConfig, withMetadataDb, type CliContext } from '../cli-context.js';
import { parsePort, parsePositiveInteger } from '../parse-port.js';

interface ServeOptions {
  workers: number;
  port?: number;
  host?: string;
}

const RESTART_DELAY_MS = 1000;

/**
 * The primary process: checks once that the config and schema are fit to serve, forks N
 * workers that share one listening port (as gunicorn -w does), replaces a worker that dies
 * unexpectedly, and on SIGTERM/SIGINT lets every worker finish its in-flight requests.
 */
async function superviseWorkers(context: CliContext, count: number): Promise<void> {
  let isStopping = false;
  const fork = (): Worker => cluster.fork();
  cluster.on('exit', (worker, code, signal) => {
    if (isStopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      return;
    }
    context.note(
      `Worker ${worker.process.pid} exited (${signal ?? code}); starting a replacement.`,
    );
    setTimeout(fork, RESTART_DELAY_MS);
  });
  const stop = (signal: NodeJS.Signals) => {
    if (isStopping) process.exit(1);
    isStopping = true;
    context.note(`Received ${signal}: stopping ${count} worker(s) after their in-flight requests.`);
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM');
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  for (let i = 0; i < count; i += 1) fork();
}

/** `superset serve -w N`: the production server. */
export function registerServeCommand(program: Command, context: CliContext): void {
  program
    .command('serve')
    .description('Run the production web server with N worker processes on one port')
    .option('-w, --workers <count>', 'number of worker processes', parsePositiveInteger, 1)
    .option('-p, --port <port>', 'port (default: SUPERSET_WEBSERVER_PORT)', parsePort)
    .option('--host <host>', 'interface to bind (default: SUPERSET_WEBSERVER_ADDRESS)')
    .action(async (options: ServeOptions) => {
      const overrides: Record<string, unknown> =
        options.port === undefined ? {} : { SUPERSET_WEBSERVER_PORT: options.port };
      const config = await loadCliConfig(context, overrides);
      const host = options.host ?? config.SUPERSET_WEBSERVER_ADDRESS;
      if (cluster.isWorker) {
        const server = await startServer(config, {
          host,
          port: config.SUPERSET_WEBSERVER_PORT,
          cwd: context.cwd,
        });
        stopOnSignals(server, config.SUPERSET_WEBSERVER_TIMEOUT * 1000, context.note);
        return;
      }
      assertProductionSecretKey(config);
      await withMetadataDb(context, config, assertSchemaIsCurrent);
      context.note(
        `Starting ${options.workers} worker(s) on ${host}:${config.SUPERSET_WEBSERVER_PORT}`,
      );
      await superviseWorkers(context, options.workers);
    });
}
