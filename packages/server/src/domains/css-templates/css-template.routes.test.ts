import { CSS_TEMPLATE_API_PATH as URL, type CssTemplate } from '@superset-ts/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  startDatasetTestApp,
  type DatasetTestApp,
} from '../datasets/test-support/dataset-test-app.js';

type Written = { id: number; result: { template_name: string; css: string | null } };
type Listed = { count: number; ids: number[]; result: CssTemplate[] };
type ErrorBody = { errors: { extra?: { fields?: Record<string, string[]> } }[] };
const fieldsOf = (body: ErrorBody) => body.errors[0]?.extra?.fields ?? {};

describe('css templates: /api/v1/css_template/', () => {
  let t: DatasetTestApp;

  const create = async (body: Record<string, unknown>) => {
    const response = await t.as(t.alpha, 'POST', URL, body);
    expect(response.statusCode).toBe(201);
    return response.json<Written>().id;
  };
  const list = async (q: string) =>
    (await t.as(t.gamma, 'GET', `${URL}?q=${encodeURIComponent(q)}`)).json<Listed>();

  beforeAll(async () => {
    t = await startDatasetTestApp();
  });
  afterAll(async () => t.close());

  it('creates, reads, changes and deletes a template, recording who did', async () => {
    const created = await t.as(t.alpha, 'POST', URL, {
      template_name: '  Dark  ',
      css: 'body { background: #111; }',
    });
    expect(created.statusCode).toBe(201);
    const { id, result } = created.json<Written>();
    expect(result).toEqual({ template_name: 'Dark', css: 'body { background: #111; }' });

    const read = await t.as(t.gamma, 'GET', `${URL}${id}`);
    expect(read.statusCode).toBe(200);
    expect(read.json<{ result: CssTemplate }>().result).toMatchObject({
      id,
      template_name: 'Dark',
      css: 'body { background: #111; }',
      created_by: { first_name: 'Test', last_name: 'User' },
      changed_on_delta_humanized: expect.stringMatching(/^just now$|ago$/) as unknown,
    });

    const updated = await t.as(t.admin, 'PUT', `${URL}${id}`, { css: '.header { color: red; }' });
    expect(updated.statusCode).toBe(200);
    expect(updated.json<Written>().result).toEqual({
      template_name: 'Dark',
      css: '.header { color: red; }',
    });
    const changed = (await t.as(t.gamma, 'GET', `${URL}${id}`)).json<{ result: CssTemplate }>();
    expect(changed.result.changed_by?.id).not.toBe(changed.result.created_by?.id);

    expect((await t.as(t.alpha, 'DELETE', `${URL}${id}`)).json()).toEqual({ message: 'OK' });
    expect((await t.as(t.gamma, 'GET', `${URL}${id}`)).statusCode).toBe(404);
    expect((await t.as(t.alpha, 'PUT', `${URL}${id}`, { css: '' })).statusCode).toBe(404);
    expect((await t.as(t.alpha, 'DELETE', `${URL}${id}`)).statusCode).toBe(404);
  });

  it('lists with rison filters, order and pages', async () => {
    await create({ template_name: 'Corporate blue', css: '.a{}' });
    await create({ template_name: 'Corporate red' });
    await create({ template_name: 'Minimal' });

    const corporate = await list(
      '(filters:!((col:template_name,opr:sw,value:Corporate)),order_column:template_name,order_direction:desc)',
    );
    expect(corporate.count).toBe(2);
    expect(corporate.result.map((row) => row.template_name)).toEqual([
      'Corporate red',
      'Corporate blue',
    ]);
    expect(corporate.ids).toEqual(corporate.result.map((row) => row.id));

    const page = await list('(order_column:template_name,order_direction:asc,page:1,page_size:2)');
    expect(page.count).toBeGreaterThanOrEqual(3);
    expect(page.result.map((row) => row.template_name)).toEqual(['Minimal']);

    const refused = await t.as(t.gamma, 'GET', `${URL}?q=(filters:!((col:css,opr:ct,value:a)))`);
    expect(refused.statusCode).toBe(400);
  });

  it('refuses invalid templates with the field named', async () => {
    for (const body of [
      { css: 'x' },
      { template_name: '   ' },
      { template_name: 'a'.repeat(251) },
    ]) {
      const response = await t.as(t.alpha, 'POST', URL, body);
      expect(response.statusCode).toBe(400);
      expect(fieldsOf(response.json<ErrorBody>())).toHaveProperty('template_name');
    }
    const unknownField = await t.as(t.alpha, 'POST', URL, { template_name: 'x', owner: 1 });
    expect(unknownField.statusCode).toBe(400);
    const id = await create({ template_name: 'Kept' });
    expect((await t.as(t.alpha, 'PUT', `${URL}${id}`, { template_name: '' })).statusCode).toBe(400);
    expect(
      (await t.as(t.gamma, 'GET', `${URL}${id}`)).json<{ result: CssTemplate }>().result,
    ).toMatchObject({ template_name: 'Kept' });
  });

  it('bulk-deletes all or nothing', async () => {
    const a = await create({ template_name: 'Bulk A' });
    const b = await create({ template_name: 'Bulk B' });
    const missing = await t.as(t.alpha, 'DELETE', `${URL}?q=!(${a},999999)`);
    expect(missing.statusCode).toBe(404);
    expect((await t.as(t.gamma, 'GET', `${URL}${a}`)).statusCode).toBe(200);

    const deleted = await t.as(t.alpha, 'DELETE', `${URL}?q=!(${a},${b})`);
    expect(deleted.json()).toEqual({ message: 'Deleted 2 css templates' });
    expect((await t.as(t.gamma, 'GET', `${URL}${b}`)).statusCode).toBe(404);
  });

  it('lets Gamma read but not write, and tells each caller what they may do', async () => {
    const id = await create({ template_name: 'Read only for gamma' });
    expect((await t.as(t.gamma, 'POST', URL, { template_name: 'nope' })).statusCode).toBe(403);
    expect((await t.as(t.gamma, 'PUT', `${URL}${id}`, { css: 'x' })).statusCode).toBe(403);
    expect((await t.as(t.gamma, 'DELETE', `${URL}${id}`)).statusCode).toBe(403);
    expect((await t.as(t.gamma, 'GET', `${URL}_info`)).json()).toEqual({
      permissions: ['can_read'],
    });
    expect((await t.as(t.alpha, 'GET', `${URL}_info`)).json()).toEqual({
      permissions: ['can_read', 'can_write'],
    });
  });
});
