import type { FastifyInstance } from 'fastify';
import type { MetadataDb } from '../db/index.js';
import { registerApiCallLog } from './api-call-log.js';
import { createDbEventLogger } from './db-event-logger.js';
import {
  createEventRecorder,
  type EventLogErrorReporter,
  type EventLogger,
  type EventRecorder,
} from './event-logger.js';

/** How long closing the app waits for events still being written. */
const CLOSE_FLUSH_TIMEOUT_MS = 5_000;

/** What the action log needs from the composition root. */
export interface EventLoggingDeps {
  /** EVENT_LOGGER from the config; null writes to the `logs` table. */
  eventLogger: EventLogger | null;
  metadataDb: MetadataDb;
  findUserIdByUsername: (username: string) => Promise<number | undefined>;
}

/**
 * Sets up the action log: the configured EVENT_LOGGER (or the metadata-DB logger) behind a
 * recorder that never blocks or fails a request, the hook that records API calls, logins and
 * logouts, and a last flush when the app closes (bounded, so a stuck logger cannot hold the
 * shutdown). Returns the recorder, for services that
 * record events of their own.
 */
export function registerEventLogging(app: FastifyInstance, deps: EventLoggingDeps): EventRecorder {
  const report: EventLogErrorReporter = (error, event) => {
    app.log.error(
      { err: error, action: event?.action },
      'action log: an event could not be recorded',
    );
  };
  const logger = deps.eventLogger ?? createDbEventLogger(deps.metadataDb, { report });
  const recorder = createEventRecorder(logger, report);
  registerApiCallLog(app, { recorder, findUserIdByUsername: deps.findUserIdByUsername });
  app.addHook('onClose', async () => {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), CLOSE_FLUSH_TIMEOUT_MS);
    });
    const outcome = await Promise.race([recorder.flush(), timeout]);
    clearTimeout(timer);
    if (outcome === 'timeout') app.log.warn('action log: closed with events still being written');
  });
  return recorder;
}
