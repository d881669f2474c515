import type { FrontendEvents } from '@superset-ts/shared';
import type { ActionLogEvent } from '../../logging/event-logger.js';
import { redactSecrets, redactUrl } from '../../logging/redact-secrets.js';

/** The action front-end events are stored under, as Superset's `/superset/log/` does. */
export const FRONTEND_EVENT_ACTION = 'log';

type FrontendEvent = FrontendEvents['events'][number];

function toId(value: unknown): number | null {
  const id = typeof value === 'string' && /^\d{1,10}$/.test(value) ? Number(value) : value;
  return typeof id === 'number' && Number.isInteger(id) && id > 0 && id <= 2_147_483_647
    ? id
    : null;
}

function toDuration(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value < 2 ** 31
    ? Math.round(value)
    : null;
}

/**
 * One event a browser sent, as an action-log record of `userId`: the event itself (secret-named
 * keys redacted) as `json`, the dashboard or chart it names (`dashboard_id`/`slice_id`, or
 * Superset's `source`/`source_id`), its `duration_ms` (or `duration`), and the referrer.
 */
export function frontendEventRecord(
  event: FrontendEvent,
  userId: number,
  referrer: string | undefined,
  receivedAt: Date,
): ActionLogEvent {
  const source = event.source;
  return {
    action: FRONTEND_EVENT_ACTION,
    user_id: userId,
    dashboard_id:
      toId(event.dashboard_id) ?? (source === 'dashboard' ? toId(event.source_id) : null),
    slice_id:
      toId(event.slice_id) ??
      (source === 'slice' || source === 'chart' ? toId(event.source_id) : null),
    duration_ms: toDuration(event.duration_ms) ?? toDuration(event.duration),
    referrer: referrer ? redactUrl(referrer) : null,
    dttm: receivedAt,
    json: redactSecrets(event) as Record<string, unknown>,
  };
}
