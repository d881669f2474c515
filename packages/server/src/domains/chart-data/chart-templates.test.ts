import type { QueryObject } from '@superset-ts/shared';
import { describe, expect, it } from 'vitest';
import type { QueryDataset } from '../../query-engine/query-dataset.js';
import type { TemplateRenderer } from '../../templating/index.js';
import type { ChartDatabase, ChartTemplateRequest } from './chart-data.ports.js';
import { chartTemplatesOf } from './chart-templates.js';

function counting() {
  const calls = { renders: 0, emails: 0 };
  const renderer = {
    render: (template: string) => {
      calls.renders += 1;
      return Promise.resolve({
        sql: template.replace('{{ 1 }}', '1'),
        cacheKeyExtras: ['extra'],
        appliedFilters: [],
        removedFilters: [],
      });
    },
    close: () => Promise.resolve(),
  } as unknown as TemplateRenderer;
  const emailOf = () => {
    calls.emails += 1;
    return Promise.resolve('a@example.com');
  };
  return { calls, renderer, emailOf };
}

const request = (): ChartTemplateRequest => ({
  actor: { kind: 'user', userId: 1, username: 'a', roles: [], permissions: new Set() },
  database: { engine: 'postgresql' } as ChartDatabase,
  dataset: { template_params: null, columns: [], id: 1 } as unknown as QueryDataset,
  query: { columns: [], filters: [], extras: {} } as unknown as QueryObject,
  formData: null,
});

describe('chart templates', () => {
  it('answers text without template syntax without the renderer or a user lookup', async () => {
    const { calls, renderer, emailOf } = counting();
    const templates = chartTemplatesOf(
      renderer,
      emailOf,
      () => new Date(),
      () => true,
    );
    expect(await templates('SUM(amount)\n', request())).toEqual({
      sql: 'SUM(amount)',
      cacheKeyExtras: [],
    });
    expect(calls).toEqual({ renders: 0, emails: 0 });
  });

  it('renders text with syntax, looking the user up once per request', async () => {
    const { calls, renderer, emailOf } = counting();
    const templates = chartTemplatesOf(
      renderer,
      emailOf,
      () => new Date(),
      () => true,
    );
    const one = request();
    expect(await templates('SELECT {{ 1 }}', one)).toEqual({
      sql: 'SELECT 1',
      cacheKeyExtras: ['extra'],
    });
    await templates('{{ 1 }} + 2', one);
    expect(calls).toEqual({ renders: 2, emails: 1 });
    await templates('{{ 1 }}', request());
    expect(calls.emails).toBe(2);
  });

  it('hands every text to an engine whose SQL is not rendered as Jinja', async () => {
    const { calls, renderer, emailOf } = counting();
    const templates = chartTemplatesOf(
      renderer,
      emailOf,
      () => new Date(),
      () => false,
    );
    await templates('$DATE()', request());
    expect(calls.renders).toBe(1);
  });
});
