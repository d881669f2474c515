import { describe, expect, it } from 'vitest';
import { REDACTED, redactSecrets, redactUrl } from './redact-secrets.js';

describe('redactSecrets', () => {
  it('replaces secret-named values at any depth and keeps the rest', () => {
    expect(
      redactSecrets({
        username: 'ada',
        password: 'hunter22',
        nested: [
          { access_token: 'abc', keep: 1 },
          { 'X-Api-Key': 'k', Authorization: 'Bearer z' },
        ],
        refresh_token: 'r',
        csrf_token: 'c',
        new_password: 'n',
        page: 2,
      }),
    ).toEqual({
      username: 'ada',
      password: REDACTED,
      nested: [
        { access_token: REDACTED, keep: 1 },
        { 'X-Api-Key': REDACTED, Authorization: REDACTED },
      ],
      refresh_token: REDACTED,
      csrf_token: REDACTED,
      new_password: REDACTED,
      page: 2,
    });
  });

  it('redacts a Rison q that carries a secret-named key, and keeps an ordinary one', () => {
    expect(redactSecrets({ q: "(filters:!((col:password,opr:eq,value:'s3cret')))" })).toEqual({
      q: REDACTED,
    });
    expect(redactSecrets({ q: '(page:0,page_size:25)' })).toEqual({ q: '(page:0,page_size:25)' });
  });

  it('leaves non-objects as they are', () => {
    expect(redactSecrets('text')).toBe('text');
    expect(redactSecrets(null)).toBeNull();
  });
});

describe('redactUrl', () => {
  it('drops user info and redacts secret query parameters', () => {
    const url = redactUrl('https://bob:pw@bi.example/reset/?token=t0k3n&next=%2Fhome');
    expect(url).not.toContain('pw');
    expect(url).not.toContain('t0k3n');
    expect(url).toContain('next=%2Fhome');
  });

  it('keeps only the path of text that is not a URL', () => {
    expect(redactUrl('/relative/path?token=abc')).toBe('/relative/path');
  });
});
