import { describe, expect, it } from 'vitest';
import { relatedUserOption } from './related-users.js';

describe('relatedUserOption', () => {
  it('shows a user by first and last name', () => {
    expect(
      relatedUserOption({ value: 7, first_name: 'Ada', last_name: 'Lovelace', username: 'ada' }),
    ).toEqual({ value: 7, text: 'Ada Lovelace' });
  });

  it('falls back to the username when the name is blank', () => {
    expect(
      relatedUserOption({ value: 3, first_name: '', last_name: ' ', username: 'svc' }),
    ).toEqual({ value: 3, text: 'svc' });
  });
});
