import { describe, expect, it } from 'vitest';

import { renderError, renderSql } from './test-support/render-for-test.js';

const MARK_WARNING =
  '\n-- WARNING: the `mark` parameter was removed from the `where_in` macro for security reasons\n';

describe('where_in', () => {
  it("renders Superset's examples: mixed values, quotes doubled, mark warned about", () => {
    expect(renderSql("{{ [1, 'b', 3] | where_in }}")).toBe("(1, 'b', 3)");
    expect(renderSql('{{ ["O\'Malley\'s"] | where_in }}')).toBe("('O''Malley''s')");
    expect(renderSql("{{ [1, 'b', 3] | where_in('\"') }}")).toBe(`(1, 'b', 3)${MARK_WARNING}`);
  });

  it('is also a function, with default_to_none for an empty list', () => {
    expect(renderSql("{{ where_in(['a']) }}|{{ where_in([]) }}")).toBe("('a')|()");
    expect(renderSql('{{ where_in([], default_to_none=True) }}')).toBe('None');
  });

  it('writes None as NULL, booleans and floats as literals', () => {
    expect(renderSql('{{ [None, True, 1.5] | where_in }}')).toBe('(NULL, true, 1.5)');
  });

  it('keeps an injection attempt inside one literal', () => {
    const attack = ["a')) OR 1=1 --"];
    expect(renderSql('{{ values | where_in }}', { templateParams: { values: attack } })).toBe(
      "('a'')) OR 1=1 --')",
    );
  });

  it('doubles backslashes on engines where a backslash escapes the quote', () => {
    const values = ["x\\' OR 1=1 -- "];
    expect(
      renderSql('{{ values | where_in }}', { engine: 'mysql', templateParams: { values } }),
    ).toBe("('x\\\\'' OR 1=1 -- ')");
    expect(
      renderSql('{{ values | where_in }}', { engine: 'postgresql', templateParams: { values } }),
    ).toBe("('x\\'' OR 1=1 -- ')");
  });

  it('refuses something that is not a list, or a list holding a list', () => {
    expect(renderError("{{ 'abc' | where_in }}").message).toMatch(/needs a list of values/);
    expect(renderError('{{ [[1]] | where_in }}').message).toMatch(
      /cannot be written as one SQL value/,
    );
  });
});
