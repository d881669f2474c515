/**
 * Loads a URL as a new page rather than a client-side route change, so the server answers
 * with fresh bootstrap data (after a login, for instance). Kept apart so tests can replace it.
 */
export function loadPage(url: string): void {
  window.location.assign(url);
}
