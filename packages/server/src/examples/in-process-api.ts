import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app/build-app.js';
import type { Config } from '../config/index.js';
import type { MetadataDb } from '../db/index.js';
import { createApiTokens } from '../security/tokens/api-tokens.js';
import { readProductVersion } from '../server/version.js';
import type { ExamplesApi, ExamplesApiResponse } from './examples-api.js';
import { ExamplesError } from './loader/examples-error.js';

/** The REST API of an app built in this process, called as an admin; close it when done. */
export interface InProcessExamplesApi extends ExamplesApi {
  close(): Promise<void>;
}

async function findAdminId(metadataDb: MetadataDb): Promise<number | undefined> {
  const row = await metadataDb.kysely
    .selectFrom('ab_user')
    .innerJoin('ab_user_role', 'ab_user_role.user_id', 'ab_user.id')
    .innerJoin('ab_role', 'ab_role.id', 'ab_user_role.role_id')
    .where('ab_role.name', '=', 'Admin')
    .where('ab_user.active', '=', true)
    .select('ab_user.id')
    .orderBy('ab_user.id')
    .executeTakeFirst();
  return row?.id;
}

function bodyOf(payload: string): unknown {
  if (payload === '') return null;
  try {
    return JSON.parse(payload) as unknown;
  } catch {
    return payload;
  }
}

/**
 * The id of the first active user with the Admin role, who loads the examples.
 * @throws ExamplesError EXAMPLES_NO_ADMIN when there is none.
 */
export async function requireAdminId(metadataDb: MetadataDb): Promise<number> {
  const adminId = await findAdminId(metadataDb);
  if (adminId === undefined) {
    throw new ExamplesError(
      'EXAMPLES_NO_ADMIN',
      'No admin user exists: run `superset fab create-admin` first.',
    );
  }
  return adminId;
}

/**
 * Builds the app (no UI, no logger) on `config` and `metadataDb` and answers requests with
 * `app.inject`, authenticated by an access token of the first active Admin.
 * @throws ExamplesError EXAMPLES_NO_ADMIN when no active user has the Admin role.
 */
export async function openInProcessApi(
  config: Config,
  metadataDb: MetadataDb,
): Promise<InProcessExamplesApi> {
  const adminId = await requireAdminId(metadataDb);
  const token = await createApiTokens({
    secretKey: config.SECRET_KEY,
    accessLifetimeSeconds: config.JWT_ACCESS_TOKEN_EXPIRES,
    refreshLifetimeSeconds: config.JWT_REFRESH_TOKEN_EXPIRES,
  }).issue(adminId, 'access', true);
  const app: FastifyInstance = await buildApp({
    config,
    metadataDb,
    version: readProductVersion(),
    webDistDir: null,
    logger: false,
  });
  return {
    async request<T>(
      method: 'GET' | 'POST' | 'PUT' | 'DELETE',
      url: string,
      body?: unknown,
    ): Promise<ExamplesApiResponse<T>> {
      const response = await app.inject({
        method,
        url,
        headers: { authorization: `Bearer ${token}` },
        ...(body === undefined ? {} : { payload: body as object }),
      });
      return { status: response.statusCode, body: bodyOf(response.payload) as T };
    },
    close: () => app.close(),
  };
}
