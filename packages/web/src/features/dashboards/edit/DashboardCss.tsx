import { useMemo } from 'react';
import { scopeCss } from './scope-css';

/**
 * The class of the element that holds a dashboard: the dashboard's CSS applies only inside
 * it. The page (view and edit mode) puts it on the dashboard's container.
 */
export const DASHBOARD_CSS_SCOPE_CLASS = 'superset-dashboard-css-scope';

/**
 * A dashboard's custom CSS as a `<style>`, made safe and scoped to the element with
 * {@link DASHBOARD_CSS_SCOPE_CLASS} (so it cannot restyle the rest of the app).
 */
export function DashboardCss({ css }: { css: string | null | undefined }) {
  const scoped = useMemo(() => scopeCss(css ?? '', `.${DASHBOARD_CSS_SCOPE_CLASS}`), [css]);
  if (!scoped) return null;
  return <style data-dashboard-css="">{scoped}</style>;
}
