/**
 * Superset's `?standalone=` modes: 0 the full page; 1 no app navigation bar (fullscreen);
 * 2 no navigation bar and no dashboard header; 3 the same as 2 (report screenshots).
 */
export type StandaloneMode = 0 | 1 | 2 | 3;

/** The mode a `standalone` query value asks for (`true` reads as 1, anything else as 0). */
export function parseStandaloneMode(value: string | null): StandaloneMode {
  if (value === '1' || value === 'true') return 1;
  if (value === '2') return 2;
  if (value === '3') return 3;
  return 0;
}

/** Whether the dashboard's own header (title, actions) shows. */
export function showsDashboardHeader(mode: StandaloneMode): boolean {
  return mode < 2;
}
