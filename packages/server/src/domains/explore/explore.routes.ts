import type { FastifyInstance } from 'fastify';
import {
  EXPLORE_API_PATH,
  EXPLORE_FORM_DATA_API_PATH,
  EXPLORE_PERMALINK_API_PATH,
  exploreFormDataBodySchema,
  exploreFormDataWriteQuerySchema,
  explorePermalinkBodySchema,
  exploreQuerySchema,
} from '@superset-ts/shared';
import { parseBody } from '../../app/validation/request-input.js';
import { AppError } from '../../errors/app-error.js';
import { requirePermission, withAccess } from '../../security/access/route-access.js';
import type { ExploreService } from './explore.service.js';
import type { FormDataService } from './form-data.service.js';
import type { PermalinkService } from './permalink.service.js';

const canReadExplore = withAccess(requirePermission('can_read', 'Explore'));
const canReadFormData = withAccess(requirePermission('can_read', 'ExploreFormDataRestApi'));
const canWriteFormData = withAccess(requirePermission('can_write', 'ExploreFormDataRestApi'));
const canReadPermalink = withAccess(requirePermission('can_read', 'ExplorePermalinkRestApi'));
const canWritePermalink = withAccess(requirePermission('can_write', 'ExplorePermalinkRestApi'));

/** A key in a path: URL-safe and short, or a 404 so keys cannot be probed with junk. */
function keyParam(params: unknown): string {
  const key = (params as { key?: unknown } | undefined)?.key;
  if (typeof key !== 'string' || !/^[A-Za-z0-9_-]{1,128}$/.test(key)) {
    throw new AppError('RESOURCE_NOT_FOUND');
  }
  return key;
}

function tabIdOf(query: unknown): number | undefined {
  const parsed = exploreFormDataWriteQuerySchema.safeParse(query ?? {});
  return parsed.success ? parsed.data.tab_id : undefined;
}

/** What the Explore routes call. */
export interface ExploreRouteDeps {
  explore: ExploreService;
  formData: FormDataService;
  permalinks: PermalinkService;
}

/**
 * Explore's API: the bootstrap (`can_read` on Explore), unsaved states (`can_read`/`can_write`
 * on ExploreFormDataRestApi) and permalinks (on ExplorePermalinkRestApi).
 */
export function registerExploreRoutes(app: FastifyInstance, deps: ExploreRouteDeps): void {
  app.get(EXPLORE_API_PATH, canReadExplore, async (request) => {
    const parsed = exploreQuerySchema.safeParse(request.query ?? {});
    if (!parsed.success) {
      throw new AppError(
        'INVALID_PAYLOAD_SCHEMA_ERROR',
        `The Explore parameters are not valid: ${parsed.error.issues
          .map((issue) => `${issue.path.join('.')}: ${issue.message}`)
          .join('; ')}`,
      );
    }
    return { result: await deps.explore.context(request.actor, parsed.data) };
  });

  const oneFormData = `${EXPLORE_FORM_DATA_API_PATH}/:key`;
  app.post(EXPLORE_FORM_DATA_API_PATH, canWriteFormData, async (request, reply) => {
    const body = parseBody(exploreFormDataBodySchema, request.body);
    const key = await deps.formData.create(request.actor, body, tabIdOf(request.query));
    return reply.status(201).send({ key });
  });
  app.put(oneFormData, canWriteFormData, async (request) => {
    const body = parseBody(exploreFormDataBodySchema, request.body);
    const key = await deps.formData.update(
      request.actor,
      keyParam(request.params),
      body,
      tabIdOf(request.query),
    );
    return { message: 'Value updated successfully.', key };
  });
  app.get(oneFormData, canReadFormData, async (request) => ({
    form_data: (await deps.formData.get(request.actor, keyParam(request.params))).form_data,
  }));
  app.delete(oneFormData, canWriteFormData, async (request) => {
    await deps.formData.delete(request.actor, keyParam(request.params));
    return { message: 'Deleted successfully' };
  });

  app.post(EXPLORE_PERMALINK_API_PATH, canWritePermalink, async (request, reply) => {
    const body = parseBody(explorePermalinkBodySchema, request.body);
    return reply.status(201).send(await deps.permalinks.create(request.actor, body));
  });
  app.get(`${EXPLORE_PERMALINK_API_PATH}/:key`, canReadPermalink, async (request) =>
    deps.permalinks.get(request.actor, keyParam(request.params)),
  );
}
