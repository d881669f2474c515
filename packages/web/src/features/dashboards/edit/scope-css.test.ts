import { describe, expect, it } from 'vitest';
import { scopeCss } from './scope-css';

const SCOPE = '.dash';

describe('scopeCss', () => {
  it('prefixes every selector with the dashboard container', () => {
    expect(scopeCss('h1, .title > span { color: red; }', SCOPE)).toBe(
      '.dash h1, .dash .title > span { color: red; }',
    );
  });

  it('maps html, body and :root to the container', () => {
    expect(scopeCss('body { background: #eee } :root .x { margin: 0 }', SCOPE)).toBe(
      '.dash { background: #eee }\n.dash .x { margin: 0 }',
    );
  });

  it('scopes rules inside media queries and keeps keyframes as they are', () => {
    const css =
      '@media (max-width: 600px) { .a { color: red } } @keyframes spin { from { opacity: 0 } to { opacity: 1 } }';
    const scoped = scopeCss(css, SCOPE);
    expect(scoped).toContain('@media (max-width: 600px) {\n.dash .a { color: red }\n}');
    expect(scoped).toContain('@keyframes spin { from { opacity: 0 } to { opacity: 1 } }');
  });

  it('drops @import and comments', () => {
    const scoped = scopeCss(
      '@import url("https://evil.test/x.css"); /* hi */ .a { color: red }',
      SCOPE,
    );
    expect(scoped).toBe('.dash .a { color: red }');
  });

  it('neutralises script URLs and expressions', () => {
    const scoped = scopeCss(
      ".a { background: url( 'javascript:alert(1)' ) } .b { background-image: url(JavaScript:alert(1)) } .c { width: expression(alert(1)) }",
      SCOPE,
    );
    expect(scoped.toLowerCase()).not.toContain('javascript');
    expect(scoped).not.toContain('expression');
    expect(scoped).toContain('.dash .a {}');
    expect(scoped).toContain('.dash .c {}');
  });

  it('keeps ordinary image URLs', () => {
    expect(scopeCss('.a { background: url(/static/logo.png) }', SCOPE)).toBe(
      '.dash .a { background: url(/static/logo.png) }',
    );
  });

  it('does not prefix twice', () => {
    expect(scopeCss('.dash .a { color: red }', SCOPE)).toBe('.dash .a { color: red }');
  });
});
