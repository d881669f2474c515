import { InvalidRevisionTargetError, UnknownRevisionError } from './metadata-errors.js';

/** Where a migration command should end: a revision, or `base` (nothing applied). */
export type MigrationDestination = { kind: 'revision'; revision: string } | { kind: 'base' };

/** The known revisions (oldest first) and how many of them are applied (always a prefix). */
export interface RevisionPosition {
  revisions: readonly string[];
  appliedCount: number;
}

const RELATIVE_TARGET = /^([+-])(\d+)$/;

/**
 * Resolves an `upgrade` target: `head`, a revision, or `+N` (N more). Returns undefined when
 * the database is already there; a revision behind the current one is refused.
 */
export function planUpgrade(
  target: string,
  position: RevisionPosition,
): MigrationDestination | undefined {
  const index = targetIndex(target, position, '+');
  if (index < position.appliedCount - 1) {
    throw new InvalidRevisionTargetError(
      `Revision ${target} is behind the current revision; use \`superset db downgrade ${target}\`.`,
    );
  }
  return destinationAt(index, position);
}

/**
 * Resolves a `downgrade` target: nothing (one step back, Alembic's `-1`), `-N`, `base`, or a
 * revision, which stays applied. Returns undefined when there is nothing to revert.
 */
export function planDowngrade(
  target: string | undefined,
  position: RevisionPosition,
): MigrationDestination | undefined {
  if (position.appliedCount === 0) return undefined;
  const index = target === 'base' ? -1 : targetIndex(target ?? '-1', position, '-');
  if (index > position.appliedCount - 1) {
    throw new InvalidRevisionTargetError(
      `Revision ${target} is not applied yet; use \`superset db upgrade ${target}\`.`,
    );
  }
  return destinationAt(index, position);
}

/** Index into `revisions` of the target; -1 means base. */
function targetIndex(target: string, position: RevisionPosition, sign: '+' | '-'): number {
  const { revisions, appliedCount } = position;
  if (target === 'head') return revisions.length - 1;
  if (target === 'base') return -1;
  const relative = RELATIVE_TARGET.exec(target);
  if (relative?.[1] === sign) {
    const steps = Number(relative[2]);
    const index = sign === '+' ? appliedCount - 1 + steps : appliedCount - 1 - steps;
    if (index < -1 || index >= revisions.length) {
      throw new InvalidRevisionTargetError(
        `Cannot move ${target} revisions: ${appliedCount} of ${revisions.length} are applied.`,
      );
    }
    return index;
  }
  const index = revisions.indexOf(target);
  if (index === -1) {
    throw new UnknownRevisionError(target, [
      'head',
      'base',
      `${sign}N`,
      ...revisions.slice().reverse(),
    ]);
  }
  return index;
}

function destinationAt(
  index: number,
  position: RevisionPosition,
): MigrationDestination | undefined {
  if (index === position.appliedCount - 1) return undefined;
  const revision = position.revisions[index];
  return revision === undefined ? { kind: 'base' } : { kind: 'revision', revision };
}
