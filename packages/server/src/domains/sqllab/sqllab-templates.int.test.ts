import type { SqlLabResults } from '@superset-ts/shared';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  describeWithServices,
  LIVE_POSTGRES,
} from '../databases/test-support/live-database-services.js';
import { startSqlLabTestApp, type SqlLabTestApp } from './test-support/sqllab-test-app.js';

await describeWithServices(
  [LIVE_POSTGRES],
  'SQL Lab templates (ENABLE_TEMPLATE_PROCESSING)',
  () => {
    let api: SqlLabTestApp;
    beforeAll(async () => {
      api = await startSqlLabTestApp([{ name: 'pg', uri: LIVE_POSTGRES.uri }], {
        FEATURE_FLAGS: { ENABLE_TEMPLATE_PROCESSING: true },
      });
    });
    afterAll(() => api.t.close());

    it('renders the editor parameters and user macros before running, and keeps the raw SQL', async () => {
      const sql = "select '{{ current_username() }}' as who, {{ n }} * 2 as twice";
      const response = await api.execute(api.alice, {
        database_id: api.ids.pg,
        sql,
        templateParams: JSON.stringify({ n: 21 }),
      });
      expect(response.statusCode, response.body).toBe(200);
      const body = response.json<SqlLabResults>();
      expect(body.data).toEqual([{ who: 'alice', twice: 42 }]);
      expect(body.query.sql).toBe(sql);
      expect(body.query.executedSql).toContain("'alice'");
    });

    it('fails the run with the template error, and refuses parameters that are not an object', async () => {
      const broken = await api.execute(api.alice, {
        database_id: api.ids.pg,
        sql: 'select {{ 1 +',
        client_id: 'tpl1',
      });
      expect(broken.statusCode).toBe(400);
      expect(broken.json<{ errors: { error_type: string }[] }>().errors[0]?.error_type).toMatch(
        /TEMPLATE/,
      );
      const notObject = await api.execute(api.alice, {
        database_id: api.ids.pg,
        sql: 'select 1',
        templateParams: '[1]',
      });
      expect(notObject.statusCode).toBe(400);
    });
  },
);
