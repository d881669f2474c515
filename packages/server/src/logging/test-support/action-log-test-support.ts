import { expect } from 'vitest';
import type { Selectable } from 'kysely';
import type { LogsTable, MetadataDb } from '../../db/index.js';
import { sessionCookieFrom, type TestApp } from '../../app/test-support/test-app.js';

/** A row of `logs` as stored. */
export type StoredLogRow = Selectable<LogsTable>;

/**
 * Headers for a state-changing request: the cookie given plus, when the CSRF endpoint exists,
 * a token for that session (and the session cookie it may have refreshed).
 */
export async function csrfHeaders(
  t: Pick<TestApp, 'app'>,
  base: Record<string, string> = {},
): Promise<Record<string, string>> {
  const response = await t.app.inject({
    method: 'GET',
    url: '/api/v1/security/csrf_token/',
    headers: base,
  });
  if (response.statusCode !== 200) return base;
  const token = response.json<{ result: string }>().result;
  const setCookie = response.headers['set-cookie'];
  const cookie = setCookie ? sessionCookieFrom(setCookie) : base.cookie;
  return { ...base, ...(cookie ? { cookie } : {}), 'x-csrftoken': token };
}

/** Logs in through `POST /login/` and returns headers (cookie, CSRF token) to act as the user. */
export async function loginHeaders(
  t: TestApp,
  username: string,
  password: string,
): Promise<Record<string, string>> {
  const login = await t.app.inject({
    method: 'POST',
    url: '/login/',
    headers: await csrfHeaders(t),
    payload: { username, password },
  });
  expect(login.statusCode, `login as ${username}`).toBe(200);
  return csrfHeaders(t, { cookie: sessionCookieFrom(login.headers['set-cookie']) });
}

/** Every stored row, oldest first. */
export async function readLogRows(db: MetadataDb): Promise<StoredLogRow[]> {
  return db.kysely.selectFrom('logs').selectAll().orderBy('id').execute();
}

/**
 * Waits until the rows written in the background satisfy `isDone` (the recorder writes after
 * the response), and returns them; fails after `timeoutMs`.
 */
export async function waitForLogRows(
  db: MetadataDb,
  isDone: (rows: StoredLogRow[]) => boolean,
  timeoutMs = 5_000,
): Promise<StoredLogRow[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const rows = await readLogRows(db);
    if (isDone(rows)) return rows;
    if (Date.now() > deadline) {
      throw new Error(
        `action log rows not as expected: ${JSON.stringify(rows.map((r) => r.action))}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The rows with this action. */
export function rowsWithAction(rows: readonly StoredLogRow[], action: string): StoredLogRow[] {
  return rows.filter((row) => row.action === action);
}
