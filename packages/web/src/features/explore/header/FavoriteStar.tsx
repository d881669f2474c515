import { StarFilled, StarOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Tooltip } from 'antd';
import { fetchIsFavorite, setChartFavorite } from '../../../api/charts';

/** The star that marks a saved chart as one of the user's favourites. */
export function FavoriteStar({ chartId }: { chartId: number }) {
  const queryClient = useQueryClient();
  const queryKey = ['charts', 'favorite', chartId];
  const status = useQuery({ queryKey, queryFn: () => fetchIsFavorite(chartId) });
  const toggle = useMutation({
    mutationFn: (isFavorite: boolean) => setChartFavorite(chartId, isFavorite),
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
