import { ALL_ENGINE_SPECS, createEngineRegistry } from '@superset-ts/engines';
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../security/access/actor.js';
import type { DatabaseClients } from '../databases/database-clients.js';
import { formatCostAsText } from './postgres-cost.js';
import { formatSql } from '../../sql/format-sql.js';
import { createSqlToolsService } from './sql-tools.service.js';

const actor: Actor = { kind: 'user', userId: 1, username: 'u', roles: [], permissions: new Set() };
const untouchable = () => Promise.reject(new Error('must not be reached'));

describe('SQL Lab tools without a database round trip', () => {
  it('refuses estimates while ESTIMATE_QUERY_COST is off, before opening the database', async () => {
    const tools = createSqlToolsService({
      engines: createEngineRegistry(ALL_ENGINE_SPECS),
      clients: { clientFor: untouchable } as unknown as DatabaseClients,
      getStored: untouchable,
      formatSql,
      renderTemplate: null,
      isCostEstimateEnabled: false,
      costFormatters: {},
      validators: {},
      estimateTimeoutMs: 1000,
      validationTimeoutMs: 1000,
    });
    await expect(tools.estimate(actor, { database_id: 1, sql: 'select 1' })).rejects.toThrow(
      /ESTIMATE_QUERY_COST/,
    );
  });

  it("writes costs as Superset's formatter does (Python float text)", () => {
    expect(formatCostAsText([{ 'Start-up cost': 0, 'Total cost': 35.5 }])).toEqual([
      { 'Start-up cost': '0.0', 'Total cost': '35.5' },
    ]);
  });
});
