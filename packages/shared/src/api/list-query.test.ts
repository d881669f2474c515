import { describe, expect, it } from 'vitest';
import { parseRison } from '../rison/rison.js';
import { userListQuerySchema } from './users.js';

describe('list query schemas', () => {
  it('applies the defaults to an empty query', () => {
    expect(userListQuerySchema.parse({})).toEqual({
      filters: [],
      order_column: 'username',
      order_direction: 'asc',
      page: 0,
      page_size: 20,
    });
  });

  it('accepts the filters Superset sends', () => {
    const query = userListQuerySchema.parse(
      parseRison(
        '(filters:!((col:email,opr:ct,value:example),(col:active,opr:eq,value:!f),(col:roles,opr:rel_m_m,value:3)),order_column:last_login,order_direction:desc,page:1,page_size:25)',
      ),
    );
    expect(query.filters).toEqual([
      { col: 'email', opr: 'ct', value: 'example' },
      { col: 'active', opr: 'eq', value: false },
      { col: 'roles', opr: 'rel_m_m', value: 3 },
    ]);
    expect(query.order_column).toBe('last_login');
  });

  it('names every problem: unknown column, wrong operator, wrong value, page size', () => {
    const result = userListQuerySchema.safeParse({
      filters: [
        { col: 'password', opr: 'ct', value: '$argon2' },
        { col: 'active', opr: 'ct', value: 'yes' },
        { col: 'roles', opr: 'rel_m_m', value: 'Admin' },
      ],
      order_column: 'password',
      page_size: 100_000,
    });
    expect(result.success).toBe(false);
    const messages = result.error?.issues.map((issue) => issue.message).join('\n') ?? '';
    expect(messages).toMatch(/cannot filter on "password"/);
    expect(messages).toMatch(/"ct" is not an operator for active/);
    expect(messages).toMatch(/"Admin" is not a valid value for roles/);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(
      expect.arrayContaining(['order_column', 'page_size']),
    );
  });
});
