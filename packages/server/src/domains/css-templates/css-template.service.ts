import type { CssTemplate, CssTemplateBody, CssTemplateListQuery } from '@superset-ts/shared';
import type { MetadataDb } from '../../db/index.js';
import type { Actor } from '../../security/access/actor.js';
import { presentCssTemplate } from './css-template.presenter.js';
import { cssTemplateRepository } from './css-template.repository.js';

/** What the CSS template service needs. */
export interface CssTemplateServiceDeps {
  metadataDb: MetadataDb;
  now?: () => Date;
}

const userIdOf = (actor: Actor) => (actor.kind === 'user' ? actor.userId : null);

/**
 * CSS templates (Superset's CssTemplateRestApi): named CSS any dashboard editor may apply.
 * They belong to no one: `can_read` on CssTemplate lists and reads all of them, `can_write`
 * creates, changes and deletes any of them (the routes check both).
 */
export function createCssTemplateService(deps: CssTemplateServiceDeps) {
  const { kysely, dialect } = deps.metadataDb;
  const now = deps.now ?? (() => new Date());

  const show = async (id: number): Promise<CssTemplate> =>
    presentCssTemplate(await cssTemplateRepository.get(kysely, id), now());

  return {
    async list(query: CssTemplateListQuery): Promise<{ count: number; items: CssTemplate[] }> {
      const page = await cssTemplateRepository.list(kysely, query);
      const at = now();
      return { count: page.count, items: page.records.map((r) => presentCssTemplate(r, at)) };
    },

    get: show,

    async create(actor: Actor, body: CssTemplateBody): Promise<CssTemplate> {
      const values = { template_name: body.template_name, css: body.css ?? null };
      const id = await cssTemplateRepository.insert(kysely, dialect, values, {
        userId: userIdOf(actor),
        now: now(),
      });
      return show(id);
    },

    /** Changes the fields the body names; the others keep their value. */
    async update(actor: Actor, id: number, body: Partial<CssTemplateBody>): Promise<CssTemplate> {
      const previous = await cssTemplateRepository.get(kysely, id);
      const values = {
        template_name: body.template_name ?? previous.template_name,
        css: body.css !== undefined ? body.css : previous.css,
      };
      await cssTemplateRepository.update(kysely, id, values, {
        userId: userIdOf(actor),
        now: now(),
      });
      return show(id);
    },

    async delete(ids: readonly number[]): Promise<void> {
      await cssTemplateRepository.delete(kysely, ids);
    },
  };
}

/** The CSS template service, as routes receive it. */
export type CssTemplateService = ReturnType<typeof createCssTemplateService>;
