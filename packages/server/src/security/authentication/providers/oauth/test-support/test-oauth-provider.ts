import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A client the provider knows. */
export interface TestOAuthClient {
  clientId: string;
  clientSecret: string;
}

/** What the provider saw of one token request, for assertions. */
export interface TokenRequestRecord {
  authorization: string | undefined;
  form: Record<string, string>;
  status: number;
}

interface IssuedCode {
  clientId: string;
  redirectUri: string;
  challenge: string | undefined;
  claims: Record<string, unknown>;
}

/**
 * A small but real OAuth 2.0 / OpenID Connect provider on 127.0.0.1 for tests: `/authorize`
 * answers at once for the person set in `signedInAs` (as if they had logged in and consented),
 * `/token` checks the client's credentials (HTTP Basic or form), the code, the redirect URI
 * and the PKCE verifier, `/userinfo` answers the claims for a bearer token, and
 * `/.well-known/openid-configuration` describes all three.
 */
export interface TestOAuthProvider {
  baseUrl: string;
  /** The claims `/userinfo` will answer for the next sign-in; null makes /authorize refuse. */
  signedInAs: Record<string, unknown> | null;
  readonly authorizeRequests: URLSearchParams[];
  readonly tokenRequests: TokenRequestRecord[];
  close(): Promise<void>;
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => resolve(body));
    request.on('error', reject);
  });
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'Content-Type': 'application/json' });
  response.end(JSON.stringify(body));
}

function clientFromRequest(authorization: string | undefined, form: Record<string, string>) {
  if (authorization?.startsWith('Basic ')) {
    const decoded = Buffer.from(authorization.slice(6), 'base64').toString();
    const [id = '', secret = ''] = decoded
      .split(':')
      .map((part) => decodeURIComponent(part.replace(/\+/g, ' ')));
    return { id, secret };
  }
  return { id: form.client_id ?? '', secret: form.client_secret ?? '' };
}

/** Starts the provider on a free port of 127.0.0.1. */
export async function startTestOAuthProvider(client: TestOAuthClient): Promise<TestOAuthProvider> {
  const codes = new Map<string, IssuedCode>();
  const tokens = new Map<string, Record<string, unknown>>();

  const provider = {
    baseUrl: '',
    signedInAs: null as Record<string, unknown> | null,
    authorizeRequests: [] as URLSearchParams[],
    tokenRequests: [] as TokenRequestRecord[],
    close: async () => undefined,
  };

  const authorize = (url: URL, response: ServerResponse) => {
    const query = url.searchParams;
    provider.authorizeRequests.push(query);
    const redirectUri = query.get('redirect_uri') ?? '';
    if (query.get('client_id') !== client.clientId || !redirectUri) {
      return sendJson(response, 400, { error: 'invalid_request' });
    }
    const back = new URL(redirectUri);
    const state = query.get('state');
    if (state !== null) back.searchParams.set('state', state);
    if (provider.signedInAs === null) {
      back.searchParams.set('error', 'access_denied');
    } else {
      const code = randomBytes(16).toString('hex');
      codes.set(code, {
        clientId: client.clientId,
        redirectUri,
        challenge: query.get('code_challenge') ?? undefined,
        claims: provider.signedInAs,
      });
      back.searchParams.set('code', code);
    }
    response.writeHead(302, { Location: back.toString() });
    response.end();
  };

  const token = async (request: IncomingMessage, response: ServerResponse) => {
    const form = Object.fromEntries(new URLSearchParams(await readBody(request)));
    const record: TokenRequestRecord = {
      authorization: request.headers.authorization,
      form,
      status: 200,
    };
    provider.tokenRequests.push(record);
    const refuse = (status: number, error: string) => {
      record.status = status;
      sendJson(response, status, { error });
    };
    const caller = clientFromRequest(request.headers.authorization, form);
    if (caller.id !== client.clientId || caller.secret !== client.clientSecret) {
      return refuse(401, 'invalid_client');
    }
    const issued = codes.get(form.code ?? '');
    codes.delete(form.code ?? '');
    if (
      !issued ||
      issued.redirectUri !== form.redirect_uri ||
      form.grant_type !== 'authorization_code'
    ) {
      return refuse(400, 'invalid_grant');
    }
    const verifier = form.code_verifier ?? '';
    const challenge = createHash('sha256').update(verifier).digest('base64url');
    if (issued.challenge !== undefined && issued.challenge !== challenge)
      return refuse(400, 'invalid_grant');
    const accessToken = randomBytes(16).toString('hex');
    tokens.set(accessToken, issued.claims);
    sendJson(response, 200, { access_token: accessToken, token_type: 'Bearer', expires_in: 300 });
  };

  const userInfo = (request: IncomingMessage, response: ServerResponse) => {
    const bearer = request.headers.authorization?.replace(/^Bearer /, '') ?? '';
    const claims = tokens.get(bearer);
    if (!claims) return sendJson(response, 401, { error: 'invalid_token' });
    sendJson(response, 200, claims);
  };

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', provider.baseUrl);
    const route = `${request.method} ${url.pathname}`;
    if (route === 'GET /authorize') return authorize(url, response);
    if (route === 'POST /token') return void token(request, response);
    if (route === 'GET /userinfo') return userInfo(request, response);
    if (route === 'GET /.well-known/openid-configuration') {
      return sendJson(response, 200, {
        issuer: provider.baseUrl,
        authorization_endpoint: `${provider.baseUrl}/authorize`,
        token_endpoint: `${provider.baseUrl}/token`,
        userinfo_endpoint: `${provider.baseUrl}/userinfo`,
      });
    }
    sendJson(response, 404, { error: 'not_found' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  provider.baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  provider.close = () =>
    new Promise<undefined>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve(undefined));
    });
  return provider;
}
