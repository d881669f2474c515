import type {
  FrontendEvents,
  LogEntry,
  LogListQuery,
  LogListResponse,
  RecentActivity,
  RecentActivityQuery,
  RelatedUserQuery,
  RelatedUsersResponse,
} from '@superset-ts/shared';
import type { EventRecorder } from '../../logging/event-logger.js';
import { frontendEventRecord } from './frontend-event.js';
import { LogNotFoundError } from './log.errors.js';
import { presentLogEntry, presentRecentActivity } from './log.presenter.js';
import type { LogRepository } from './log.repository.js';

/** What the log service uses: the log rows, the recorder for new events, and the clock. */
export interface LogServiceDeps {
  logs: LogRepository;
  recorder: EventRecorder;
  now?: () => Date;
}

/** Who is asking, for the endpoints that act on the caller's own rows. */
export interface LogCaller {
  userId: number;
}

/**
 * The action log's use cases. Who may call which is declared on the routes (`can_read` on
 * `Log` for the whole log; any logged-in user for their own activity and their events).
 */
export function createLogService(deps: LogServiceDeps) {
  const now = deps.now ?? (() => new Date());
  return {
    async list(query: LogListQuery): Promise<LogListResponse> {
      const page = await deps.logs.list(query);
      return {
        count: page.count,
        ids: page.rows.map((row) => row.id),
        result: page.rows.map(presentLogEntry),
      };
    },

    /** Throws LogNotFoundError. */
    async get(id: number): Promise<LogEntry> {
      const record = await deps.logs.findById(id);
      if (!record) throw new LogNotFoundError(id);
      return presentLogEntry(record);
    },

    async recentActivity(caller: LogCaller, query: RecentActivityQuery): Promise<RecentActivity[]> {
      const records = await deps.logs.listRecentActivity(caller.userId, query);
      const at = now();
      return records.map((record) => presentRecentActivity(record, at));
    },

    /** Records the caller's front-end events (in the background); returns how many. */
    recordFrontendEvents(
      caller: LogCaller,
      body: FrontendEvents,
      referrer: string | undefined,
    ): number {
      const receivedAt = now();
      for (const event of body.events) {
        deps.recorder.record(frontendEventRecord(event, caller.userId, referrer, receivedAt));
      }
      return body.events.length;
    },

    async relatedUsers(query: RelatedUserQuery): Promise<RelatedUsersResponse> {
      const page = await deps.logs.listUsers(query);
      return {
        count: page.count,
        result: page.users.map((user) => ({
          value: user.id,
          text: `${user.first_name} ${user.last_name}`.trim() || user.username,
        })),
      };
    },
  };
}

export type LogService = ReturnType<typeof createLogService>;
