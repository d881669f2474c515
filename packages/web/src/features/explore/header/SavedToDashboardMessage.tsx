import { dashboardUrl } from '@superset-ts/shared';
import { Typography } from 'antd';
import type { DashboardChoice } from './dashboard-choices';

/** The message after a save that added the chart to a dashboard, with a link to go there. */
export function SavedToDashboardMessage({
  text,
  dashboard,
}: {
  /** What was saved ("Chart [x] has been saved"). */
  text: string;
  dashboard: DashboardChoice;
}) {
  return (
    <span>
      {text} and added to dashboard [{dashboard.title}].{' '}
      <Typography.Link href={dashboardUrl(dashboard.id)}>Go to dashboard</Typography.Link>
    </span>
  );
}
