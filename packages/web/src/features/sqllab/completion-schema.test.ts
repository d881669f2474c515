import { describe, expect, it } from 'vitest';
import { toCompletionNamespace } from './completion-schema';

describe('toCompletionNamespace', () => {
  it('offers every schema, the current schema’s tables and the loaded tables’ columns', () => {
    expect(
      toCompletionNamespace({
        schemas: ['public', 'sales'],
        schema: 'public',
        tables: ['orders', 'users'],
        columns: { orders: ['id', 'total'] },
      }),
    ).toEqual({ public: { orders: ['id', 'total'], users: [] }, sales: {} });
  });

  it('puts tables at the top level when no schema is chosen', () => {
    expect(
      toCompletionNamespace({ schemas: [], schema: null, tables: ['t'], columns: { t: ['c'] } }),
    ).toEqual({ t: ['c'] });
  });
});
