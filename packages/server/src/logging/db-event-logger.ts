import type { Insertable } from 'kysely';
import type { LogsTable, MetadataDb } from '../db/index.js';
import type {
  ActionLogEvent,
  EventLogErrorReporter,
  FlushableEventLogger,
} from './event-logger.js';

/** Column limits of `logs` (migration 0002) and the largest `json` document kept. */
const MAX_ACTION_LENGTH = 512;
const MAX_REFERRER_LENGTH = 1000;
const MAX_JSON_LENGTH = 65_536;

/**
 * Events waiting or being written beyond this many are dropped (and reported), so a stuck
 * database cannot fill the memory.
 */
const MAX_BUFFERED = 10_000;

/** How the DB logger batches: rows per insert. */
export interface DbEventLoggerOptions {
  report: EventLogErrorReporter;
  maxBatchSize?: number;
}

function toInteger(value: number | null | undefined): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? Math.round(value) : null;
}

function toJsonText(json: ActionLogEvent['json']): string | null {
  if (json === undefined) return null;
  const text = JSON.stringify(json);
  if (text.length <= MAX_JSON_LENGTH) return text;
  return JSON.stringify({ truncated: true, original_length: text.length });
}

/** An event as a row of `logs`, cut to the columns' sizes. */
export function toLogsRow(event: ActionLogEvent): Insertable<LogsTable> {
  return {
    action: event.action.slice(0, MAX_ACTION_LENGTH),
    user_id: event.user_id,
    json: toJsonText(event.json),
    dttm: event.dttm,
    dashboard_id: toInteger(event.dashboard_id),
    slice_id: toInteger(event.slice_id),
    duration_ms: toInteger(event.duration_ms),
    referrer: event.referrer ? event.referrer.slice(0, MAX_REFERRER_LENGTH) : null,
  };
}

/**
 * The default EVENT_LOGGER: rows in the `logs` table of the metadata database. Events
 * arriving in the same tick are written with one multi-row insert; a failed insert is
 * reported and its rows are lost (the action log must never take the server down).
 */
export function createDbEventLogger(
  db: MetadataDb,
  options: DbEventLoggerOptions,
): FlushableEventLogger {
  const maxBatchSize = options.maxBatchSize ?? 200;
  const buffer: ActionLogEvent[] = [];
  let scheduled = false;
  let eventsInFlight = 0;
  const writes = new Set<Promise<void>>();
  // Batches are written one after another: rows keep the order events arrived in, and the
  // log never holds more than one pooled connection.
  let previousWrite: Promise<void> = Promise.resolve();

  const write = (events: ActionLogEvent[]) => {
    eventsInFlight += events.length;
    const task: Promise<void> = previousWrite
      .then(() => db.kysely.insertInto('logs').values(events.map(toLogsRow)).execute())
      .then(() => undefined)
      .catch((error: unknown) => options.report(error, events[0]))
      .finally(() => {
        eventsInFlight -= events.length;
        writes.delete(task);
      });
    previousWrite = task;
    writes.add(task);
  };

  const drain = () => {
    scheduled = false;
    while (buffer.length > 0) write(buffer.splice(0, maxBatchSize));
  };

  return {
    log(event) {
      if (buffer.length + eventsInFlight >= MAX_BUFFERED) {
        options.report(new Error('action log buffer full: event dropped'), event);
        return;
      }
      buffer.push(event);
      if (buffer.length >= maxBatchSize) drain();
      else if (!scheduled) {
        scheduled = true;
        setImmediate(drain);
      }
    },
    async flush() {
      drain();
      while (writes.size > 0) await Promise.all([...writes]);
    },
  };
}
