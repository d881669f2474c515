import { cssTemplateListQuerySchema } from '@superset-ts/shared';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeOnEveryBackend } from '../../db/test-support/metadata-backends.js';
import {
  openScratchMetadataDb,
  type ScratchMetadataDb,
} from '../../db/test-support/scratch-metadata-db.js';
import { CssTemplateNotFoundError } from './css-template.errors.js';
import { cssTemplateRepository as repo } from './css-template.repository.js';

describeOnEveryBackend('css template repository', (backend) => {
  let scratch: ScratchMetadataDb;
  const meta = { userId: null, now: new Date(Date.UTC(2024, 0, 2, 10, 0, 0)) };
  const insert = (template_name: string, css: string | null = null) =>
    repo.insert(scratch.db.kysely, scratch.db.dialect, { template_name, css }, meta);

  beforeAll(async () => {
    scratch = await openScratchMetadataDb(backend);
  });
  afterAll(async () => scratch.close());

  it('stores, filters case-insensitively, orders, changes and deletes all or nothing', async () => {
    const { kysely } = scratch.db;
    const blue = await insert('Corporate Blue', '.a { color: blue; }');
    const red = await insert('corporate red');
    await insert('Minimal');

    const corporate = await repo.list(
      kysely,
      cssTemplateListQuerySchema.parse({
        filters: [{ col: 'template_name', opr: 'ct', value: 'CORPORATE' }],
        order_column: 'template_name',
        order_direction: 'asc',
      }),
    );
    expect(corporate.count).toBe(2);
    expect(corporate.records.map((r) => r.id).sort()).toEqual([blue, red].sort());

    await repo.update(kysely, blue, { template_name: 'Blue', css: null }, meta);
    expect(await repo.get(kysely, blue)).toMatchObject({
      template_name: 'Blue',
      css: null,
      changed_on: meta.now,
    });

    await expect(repo.delete(kysely, [blue, 999_999])).rejects.toBeInstanceOf(
      CssTemplateNotFoundError,
    );
    expect((await repo.get(kysely, blue)).id).toBe(blue);
    await repo.delete(kysely, [blue, red]);
    await expect(repo.get(kysely, red)).rejects.toBeInstanceOf(CssTemplateNotFoundError);
  });
});
