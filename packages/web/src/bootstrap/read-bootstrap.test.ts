import { BOOTSTRAP_ELEMENT_ID } from '@superset-ts/shared';
import { afterEach, describe, expect, it } from 'vitest';
import { buildBootstrap } from '../testing/build-bootstrap';
import { BOOTSTRAP_PLACEHOLDER, readBootstrap, type BootstrapReadResult } from './read-bootstrap';

function setBootstrapElement(text: string | null): void {
  document.getElementById(BOOTSTRAP_ELEMENT_ID)?.remove();
  if (text === null) return;
  const element = document.createElement('script');
  element.id = BOOTSTRAP_ELEMENT_ID;
  element.type = 'application/json';
  element.textContent = text;
  document.body.append(element);
}

function problemOf(result: BootstrapReadResult): string {
  if (result.isValid) throw new Error('expected the bootstrap data to be rejected');
  return result.problem;
}

afterEach(() => setBootstrapElement(null));

describe('readBootstrap', () => {
  it('returns the payload when it matches the shared schema', () => {
    const bootstrap = buildBootstrap({
      common: { environment_tag: { text: 'Dev', color: 'red' } },
    });
    setBootstrapElement(JSON.stringify(bootstrap));

    const result = readBootstrap(document);

    expect(result).toEqual({ isValid: true, bootstrap });
  });

  it('reads JSON whose <, > and & were escaped by the server', () => {
    const bootstrap = buildBootstrap({ common: { app_name: '<Sales & Ops>' } });
    const escaped = JSON.stringify(bootstrap)
      .replace(/</g, '\\u003c')
      .replace(/>/g, '\\u003e')
      .replace(/&/g, '\\u0026');
    setBootstrapElement(escaped);

    const result = readBootstrap(document);

    expect(result.isValid && result.bootstrap.common.app_name).toBe('<Sales & Ops>');
  });

  it('explains a missing element', () => {
    setBootstrapElement(null);

    const result = readBootstrap(document);

    expect(problemOf(result)).toContain('#bootstrap-data');
  });

  it('explains a page that was not served by the server (placeholder left in)', () => {
    setBootstrapElement(BOOTSTRAP_PLACEHOLDER);

    const result = readBootstrap(document);

    expect(problemOf(result)).toContain('not served by');
  });

  it('rejects text that is not JSON', () => {
    setBootstrapElement('{ user: ');

    expect(readBootstrap(document)).toEqual({
      isValid: false,
      problem: 'The bootstrap data is not valid JSON.',
    });
  });

  it('rejects JSON of the wrong shape and names the field', () => {
    const bootstrap = buildBootstrap();
    setBootstrapElement(
      JSON.stringify({ ...bootstrap, common: { ...bootstrap.common, menu: 'x' } }),
    );

    const result = readBootstrap(document);

    expect(problemOf(result)).toContain('common.menu');
  });
});
