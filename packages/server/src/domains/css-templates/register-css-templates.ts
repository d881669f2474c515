import type { FastifyInstance } from 'fastify';
import { registerCssTemplateRoutes } from './css-template.routes.js';
import { createCssTemplateService, type CssTemplateServiceDeps } from './css-template.service.js';

/** Wires `/api/v1/css_template/`. */
export function registerCssTemplates(app: FastifyInstance, deps: CssTemplateServiceDeps): void {
  registerCssTemplateRoutes(app, createCssTemplateService(deps));
}
