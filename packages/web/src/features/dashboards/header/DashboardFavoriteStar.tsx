import { StarFilled, StarOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Tooltip } from 'antd';
import {
  addDashboardFavorite,
  fetchDashboardFavoriteStatus,
  removeDashboardFavorite,
} from '../../../api/dashboards';
import { DASHBOARDS_KEY } from '../load/useLoadedDashboard';

/** The star that marks a dashboard as one of the user's favourites. */
export function DashboardFavoriteStar({ dashboardId }: { dashboardId: number }) {
  const queryClient = useQueryClient();
  const queryKey = [...DASHBOARDS_KEY, 'favorite', dashboardId];
  const status = useQuery({
    queryKey,
    queryFn: async () =>
      (await fetchDashboardFavoriteStatus([dashboardId])).get(dashboardId) === true,
  });
  const toggle = useMutation({
    mutationFn: (isFavorite: boolean) =>
      isFavorite ? addDashboardFavorite(dashboardId) : removeDashboardFavorite(dashboardId),
    onSuccess: (_answer, isFavorite) => queryClient.setQueryData(queryKey, isFavorite),
  });
  const isFavorite = status.data === true;
  const label = isFavorite ? 'Remove from favorites' : 'Add to favorites';
  return (
    <Tooltip title={label}>
      <Button
        type="text"
        size="small"
        aria-label={label}
        aria-pressed={isFavorite}
        disabled={status.isPending || toggle.isPending}
        icon={
          isFavorite ? (
            <StarFilled aria-hidden style={{ color: '#fcc700' }} />
          ) : (
            <StarOutlined aria-hidden />
          )
        }
        onClick={() => toggle.mutate(!isFavorite)}
      />
    </Tooltip>
  );
}
