import type { FastifyInstance } from 'fastify';
import type { Config } from '../../config/index.js';
import type { MetadataDb } from '../../db/index.js';
import { registerRowLevelSecurityRoutes } from './row-level-security.routes.js';
import { createRlsRuleService } from './row-level-security.service.js';
import {
  createRowLevelSecurityCapability,
  type RowLevelSecurityCapability,
} from './rls-capability.js';

export type { RowLevelSecurityCapability } from './rls-capability.js';

/** What the row level security capability is built from. */
export interface RowLevelSecurityDeps {
  config: Config;
  metadataDb: MetadataDb;
}

/**
 * Wires `/api/v1/rowlevelsecurity/` (Admin only by default) and returns the capability that
 * gives the predicates a dataset's queries must carry for an actor.
 */
export function registerRowLevelSecurity(
  app: FastifyInstance,
  deps: RowLevelSecurityDeps,
): RowLevelSecurityCapability {
  registerRowLevelSecurityRoutes(app, createRlsRuleService({ metadataDb: deps.metadataDb }));
  return createRowLevelSecurityCapability(deps.metadataDb.kysely);
}
