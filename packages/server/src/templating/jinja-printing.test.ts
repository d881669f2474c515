import { describe, expect, it } from 'vitest';

import { renderError, renderSql } from './test-support/render-for-test.js';

describe('printing values as Jinja does', () => {
  it('writes None, booleans, floats, lists and dicts the Python way', () => {
    expect(
      renderSql("{{ None }} {{ True }} {{ false }} {{ 2.0 }} {{ [1, 'a'] }} {{ {'k': none} }}"),
    ).toBe("None True False 2.0 [1, 'a'] {'k': None}");
  });

  it("quotes strings inside lists as Python's repr does", () => {
    expect(renderSql("{{ [\"it's\", 'a\\nb'] }}")).toBe("[\"it's\", 'a\\nb']");
  });

  it('keeps text and whitespace as written, honouring {%- -%} and dropping one final newline', () => {
    expect(renderSql('SELECT 1\n{% if true %}\n  AND x\n{% endif %}\n')).toBe(
      'SELECT 1\n\n  AND x\n',
    );
    expect(renderSql('SELECT 1\n{%- if true %} AND x {% endif -%}\n;')).toBe('SELECT 1 AND x ;');
  });

  it('supports loops, conditionals, macros, namespaces and filters', () => {
    const template = [
      '{% macro col(name) %}"{{ name | upper }}"{% endmacro %}',
      '{% set ns = namespace(cols=[]) %}',
      "{% for c in ['a', 'b'] %}{% set ns.cols = ns.cols + [col(c)] %}{% endfor %}",
      "SELECT {{ ns.cols | join(', ') }}{% if limit is defined %} LIMIT {{ limit }}{% endif %}",
    ].join('');
    expect(renderSql(template, { templateParams: { limit: 5 } })).toBe('SELECT "A", "B" LIMIT 5');
  });
});

describe('undefined names and syntax errors', () => {
  it('lists every undefined parameter the template prints, as Superset does', () => {
    const error = renderError('SELECT {{ ds }} FROM {{ tbl.name }} WHERE {{ ds }}');
    expect(error.kind).toBe('undefined');
    expect(error.message).toBe(
      'The following parameters in your query are undefined: "ds", "tbl".',
    );
    expect(error.undefinedParameters).toEqual(['ds', 'tbl']);
  });

  it('allows undefined names in tests and defaults', () => {
    expect(renderSql("{{ ds | default('2024-01-01') }}{% if x is not defined %}!{% endif %}")).toBe(
      '2024-01-01!',
    );
  });

  it('names a missing attribute of a defined value', () => {
    expect(renderError('{{ p.missing }}', { templateParams: { p: { a: 1 } } }).message).toBe(
      "'p.missing' is undefined.",
    );
  });

  it('reports malformed templates as syntax errors', () => {
    expect(renderError('SELECT {{ ds ').kind).toBe('syntax');
    expect(renderError('{% if x %}no end').kind).toBe('syntax');
    expect(renderError('{% include "other.sql" %}').message).toBe(
      'Unknown statement type: include',
    );
  });

  it('asks for a call when a function is printed', () => {
    expect(renderError('{{ current_username }}').message).toBe(
      "'current_username' is a function: call it, e.g. {{ current_username() }}.",
    );
  });
});
