import type { APIResponse, Page } from '@playwright/test';
import { expect } from '../fixtures.js';

/**
 * What the specs set up through the REST API as the signed-in admin (a connection, tables,
 * datasets, saved charts) before driving the UI, and clean up afterwards. Every call sends
 * the session's CSRF token, as the web app does.
 */

/** The PostgreSQL database the e2e server can reach (global-setup's service). */
const TEST_POSTGRES_URI = 'postgresql://postgres@127.0.0.1:5432/test';

/** The session's CSRF token, for API calls the spec makes as the signed-in admin. */
export async function csrfToken(page: Page): Promise<string> {
  const answer = await page.request.get('/api/v1/security/csrf_token/');
  return ((await answer.json()) as { result: string }).result;
}

/** Fails the set-up with the server's answer in the message when the call did not succeed. */
async function expectOk(answer: APIResponse, what: string): Promise<void> {
  expect(answer.ok(), `${what}: ${answer.status()} ${await answer.text()}`).toBe(true);
}

/** GETs JSON and expects a successful answer, whose body it gives. */
export async function getJson(page: Page, url: string): Promise<unknown> {
  const answer = await page.request.get(url);
  await expectOk(answer, `GET ${url}`);
  return answer.json();
}

/** POSTs JSON and expects a successful answer, whose body it gives. */
async function postJson(page: Page, url: string, data: unknown): Promise<unknown> {
  const answer = await page.request.post(url, {
    headers: { 'X-CSRFToken': await csrfToken(page) },
    data,
  });
  await expectOk(answer, `POST ${url}`);
  return answer.json();
}

/** POSTs a new resource and expects 201 Created; gives the new resource's id. */
async function createResource(page: Page, url: string, data: unknown): Promise<number> {
  const answer = await page.request.post(url, {
    headers: { 'X-CSRFToken': await csrfToken(page) },
    data,
  });
  expect(answer.status(), `POST ${url}: ${await answer.text()}`).toBe(201);
  return ((await answer.json()) as { id: number }).id;
}

/** PUTs JSON and expects a successful answer. */
export async function putJson(page: Page, url: string, data: unknown): Promise<void> {
  const answer = await page.request.put(url, {
    headers: { 'X-CSRFToken': await csrfToken(page) },
    data,
  });
  await expectOk(answer, `PUT ${url}`);
}

/**
 * DELETEs a resource without checking the answer: clean-up runs after failures too, when
 * the resource may never have been made.
 */
export async function deleteResource(page: Page, url: string): Promise<void> {
  await page.request.delete(url, { headers: { 'X-CSRFToken': await csrfToken(page) } });
}

/**
 * Connects the test PostgreSQL database under `name`, shown in SQL Lab and allowing DML so
 * the spec can create its tables; gives the connection's id.
 */
export async function createPostgresDatabase(page: Page, name: string): Promise<number> {
  // A spec whose worker restarted after a failure finds its connection from the first try.
  const existing = await findDatabaseId(page, name);
  if (existing !== null) return existing;
  return createResource(page, '/api/v1/database/', {
    database_name: name,
    sqlalchemy_uri: TEST_POSTGRES_URI,
    expose_in_sqllab: true,
    allow_dml: true,
  });
}

/** Runs a statement in the connection's `public` schema through SQL Lab's execute endpoint. */
export async function runSql(page: Page, databaseId: number, sql: string): Promise<void> {
  await postJson(page, '/api/v1/sqllab/execute/', {
    database_id: databaseId,
    sql,
    schema: 'public',
  });
}

/** Registers a table of the connection's `public` schema as a dataset; gives its id. */
export async function createDataset(
  page: Page,
  databaseId: number,
  table: string,
): Promise<number> {
  // A spec whose worker restarted after a failure finds its dataset from the first try.
  const q = `(filters:!((col:table_name,opr:eq,value:'${table}')))`;
  const existing = (await getJson(page, `/api/v1/dataset/?q=${encodeURIComponent(q)}`)) as {
    result: { id: number; table_name: string; database: { id: number } }[];
  };
  const found = existing.result.find(
    (row) => row.table_name === table && row.database.id === databaseId,
  );
  if (found) return found.id;
  return createResource(page, '/api/v1/dataset/', {
    database: databaseId,
    schema: 'public',
    table_name: table,
  });
}

/** A chart to save over a table dataset. */
export interface ChartToSave {
  name: string;
  vizType: string;
  datasetId: number;
  /** The chart's form data; its viz_type and datasource are set from the fields above. */
  formData: Readonly<Record<string, unknown>>;
}

/** Saves a chart as Explore would (form data in `params`); gives its id. */
export async function saveChart(page: Page, chart: ChartToSave): Promise<number> {
  return createResource(page, '/api/v1/chart/', {
    slice_name: chart.name,
    viz_type: chart.vizType,
    datasource_id: chart.datasetId,
    datasource_type: 'table',
    params: JSON.stringify({
      ...chart.formData,
      viz_type: chart.vizType,
      datasource: `${chart.datasetId}__table`,
    }),
  });
}

/** The id of the connection named `name`, or null when there is none. */
async function findDatabaseId(page: Page, name: string): Promise<number | null> {
  const q = `(filters:!((col:database_name,opr:eq,value:'${name}')))`;
  const answer = (await getJson(page, `/api/v1/database/?q=${encodeURIComponent(q)}`)) as {
    result: { id: number; database_name: string }[];
  };
  return answer.result.find((row) => row.database_name === name)?.id ?? null;
}
