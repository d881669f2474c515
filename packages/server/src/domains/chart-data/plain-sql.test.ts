import { describe, expect, it } from 'vitest';
import { renderSql } from '../../templating/test-support/render-for-test.js';
import { renderedWithoutSyntax } from './plain-sql.js';

describe('SQL without template syntax', () => {
  it('is answered exactly as the Jinja renderer renders it', () => {
    for (const sql of [
      'SELECT 1\n',
      'a  \n\n',
      ' x ',
      'SUM(x) % 2',
      "'}}' AND a #} b",
      'a {x} b',
    ]) {
      expect(renderedWithoutSyntax(sql)).toBe(renderSql(sql));
    }
  });

  it('leaves text with an expression, a statement or a comment to the renderer', () => {
    expect(renderedWithoutSyntax('region = \'{{ url_param("r") }}\'')).toBeNull();
    expect(renderedWithoutSyntax('{% if 1 %}a{% endif %}')).toBeNull();
    expect(renderedWithoutSyntax('a {# note #}')).toBeNull();
    expect(renderedWithoutSyntax('x'.repeat(20_000))).toBeNull();
  });
});
