/**
 * Whether a session or access token issued at `issuedAtSeconds` (seconds since the epoch,
 * with milliseconds as a fraction) predates the user's `sessions_valid_after`, set when the
 * password changed or the account was deactivated: such a credential is refused. Compared in
 * whole milliseconds, so a credential issued at the stamp's own moment stays valid.
 */
export function isIssuedBeforeSessionsValidAfter(
  issuedAtSeconds: number,
  sessionsValidAfter: Date | null,
): boolean {
  if (sessionsValidAfter === null) return false;
  return Math.round(issuedAtSeconds * 1000) < sessionsValidAfter.getTime();
}
