import type { FastifyInstance } from 'fastify';
import {
  CSS_TEMPLATE_API_PATH,
  cssTemplateBodySchema,
  cssTemplateIdsSchema,
  cssTemplateListQuerySchema,
} from '@superset-ts/shared';
import { parseBody, parseIdParam, parseListQuery } from '../../app/validation/request-input.js';
import { requirePermission, withAccess } from '../../security/access/route-access.js';
import type { CssTemplateService } from './css-template.service.js';

const RESOURCE = 'CssTemplate';
const canRead = withAccess(requirePermission('can_read', RESOURCE));
const canWrite = withAccess(requirePermission('can_write', RESOURCE));
const cssTemplateUpdateSchema = cssTemplateBodySchema.partial();

/**
 * Superset's CSS template API (`/api/v1/css_template/`): `can_read` on CssTemplate to list,
 * read and see one's permissions (`_info`); `can_write` to create, change and delete.
 */
export function registerCssTemplateRoutes(app: FastifyInstance, service: CssTemplateService): void {
  const base = CSS_TEMPLATE_API_PATH;
  const one = `${base}:pk`;

  app.get(base, canRead, async (request) => {
    const page = await service.list(parseListQuery(cssTemplateListQuerySchema, request.query));
    return { count: page.count, ids: page.items.map((item) => item.id), result: page.items };
  });

  app.get(`${base}_info`, canRead, async (request) => {
    const suffix = `|${RESOURCE}`;
    const permissions = [...request.actor.permissions]
      .filter((key) => key.endsWith(suffix))
      .map((key) => key.slice(0, -suffix.length))
      .sort();
    return { permissions };
  });

  app.get(one, canRead, async (request) => {
    const id = parseIdParam(request.params);
    return { id, result: await service.get(id) };
  });

  app.post(base, canWrite, async (request, reply) => {
    const created = await service.create(
      request.actor,
      parseBody(cssTemplateBodySchema, request.body),
    );
    return reply
      .status(201)
      .send({ id: created.id, result: { template_name: created.template_name, css: created.css } });
  });

  app.put(one, canWrite, async (request) => {
    const id = parseIdParam(request.params);
    const body = parseBody(cssTemplateUpdateSchema, request.body);
    const updated = await service.update(request.actor, id, body);
    return { id, result: { template_name: updated.template_name, css: updated.css } };
  });

  app.delete(one, canWrite, async (request) => {
    await service.delete([parseIdParam(request.params)]);
    return { message: 'OK' };
  });

  app.delete(base, canWrite, async (request) => {
    const ids = parseListQuery(cssTemplateIdsSchema, request.query);
    await service.delete(ids);
    return { message: `Deleted ${ids.length} css template${ids.length === 1 ? '' : 's'}` };
  });
}
