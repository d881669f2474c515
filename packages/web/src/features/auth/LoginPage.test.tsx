import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resetCsrfToken } from '../../api/json-request';
import { loadPage } from '../../app/full-page-navigation';
import { buildBootstrap, buildUser } from '../../testing/build-bootstrap';
import { renderApp } from '../../testing/render-app';

vi.mock('../../app/full-page-navigation', () => ({ loadPage: vi.fn() }));

const anonymous = buildBootstrap({ user: null });

function jsonResponse(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });
}

const fetchMock = vi.fn<typeof fetch>();
const CSRF_URL = '/api/v1/security/csrf_token/';

/** The server: a CSRF token for the asking, and `answer` to the login post. */
function answerLogin(answer: Response | Promise<Response>): void {
  fetchMock.mockImplementation((input) =>
    input === CSRF_URL
      ? Promise.resolve(jsonResponse(200, { result: 'csrf-token-1' }))
      : Promise.resolve(answer),
  );
}

/** The requests other than the CSRF token fetch. */
const loginCalls = () => fetchMock.mock.calls.filter(([input]) => input !== CSRF_URL);

beforeEach(() => {
  vi.stubGlobal('fetch', fetchMock);
});

afterEach(() => {
  fetchMock.mockReset();
  resetCsrfToken();
  vi.mocked(loadPage).mockReset();
  vi.unstubAllGlobals();
});

async function fillAndSubmit(username: string, password: string): Promise<void> {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText('Username'), username);
  await user.type(screen.getByLabelText('Password'), password);
  await user.click(screen.getByRole('button', { name: /sign in/i }));
}

// Typing into antd inputs in jsdom takes seconds when the machine is busy.
describe('LoginPage', { timeout: 20_000 }, () => {
  it('shows labelled username and password fields, with focus on the username', () => {
    renderApp('/login/', anonymous);

    expect(screen.getByRole('heading', { name: 'Sign in to Superset' })).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByLabelText('Username'));
    expect(screen.getByLabelText('Password').getAttribute('type')).toBe('password');
    expect(document.title).toBe('Sign in | Superset');
  });

  it('posts the credentials as JSON and loads the page the server names', async () => {
    answerLogin(jsonResponse(200, { result: buildUser(), redirect: '/superset/welcome/' }));
    renderApp('/login/', anonymous);

    await fillAndSubmit('admin', 's3cret');

    await waitFor(() => expect(loadPage).toHaveBeenCalledWith('/superset/welcome/'));
    expect(loginCalls()).toHaveLength(1);
    const [url, init] = loginCalls()[0] ?? [];
    expect(url).toBe('/login/');
    expect(init?.method).toBe('POST');
    expect(new Headers(init?.headers).get('Content-Type')).toBe('application/json');
    expect(new Headers(init?.headers).get('X-CSRFToken')).toBe('csrf-token-1');
    expect(JSON.parse(init?.body as string)).toEqual({ username: 'admin', password: 's3cret' });
  });

  it('forwards the next parameter to the server', async () => {
    answerLogin(jsonResponse(200, { result: buildUser(), redirect: '/x/' }));
    renderApp('/login/?next=%2Fsuperset%2Fwelcome%2F%3Ftab%3D1', anonymous);

    await fillAndSubmit('admin', 's3cret');

    await waitFor(() => expect(loadPage).toHaveBeenCalledWith('/x/'));
    expect(loginCalls()[0]?.[0]).toBe('/login/?next=%2Fsuperset%2Fwelcome%2F%3Ftab%3D1');
  });

  it('shows the server message on 401, clears the password and stays on the page', async () => {
    answerLogin(
      jsonResponse(401, {
        message: 'Invalid username or password.',
        errors: [
          {
            message: 'Invalid username or password.',
            error_type: 'INVALID_CREDENTIALS',
            level: 'error',
          },
        ],
      }),
    );
    renderApp('/login/', anonymous);

    await fillAndSubmit('admin', 'wrong');

    expect((await screen.findByRole('alert')).textContent).toContain(
      'Invalid username or password.',
    );
    expect(screen.getByLabelText<HTMLInputElement>('Password').value).toBe('');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Password')));
    expect(screen.getByLabelText<HTMLInputElement>('Username').value).toBe('admin');
    expect(loadPage).not.toHaveBeenCalled();
  });

  it('shows the rate-limit message the server sends', async () => {
    answerLogin(
      jsonResponse(429, { message: 'Too many requests. Try again in a moment.', errors: [] }),
    );
    renderApp('/login/', anonymous);

    await fillAndSubmit('admin', 'wrong');

    expect((await screen.findByRole('alert')).textContent).toContain('Too many requests');
  });

  it('disables the button while the request is in flight', async () => {
    let answer: (response: Response) => void = () => undefined;
    answerLogin(new Promise<Response>((resolve) => (answer = resolve)));
    renderApp('/login/', anonymous);

    await fillAndSubmit('admin', 's3cret');

    const button = screen.getByRole<HTMLButtonElement>('button', { name: /sign in/i });
    await waitFor(() => expect(button.disabled).toBe(true));
    expect(screen.getByLabelText<HTMLInputElement>('Username').disabled).toBe(true);

    answer(jsonResponse(401, { message: 'Invalid username or password.', errors: [] }));
    await waitFor(() => expect(button.disabled).toBe(false));
  });

  it('asks for empty fields instead of posting them', async () => {
    renderApp('/login/', anonymous);

    await userEvent.setup().click(screen.getByRole('button', { name: /sign in/i }));

    expect(await screen.findByText('Enter your username')).toBeTruthy();
    expect(await screen.findByText('Enter your password')).toBeTruthy();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('submits with Enter from the password field', async () => {
    answerLogin(jsonResponse(200, { result: buildUser(), redirect: '/home/' }));
    renderApp('/login/', anonymous);
    const user = userEvent.setup();

    await user.keyboard('admin');
    await user.tab();
    await user.keyboard('s3cret{Enter}');

    await waitFor(() => expect(loadPage).toHaveBeenCalledWith('/home/'));
  });

  it('explains that SAML sign-in is not available yet instead of a form', () => {
    renderApp('/login/', buildBootstrap({ user: null, common: { auth_type: 'AUTH_SAML' } }));

    expect(screen.getByText('SAML sign-in is not available yet')).toBeTruthy();
    expect(screen.queryByLabelText('Password')).toBeNull();
  });
});
