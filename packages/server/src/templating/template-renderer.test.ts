import { fileURLToPath } from 'node:url';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { loadConfig } from '../config/load-config.js';
import { makeTempConfigDir, type TempConfigDir } from '../config/testing/temp-config-dir.js';
import { createTemplateRenderer, type TemplateRenderer } from './create-template-renderer.js';
import { templateConfig } from './test-support/template-config.js';

const CONFIG_MODULE = fileURLToPath(new URL('./test-support/superset_config.ts', import.meta.url));
const postgres = { engine: 'postgresql' };

describe('the template renderer with a superset_config module', () => {
  let temp: TempConfigDir;
  let renderer: TemplateRenderer;

  beforeAll(async () => {
    temp = await makeTempConfigDir();
    const { config } = await loadConfig({
      env: { ...temp.env, SUPERSET_CONFIG_PATH: CONFIG_MODULE },
      cwd: temp.dir,
    });
    renderer = createTemplateRenderer({ config, workers: 1 });
  });

  afterAll(async () => {
    await renderer.close();
    await temp.cleanup();
  });

  it('calls JINJA_CONTEXT_ADDONS functions, which the worker imports from the module', async () => {
    const rendered = await renderer.render(
      "SELECT {{ my_crazy_macro(21) }}, '{{ region }}'",
      postgres,
    );
    expect(rendered.sql).toBe("SELECT 42, 'EMEA'");
  });

  it("reports an addon's own failure, and an addon that returns a Promise", async () => {
    await expect(renderer.render('{{ quota_left() }}', postgres)).rejects.toMatchObject({
      code: 'TEMPLATE_RENDER_ERROR',
      message: 'Template error: quota_left() failed: the quota service is down',
    });
    await expect(renderer.render('{{ slow_lookup() }}', postgres)).rejects.toMatchObject({
      code: 'TEMPLATE_RENDER_ERROR',
      message: expect.stringMatching(/slow_lookup\(\) returned a Promise/) as unknown,
    });
  });

  it('returns the cache key values and filters a render used', async () => {
    const rendered = await renderer.render(
      "{{ current_username() }} {{ filter_values('region', remove_filter=True) | where_in }}",
      {
        ...postgres,
        user: { id: 1, username: 'alice', email: null },
        filters: [
          {
            expressionType: 'SIMPLE',
            clause: 'WHERE',
            subject: 'region',
            operator: 'IN',
            comparator: ['EU'],
          },
        ],
      },
    );
    expect(rendered).toEqual({
      sql: "alice ('EU')",
      cacheKeyExtras: ['alice'],
      appliedFilters: ['region'],
      removedFilters: ['region'],
    });
  });

  it('turns a template error into an AppError with Superset-style details', async () => {
    await expect(renderer.render('SELECT {{ ds }}', postgres)).rejects.toMatchObject({
      code: 'MISSING_TEMPLATE_PARAMS_ERROR',
      status: 400,
      message: 'The parameter "ds" in your query is undefined.',
      extra: { undefined_parameters: ['ds'] },
    });
    await expect(renderer.render('SELECT {{ ds', postgres)).rejects.toMatchObject({
      code: 'INVALID_TEMPLATE_PARAMS_ERROR',
    });
  });

  it('applies a tighter time limit given for one render', async () => {
    const loop = '{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}';
    await expect(renderer.render(loop, postgres, { timeoutMs: 300 })).rejects.toMatchObject({
      code: 'TEMPLATE_TIMEOUT_ERROR',
      message: 'The SQL template took longer than 0.3 seconds to render and was stopped.',
    });
  });
});

describe('the template renderer', () => {
  it('returns the SQL untouched when ENABLE_TEMPLATE_PROCESSING is off', async () => {
    const renderer = createTemplateRenderer({ config: templateConfig({ FEATURE_FLAGS: {} }) });
    await expect(renderer.render('SELECT {{ ds }} {% if', postgres)).resolves.toEqual({
      sql: 'SELECT {{ ds }} {% if',
      cacheKeyExtras: [],
      appliedFilters: [],
      removedFilters: [],
    });
    await renderer.close();
  });

  it('refuses, at creation, addons that are neither functions nor plain data', () => {
    const config = templateConfig({ JINJA_CONTEXT_ADDONS: { helpers: { today: () => 'x' } } });
    expect(() => createTemplateRenderer({ config })).toThrow(/JINJA_CONTEXT_ADDONS\.helpers/);
  });

  it('fails clearly when an addon function is not in a config module', async () => {
    const config = templateConfig({ JINJA_CONTEXT_ADDONS: { double: (x: number) => x * 2 } });
    const renderer = createTemplateRenderer({ config, workers: 1 });
    await expect(renderer.render('{{ double(2) }}', postgres)).rejects.toMatchObject({
      code: 'GENERIC_BACKEND_ERROR',
      message:
        'SQL templates cannot be rendered: JINJA_CONTEXT_ADDONS holds functions, but no superset_config module was loaded to take them from.',
    });
    await renderer.close();
  });

  it('rejects renders once closed, including one that was running', async () => {
    const renderer = createTemplateRenderer({ config: templateConfig(), workers: 1 });
    const running = renderer.render(
      '{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}',
      postgres,
    );
    const outcome = expect(running).rejects.toMatchObject({ code: 'GENERIC_BACKEND_ERROR' });
    await renderer.close();
    await outcome;
    await expect(renderer.render('SELECT 1', postgres)).rejects.toMatchObject({
      message: 'SQL templates cannot be rendered: the template renderer is closed.',
    });
  });
});
