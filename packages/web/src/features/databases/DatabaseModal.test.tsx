import { PASSWORD_MASK } from '@superset-ts/shared';
import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildBootstrap } from '../../testing/build-bootstrap';
import { renderApp } from '../../testing/render-app';
import { buildDatabaseDetail } from './testing/build-database';
import { databasesApi } from './testing/database-api';

const PAGE = '/databaseview/list/';
const bootstrap = buildBootstrap();

// antd's forms and modals render slowly in jsdom; give each wait room.
configure({ asyncUtilTimeout: 10_000, defaultHidden: true });

afterEach(() => {
  vi.unstubAllGlobals();
});

function setupUser() {
  return userEvent.setup({ delay: null, pointerEventsCheck: PointerEventsCheckLevel.Never });
}

type User = ReturnType<typeof setupUser>;

async function dialogTitled(title: string): Promise<HTMLElement> {
  const titles = await screen.findAllByText(title, { selector: '.ant-modal-title' });
  return titles.at(-1)?.closest('[role="dialog"]') as HTMLElement;
}

/** Sets a field's text in one change (typing key by key re-renders the whole form each time). */
function fill(field: HTMLElement, text: string) {
  fireEvent.change(field, { target: { value: text } });
}

/** Opens "Connect a database" from the list and picks PostgreSQL. */
async function openPostgresForm(user: User): Promise<HTMLElement> {
  await user.click(await screen.findByRole('button', { name: 'Database' }));
  const dialog = await dialogTitled('Connect a database');
  await user.click(await within(dialog).findByRole('button', { name: /PostgreSQL/ }));
  await within(dialog).findByText('Enter the required PostgreSQL credentials');
  return dialog;
}

function isRequired(dialog: HTMLElement, label: string): boolean {
  const labelElement = within(dialog).getByText(label, { selector: 'label' });
  return labelElement.classList.contains('ant-form-item-required');
}

describe('the database connection dialog', { timeout: 90_000 }, () => {
  it('offers preferred engines first and shows engines without a driver disabled, with why', async () => {
    databasesApi();
    renderApp(PAGE, bootstrap);
    const user = setupUser();
    await user.click(await screen.findByRole('button', { name: 'Database' }));
    const dialog = await dialogTitled('Connect a database');

    const preferred = await within(dialog).findByRole('group', { name: 'Preferred databases' });
    expect(
      within(preferred)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['PostgreSQL', 'SQLite']);
    await user.click(within(dialog).getByLabelText('Or choose from all supported databases'));
    const note = await screen.findByText('Dialect only in this build');
    const option = note.closest('.ant-select-item-option');
    expect(option?.textContent).toContain('Oracle');
    expect(option?.getAttribute('title')).toBe('No Oracle client is installed in this build.');
    expect(option?.classList.contains('ant-select-item-option-disabled')).toBe(true);
  });

  it('generates the parameters form from the JSON schema, with required marks and defaults', async () => {
    databasesApi();
    renderApp(PAGE, bootstrap);
    const user = setupUser();
    const dialog = await openPostgresForm(user);

    expect(within(dialog).getByLabelText<HTMLInputElement>('Port').value).toBe('5432');
    for (const label of ['Host', 'Port', 'Database name', 'Username']) {
      expect(isRequired(dialog, label)).toBe(true);
    }
    expect(isRequired(dialog, 'Password')).toBe(false);
    expect(within(dialog).getByLabelText('Password').getAttribute('type')).toBe('password');
    expect(within(dialog).getByRole('switch', { name: 'SSL' })).toBeTruthy();

    await user.click(within(dialog).getByRole('button', { name: 'Connect' }));
    expect(await within(dialog).findByText('Host is required')).toBeTruthy();

    await user.click(
      within(dialog).getByRole('button', {
        name: 'Connect this database with a SQLAlchemy URI string instead',
      }),
    );
    const uri = await within(dialog).findByLabelText('SQLAlchemy URI');
    expect(uri.getAttribute('placeholder')).toBe('postgresql://user:password@host:port/dbname');
  });

  it('shows a JSON error as it is typed, blocks Connect until fixed, then posts the connection', async () => {
    const api = databasesApi(
      {},
      {
        'POST /api/v1/database/': (request) => ({
          status: 201,
          body: {
            id: 8,
            result: { ...buildDatabaseDetail({ id: 8 }), ...(request.body as object) },
          },
        }),
      },
    );
    renderApp(PAGE, bootstrap);
    const user = setupUser();
    const dialog = await openPostgresForm(user);
    fill(within(dialog).getByLabelText('Host'), '127.0.0.1');
    fill(within(dialog).getByLabelText('Database name'), 'test');
    fill(within(dialog).getByLabelText('Username'), 'postgres');

    await user.click(within(dialog).getByRole('tab', { name: 'Advanced' }));
    await user.click(within(dialog).getByText('Other'));
    const engineParams = within(dialog).getByLabelText('Engine parameters');
    fill(engineParams, '{"connect_args": ');

    expect(await within(dialog).findByText(/^Not valid JSON: /)).toBeTruthy();
    const connect = within(dialog).getByRole<HTMLButtonElement>('button', { name: 'Connect' });
    expect(connect.disabled).toBe(true);
    expect(within(dialog).getByRole('status').textContent).toBe(
      'Engine parameters in Advanced → Other cannot be read: fix it to save.',
    );

    fill(engineParams, '{"connect_args": {"connect_timeout": 5}}');
    await waitFor(() => expect(within(dialog).queryByText(/^Not valid JSON: /)).toBeNull());
    expect(connect.disabled).toBe(false);
    await user.click(connect);

    await waitFor(() => expect(api.calls()).toContain('POST /api/v1/database/'));
    const post = api.requests.find((r) => r.method === 'POST' && r.url === '/api/v1/database/');
    expect(post?.body).toMatchObject({
      database_name: 'PostgreSQL',
      configuration_method: 'dynamic_form',
      engine: 'postgresql',
      parameters: { host: '127.0.0.1', port: 5432, database: 'test', username: 'postgres' },
      extra: JSON.stringify({ engine_params: { connect_args: { connect_timeout: 5 } } }),
    });
    await waitFor(() =>
      expect(screen.queryByText('Enter the required PostgreSQL credentials')).toBeNull(),
    );
  });

  it("tests the connection and shows the server's reason when it fails", async () => {
    let isPortOpen = false;
    const api = databasesApi(
      {},
      {
        'POST /api/v1/database/test_connection/': () =>
          isPortOpen
            ? { body: { message: 'OK' } }
            : {
                status: 422,
                body: {
                  message: 'Port 5433 on hostname "127.0.0.1" refused the connection.',
                  errors: [],
                },
              },
      },
    );
    renderApp(PAGE, bootstrap);
    const user = setupUser();
    const dialog = await openPostgresForm(user);
    fill(within(dialog).getByLabelText('Host'), '127.0.0.1');
    fill(within(dialog).getByLabelText('Port'), '5433');
    fill(within(dialog).getByLabelText('Database name'), 'test');
    fill(within(dialog).getByLabelText('Username'), 'postgres');

    await user.click(within(dialog).getByRole('button', { name: 'Test connection' }));
    expect(
      await within(dialog).findByText(/Port 5433 on hostname "127.0.0.1" refused/),
    ).toBeTruthy();
    const test = api.requests.find((r) => r.url === '/api/v1/database/test_connection/');
    expect(test?.body).toMatchObject({ parameters: { port: 5433 }, database_name: 'PostgreSQL' });

    isPortOpen = true;
    await user.click(within(dialog).getByRole('button', { name: 'Test connection' }));
    expect(await within(dialog).findByText('Connection looks good!')).toBeTruthy();
  });

  it('edits a stored database: filled from the server, the masked password sent back as is', async () => {
    const api = databasesApi(
      {},
      {
        'GET /api/v1/database/7': () => ({ body: { id: 7, result: buildDatabaseDetail() } }),
        'PUT /api/v1/database/7': () => ({ body: { id: 7, result: buildDatabaseDetail() } }),
      },
    );
    renderApp(PAGE, bootstrap);
    const user = setupUser();
    const row = (await screen.findByText('Warehouse')).closest('tr') as HTMLElement;
    await user.click(await within(row).findByRole('button', { name: 'Edit Warehouse' }));
    const dialog = await dialogTitled('Edit database');

    const host = await within(dialog).findByLabelText<HTMLInputElement>('Host');
    expect(host.value).toBe('db.internal');
    expect(within(dialog).getByLabelText<HTMLInputElement>('Password').value).toBe(PASSWORD_MASK);
    expect(within(dialog).getByLabelText<HTMLInputElement>('Additional parameters').value).toBe(
      'sslmode=require',
    );
    fill(within(dialog).getByLabelText('Display name'), 'Sales');
    await user.click(within(dialog).getByRole('button', { name: 'Finish' }));

    await waitFor(() => expect(api.calls()).toContain('PUT /api/v1/database/7'));
    const put = api.requests.find((r) => r.method === 'PUT');
    expect(put?.body).toMatchObject({
      database_name: 'Sales',
      parameters: { password: PASSWORD_MASK, query: { sslmode: 'require' } },
    });
  });
});
