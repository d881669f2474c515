import { fileURLToPath } from 'node:url';

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import { loadConfig } from '../config/load-config.js';
import { makeTempConfigDir, type TempConfigDir } from '../config/testing/temp-config-dir.js';
import { createTemplateRenderer, type TemplateRenderer } from './create-template-renderer.js';
import { templateConfig } from './test-support/template-config.js';

const CONFIG_MODULE = fileURLToPath(new URL('./test-support/superset_config.ts', import.meta.url));
const presto = { engine: 'presto', user: { id: 1, username: 'alice', email: null } };

describe("Superset's documented $DATE() processor, loaded from a config module", () => {
  let temp: TempConfigDir;
  let renderer: TemplateRenderer;

  beforeAll(async () => {
    temp = await makeTempConfigDir();
    const { config } = await loadConfig({
      env: { ...temp.env, SUPERSET_CONFIG_PATH: CONFIG_MODULE },
      cwd: temp.dir,
    });
    renderer = createTemplateRenderer({ config });
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2024-09-10T15:30:00Z'));
  });

  afterAll(async () => {
    vi.useRealTimers();
    await renderer.close();
    await temp.cleanup();
  });

  it('expands $DATE() to today and $DATE(days, hours) to an offset day', async () => {
    const rendered = await renderer.render(
      "SELECT '$DATE()', '$DATE(1, 10)', '$DATE(-1)' FROM logs",
      presto,
    );
    expect(rendered.sql).toBe("SELECT '2024-09-10', '2024-09-12', '2024-09-09' FROM logs");
  });

  it("replaces Jinja for its engine only, and can call Superset's macros with $", async () => {
    const rendered = await renderer.render("SELECT '$current_username()', {{ 1 + 1 }}", presto);
    expect(rendered.sql).toBe("SELECT 'alice', {{ 1 + 1 }}");
    expect(rendered.cacheKeyExtras).toEqual(['alice']);
  });
});

describe('CUSTOM_TEMPLATE_PROCESSORS entries', () => {
  const render = async (processor: unknown, sql = 'SELECT {{ x }}') => {
    const config = templateConfig({
      CUSTOM_TEMPLATE_PROCESSORS: { trino: processor as never },
    });
    const renderer = createTemplateRenderer({ config });
    try {
      return await renderer.render(sql, { engine: 'trino', templateParams: { x: 'ten' } });
    } finally {
      await renderer.close();
    }
  };

  it('may be a function, an object with process or process_template, or a class', async () => {
    const replace = (sql: string, context: Readonly<Record<string, unknown>>) =>
      sql.replace('{{ x }}', String(context.x));
    class Processor {
      constructor(private readonly context: Readonly<Record<string, unknown>>) {}
      process_template(sql: string) {
        return sql.replace('{{ x }}', `${String(this.context.x)}!`);
      }
    }
    await expect(render(replace)).resolves.toMatchObject({ sql: 'SELECT ten' });
    await expect(render({ process: replace })).resolves.toMatchObject({ sql: 'SELECT ten' });
    await expect(
      render({ process_template: async (sql: string) => sql.toLowerCase() }),
    ).resolves.toMatchObject({
      sql: 'select {{ x }}',
    });
    await expect(render(Processor)).resolves.toMatchObject({ sql: 'SELECT ten!' });
  });

  it('turns a failing processor, or one returning no text, into a render error', async () => {
    await expect(
      render(() => {
        throw new Error('bad macro');
      }),
    ).rejects.toMatchObject({
      code: 'TEMPLATE_RENDER_ERROR',
      message: 'Template error: the custom template processor for trino failed: bad macro',
    });
    await expect(render(() => 42)).rejects.toMatchObject({
      message: 'Template error: the custom template processor for trino did not return SQL text.',
    });
  });
});
