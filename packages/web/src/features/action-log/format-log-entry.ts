import type { LogEntry } from '@superset-ts/shared';

const pad = (value: number) => String(value).padStart(2, '0');

/** `YYYY-MM-DD HH:mm:ss` in the viewer's time zone, or a dash when there is no time. */
export function formatLogTime(iso: string | null): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ` +
    `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`
  );
}

/** The user's full name, or their username when they have none. */
export function formatLogUser(user: LogEntry['user']): string | null {
  if (!user) return null;
  return `${user.first_name} ${user.last_name}`.trim() || user.username;
}

/** `1,234 ms`, or a dash. */
export function formatDuration(ms: number | null): string {
  return ms === null ? '—' : `${ms.toLocaleString('en-US')} ms`;
}

/** The entry's details as indented JSON. */
export function formatLogJson(json: LogEntry['json']): string {
  return typeof json === 'string' ? json : JSON.stringify(json, null, 2);
}
