import { dashboardUrl, type ChartListItem } from '@superset-ts/shared';
import { Tooltip, Typography } from 'antd';
import { Fragment } from 'react';

/** How many dashboards a row names before it counts the rest. */
const SHOWN = 3;

/**
 * The dashboards a chart is on, each linked to its page (Superset's "On dashboards" column):
 * the first three by name, then "+N" with the others named in a tooltip; a dash for none.
 */
export function ChartDashboardLinks({ dashboards }: { dashboards: ChartListItem['dashboards'] }) {
  if (dashboards.length === 0) return <Typography.Text type="secondary">–</Typography.Text>;
  const hidden = dashboards.slice(SHOWN);
  return (
    <span>
      {dashboards.slice(0, SHOWN).map((dashboard, index) => (
        <Fragment key={dashboard.id}>
          {index > 0 && ', '}
          <Typography.Link href={dashboardUrl(dashboard.id)}>
            {dashboard.dashboard_title}
          </Typography.Link>
        </Fragment>
      ))}
      {hidden.length > 0 && (
        <Tooltip title={hidden.map((dashboard) => dashboard.dashboard_title).join(', ')}>
          <Typography.Text type="secondary"> +{hidden.length}</Typography.Text>
        </Tooltip>
      )}
    </span>
  );
}
