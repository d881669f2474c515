import type {
  RelatedFieldQuery,
  RlsListQuery,
  RlsRuleCreate,
  RlsRuleUpdate,
} from '@superset-ts/shared';
import type { FieldProblems } from '../../app/validation/request-input.js';
import type { MetadataDb } from '../../db/index.js';
import type { Actor } from '../../security/access/actor.js';
import { RlsRuleInvalidError } from './row-level-security.errors.js';
import { presentRlsListItem, presentRlsRule } from './row-level-security.presenter.js';
import type { RlsRuleRecord, RlsRuleValues } from './row-level-security.record.js';
import { rlsRuleRepository } from './row-level-security.repository.js';
import { rlsRelatedRepository } from './rls-related.repository.js';

/** What the rule service needs, wired at the composition root. */
export interface RlsRuleServiceDeps {
  metadataDb: MetadataDb;
  now?: () => Date;
}

function userIdOf(actor: Actor): number | null {
  return actor.kind === 'user' ? actor.userId : null;
}

function blankToNull(value: string | null | undefined): string | null {
  return value?.trim() ? value.trim() : null;
}

function mergedValues(body: RlsRuleUpdate, previous: RlsRuleRecord | null): RlsRuleValues {
  return {
    name: body.name ?? previous?.name ?? '',
    description:
      body.description !== undefined
        ? blankToNull(body.description)
        : (previous?.description ?? null),
    filter_type: body.filter_type ?? previous?.filter_type ?? 'Regular',
    group_key:
      body.group_key !== undefined ? blankToNull(body.group_key) : (previous?.group_key ?? null),
    clause: body.clause ?? previous?.clause ?? '',
    tables: body.tables ?? previous?.tables.map((table) => table.id) ?? [],
    roles: body.roles ?? previous?.roles.map((role) => role.id) ?? [],
  };
}

/**
 * Row level security rules (Superset's RLSRestApi): list, show, create, change and delete,
 * and the roles and datasets a rule can name. Who may call is decided by the routes
 * (`can_read` / `can_write` on Row Level Security, Admin only by default).
 */
export function createRlsRuleService(deps: RlsRuleServiceDeps) {
  const { kysely, dialect } = deps.metadataDb;
  const now = deps.now ?? (() => new Date());

  const requireKnownLinks = async (values: RlsRuleValues): Promise<void> => {
    const [missingTables, missingRoles] = await Promise.all([
      rlsRelatedRepository.missingTables(kysely, values.tables),
      rlsRelatedRepository.missingRoles(kysely, values.roles),
    ]);
    const problems: FieldProblems = {};
    if (missingTables.length > 0) {
      problems.tables = [`No dataset has the id ${missingTables.join(', ')}.`];
    }
    if (missingRoles.length > 0)
      problems.roles = [`No role has the id ${missingRoles.join(', ')}.`];
    if (Object.keys(problems).length > 0) throw new RlsRuleInvalidError(problems);
  };

  return {
    async list(query: RlsListQuery) {
      const page = await rlsRuleRepository.list(kysely, query);
      const at = now();
      return { count: page.count, items: page.records.map((r) => presentRlsListItem(r, at)) };
    },

    async get(id: number) {
      return presentRlsRule(await rlsRuleRepository.get(kysely, id));
    },

    async create(actor: Actor, body: RlsRuleCreate) {
      const values = mergedValues(body, null);
      await requireKnownLinks(values);
      await rlsRuleRepository.requireUniqueName(kysely, values.name);
      const id = await rlsRuleRepository.insert(kysely, dialect, values, {
        userId: userIdOf(actor),
        now: now(),
      });
      return { id, result: values };
    },

    async update(actor: Actor, id: number, body: RlsRuleUpdate) {
      const previous = await rlsRuleRepository.get(kysely, id);
      const values = mergedValues(body, previous);
      if (values.tables.length === 0) {
        throw new RlsRuleInvalidError({ tables: ['Pick at least one dataset.'] });
      }
      await requireKnownLinks(values);
      await rlsRuleRepository.requireUniqueName(kysely, values.name, id);
      await rlsRuleRepository.update(kysely, id, values, { userId: userIdOf(actor), now: now() });
      return { id, result: values };
    },

    async delete(ids: readonly number[]): Promise<void> {
      await rlsRuleRepository.delete(kysely, ids);
    },

    relatedRoles: (query: RelatedFieldQuery) => rlsRelatedRepository.roles(kysely, query),
    relatedTables: (query: RelatedFieldQuery) => rlsRelatedRepository.tables(kysely, query),
  };
}

/** The rule service, as routes receive it. */
export type RlsRuleService = ReturnType<typeof createRlsRuleService>;
