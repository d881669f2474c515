import { describe, expect, it } from 'vitest';
import { InvalidRevisionTargetError, UnknownRevisionError } from './metadata-errors.js';
import { planDowngrade, planUpgrade } from './migration-target.js';

const revisions = ['0001_a', '0002_b', '0003_c'];
const at = (appliedCount: number) => ({ revisions, appliedCount });

describe('planUpgrade', () => {
  it('goes to head, a revision, or N steps further', () => {
    expect(planUpgrade('head', at(0))).toEqual({ kind: 'revision', revision: '0003_c' });
    expect(planUpgrade('0002_b', at(1))).toEqual({ kind: 'revision', revision: '0002_b' });
    expect(planUpgrade('+1', at(1))).toEqual({ kind: 'revision', revision: '0002_b' });
  });

  it('does nothing at the target', () => {
    expect(planUpgrade('head', at(3))).toBeUndefined();
  });

  it('refuses to go back, past head, or to an unknown revision', () => {
    expect(() => planUpgrade('0001_a', at(3))).toThrow(InvalidRevisionTargetError);
    expect(() => planUpgrade('0001_a', at(3))).toThrow(/superset db downgrade 0001_a/);
    expect(() => planUpgrade('+2', at(2))).toThrow(InvalidRevisionTargetError);
    expect(() => planUpgrade('-1', at(2))).toThrow(UnknownRevisionError);
  });
});

describe('planDowngrade', () => {
  it('steps back one revision by default, like Alembic -1', () => {
    expect(planDowngrade(undefined, at(3))).toEqual({ kind: 'revision', revision: '0002_b' });
    expect(planDowngrade(undefined, at(1))).toEqual({ kind: 'base' });
    expect(planDowngrade(undefined, at(0))).toBeUndefined();
  });

  it('goes to base, N steps back, or down to a revision that stays applied', () => {
    expect(planDowngrade('base', at(2))).toEqual({ kind: 'base' });
    expect(planDowngrade('-2', at(3))).toEqual({ kind: 'revision', revision: '0001_a' });
    expect(planDowngrade('0001_a', at(3))).toEqual({ kind: 'revision', revision: '0001_a' });
  });

  it('refuses a revision not yet applied, or more steps than applied', () => {
    expect(() => planDowngrade('0003_c', at(1))).toThrow(/superset db upgrade 0003_c/);
    expect(() => planDowngrade('-3', at(2))).toThrow(InvalidRevisionTargetError);
  });
});
