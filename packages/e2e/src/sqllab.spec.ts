import type { Locator, Page } from '@playwright/test';
import { expect, signIn, test } from './fixtures.js';
import { pickOption } from './support/antd.js';

/** Where this spec saves the screenshots a person looks at. */
const SHOTS = '/tmp/e2e-shots/';

const DATABASE = 'SQL Lab Postgres';
const SERIES_SQL =
  "SELECT generate_series(1, 100000) AS n, 'x' || generate_series(1,100000) AS label";
const SAVED_LABEL = 'Hundred thousand rows';
const TABLE = 'sqllab_e2e_orders';

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${SHOTS}sqllab-${name}.png`, animations: 'disabled' });
}

/** The session's CSRF token, for API calls the spec makes as the signed-in admin. */
async function csrfToken(page: Page): Promise<string> {
  const answer = await page.request.get('/api/v1/security/csrf_token/');
  return ((await answer.json()) as { result: string }).result;
}

/** Creates a PostgreSQL connection through the API, as an admin's script would; its id. */
async function createDatabase(page: Page, name: string, isDmlAllowed: boolean): Promise<number> {
  const created = await page.request.post('/api/v1/database/', {
    headers: { 'X-CSRFToken': await csrfToken(page) },
    data: {
      database_name: name,
      sqlalchemy_uri: 'postgresql://postgres@127.0.0.1:5432/test',
      expose_in_sqllab: true,
      allow_dml: isDmlAllowed,
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  return ((await created.json()) as { id: number }).id;
}

/** Runs a statement through SQL Lab's API (setting up and cleaning up the table to browse). */
async function runSql(page: Page, databaseId: number, sql: string): Promise<void> {
  const answer = await page.request.post('/api/v1/sqllab/execute/', {
    headers: { 'X-CSRFToken': await csrfToken(page) },
    data: { database_id: databaseId, sql, schema: 'public' },
  });
  expect(answer.ok(), await answer.text()).toBe(true);
}

function sqlEditor(page: Page): Locator {
  return page.getByRole('textbox', { name: 'SQL editor' });
}

/** Replaces the editor's SQL, as pasting it would (no autocomplete in the way). */
async function replaceSql(page: Page, sql: string): Promise<void> {
  await sqlEditor(page).click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.insertText(sql);
}

/** Picks an option of one of the page's antd selects, by the select's label. */
async function pick(page: Page, select: string, option: string): Promise<void> {
  await pickOption(page, page.getByRole('combobox', { name: select }), option);
}

test.describe('SQL Lab', () => {
  test('an admin runs 100,000 rows, keeps the tab over a reload, is refused DML, formats and saves', async ({
    page,
    admin,
  }) => {
    test.setTimeout(120_000);
    await signIn(page, admin);
    const setupDb = await createDatabase(page, 'SQL Lab setup (DML)', true);
    await runSql(page, setupDb, `DROP TABLE IF EXISTS ${TABLE}`);
    await runSql(
      page,
      setupDb,
      `CREATE TABLE ${TABLE} AS SELECT g AS order_id, g * 1.5 AS total FROM generate_series(1, 20) g`,
    );
    await createDatabase(page, DATABASE, false);

    await page.getByRole('menuitem', { name: 'SQL' }).hover();
    await page.getByRole('link', { name: 'SQL Lab', exact: true }).click();
    await expect(page).toHaveURL(/\/sqllab\/$/);
    await expect(page.getByRole('tab', { name: /Untitled Query/ })).toBeVisible();

    await pick(page, 'Database', DATABASE);
    await pick(page, 'Schema', 'public');
    await page.getByRole('button', { name: /Row limit/ }).click();
    await page.getByRole('menuitem', { name: '100,000' }).click();
    await replaceSql(page, SERIES_SQL);
    await shot(page, 'editor');

    await page.keyboard.press('Control+Enter');
    // The server sends DISPLAY_MAX_ROW (10,000 by default) of the 100,000 rows, and says so.
    await expect(page.getByText('10,000 rows returned')).toBeVisible({ timeout: 30_000 });
    await expect(page.getByText(/results displayed is limited to 10,000/)).toContainText(
      'up to the 100,000 limit',
    );
    const grid = page.getByRole('grid', { name: 'Query results' });
    await expect(grid.getByRole('gridcell', { name: 'x1', exact: true })).toBeVisible();
    await shot(page, 'results');

    // Half-way down the 10,000 rows (28 pixels each) with the mouse wheel.
    await grid.hover();
    await page.mouse.wheel(0, 140_000);
    await expect(grid.getByRole('gridcell', { name: 'x1', exact: true })).toBeHidden();
    await expect(grid.getByRole('gridcell', { name: /^x50\d\d$/ }).first()).toBeVisible();
    expect(await grid.getByRole('row').count()).toBeLessThan(100);
    await shot(page, 'results-scrolled');

    // The tab is stored on the server: a reload brings back its SQL and database.
    await page.waitForTimeout(1000);
    await page.reload();
    await expect(sqlEditor(page)).toContainText('generate_series(1, 100000)');
    await expect(page.getByRole('combobox', { name: 'Database' })).toBeVisible();
    await expect(page.locator('[aria-label="Database browser"]')).toContainText(DATABASE);
    await shot(page, 'after-reload');

    await replaceSql(page, 'DELETE FROM sqllab_e2e_missing WHERE 1 = 1');
    await page.getByRole('button', { name: /Run$/ }).click();
    const refusal = page.getByRole('alert').filter({ hasText: 'The query failed' });
    await expect(refusal).toContainText('Only SELECT statements are allowed');
    await shot(page, 'dml-refused');

    await replaceSql(page, 'select n, label from (select 1 as n, 2 as label) t where n = 1');
    await page.getByRole('button', { name: /Format SQL/ }).click();
    // Formatting spreads the one-line query over a line per clause.
    await expect.poll(() => sqlEditor(page).locator('.cm-line').count()).toBeGreaterThan(4);
    await expect(sqlEditor(page)).not.toContainText('select n, label from');
    await shot(page, 'formatted');

    await page.getByRole('tab', { name: 'Query history' }).click();
    const tabHistory = page.getByRole('tabpanel', { name: 'Query history' });
    await expect(tabHistory.getByRole('row').filter({ hasText: 'generate_series' })).toContainText(
      'success',
    );
    await expect(tabHistory.getByRole('row').filter({ hasText: 'DELETE FROM' })).toContainText(
      'failed',
    );
    await shot(page, 'tab-history');

    // The table browser: a schema's tables, a table's columns and a preview of its rows.
    await page.getByRole('searchbox', { name: 'Filter tables' }).fill('e2e_ord');
    await page.getByRole('button', { name: TABLE }).click();
    const columns = page.getByRole('list', { name: `Columns of ${TABLE}` });
    await expect(columns).toContainText('order_id');
    await expect(columns).toContainText('total');
    await page.getByRole('button', { name: 'Preview data' }).click();
    await expect(page.getByText('20 rows returned')).toBeVisible();
    await expect(
      page.getByRole('grid', { name: 'Query results' }).getByRole('columnheader', {
        name: 'order_id',
      }),
    ).toBeVisible();
    await shot(page, 'table-preview');

    await replaceSql(page, SERIES_SQL);
    await page.getByRole('button', { name: /Save$/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Save query' });
    await dialog.getByLabel('Name').fill(SAVED_LABEL);
    await dialog.getByLabel('Description').fill('Every number up to 100,000 with a label');
    await shot(page, 'save-dialog');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('tab', { name: SAVED_LABEL })).toBeVisible();

    await page.goto('/savedqueryview/list/');
    const row = page.getByRole('row').filter({ hasText: SAVED_LABEL });
    await expect(row).toContainText(DATABASE);
    await expect(row).toContainText('generate_series');
    await shot(page, 'saved-queries');

    await page.goto('/sqllab/history/');
    const run = page.getByRole('row').filter({ hasText: 'generate_series' }).first();
    await expect(run).toContainText(/100,000|10,000/);
    await expect(run).toContainText('success');
    await shot(page, 'history');

    await runSql(page, setupDb, `DROP TABLE IF EXISTS ${TABLE}`);
  });

  test('the editor underlines invalid SQL as you type, and the history filters by database and user', async ({
    page,
    admin,
  }) => {
    test.setTimeout(90_000);
    await signIn(page, admin);
    const checked = await createDatabase(page, 'SQL Lab validated', false);
    const other = await createDatabase(page, 'SQL Lab other', false);
    await runSql(page, checked, 'SELECT 11 AS on_validated');
    await runSql(page, other, 'SELECT 22 AS on_other');

    await page.goto('/sqllab/');
    await expect(
      page.getByRole('tab', { name: /Untitled Query|Hundred thousand/ }).first(),
    ).toBeVisible();
    await pick(page, 'Database', 'SQL Lab validated');
    await pick(page, 'Schema', 'public');
    // PostgreSQL's validator is on by default (SQL_VALIDATORS_BY_ENGINE); it asks EXPLAIN.
    await replaceSql(page, 'SELECT 1;\nSELEC 2;\nSELECT nosuchcol FROM pg_class');
    const problems = sqlEditor(page).locator('.cm-lintRange-error');
    await expect(problems).toHaveText(['SELEC', 'nosuchcol'], { timeout: 15_000 });
    await problems.filter({ hasText: 'nosuchcol' }).hover();
    await expect(page.locator('.cm-tooltip-lint')).toContainText('resolve the column "nosuchcol"');
    await shot(page, 'validation');

    await replaceSql(page, 'SELECT relname FROM pg_class LIMIT 1');
    await expect(problems).toHaveCount(0, { timeout: 15_000 });

    await page.goto('/sqllab/history/');
    const rows = page.locator('.ant-table-tbody tr.ant-table-row');
    await expect(rows.filter({ hasText: 'on_other' })).toHaveCount(1);
    await pick(page, 'Database', 'SQL Lab validated');
    await expect(rows.filter({ hasText: 'on_validated' })).toHaveCount(1);
    await expect(rows.filter({ hasText: 'on_other' })).toHaveCount(0);
    await expect(rows.filter({ hasText: 'SQL Lab other' })).toHaveCount(0);
    await pick(page, 'User', 'Ada Admin');
    await expect(rows.filter({ hasText: 'on_validated' })).toContainText('Ada Admin');
    await shot(page, 'history-filtered');
  });
});
