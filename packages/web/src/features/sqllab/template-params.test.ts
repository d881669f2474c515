import { describe, expect, it } from 'vitest';
import { checkTemplateParams } from './template-params';

describe('checkTemplateParams', () => {
  it('accepts no parameters and JSON objects', () => {
    expect(checkTemplateParams(null)).toEqual({ isValid: true, params: {} });
    expect(checkTemplateParams('  ')).toEqual({ isValid: true, params: {} });
    expect(checkTemplateParams('{"country": "FR", "n": 3}')).toEqual({
      isValid: true,
      params: { country: 'FR', n: 3 },
    });
  });

  it('refuses text that is not JSON, and JSON that is not an object', () => {
    const broken = checkTemplateParams('{"country": ');
    expect(broken.isValid).toBe(false);
    expect(!broken.isValid && broken.message).toMatch(/^Not valid JSON: /);
    expect(checkTemplateParams('[1, 2]')).toMatchObject({ isValid: false });
    expect(checkTemplateParams('"FR"')).toMatchObject({ isValid: false });
  });
});
