import { StarFilled, StarOutlined } from '@ant-design/icons';
import { Button, Tooltip } from 'antd';

/**
 * Superset's favourite star: filled and gold for a favourite. A toggle button, so screen
 * readers say whether it is pressed; unknown status (still loading) shows an empty star.
 */
export function FavoriteStar({
  name,
  isFavorite,
  isBusy,
  onToggle,
}: {
  /** What is starred, for the accessible name ("Favorite Orders per day"). */
  name: string;
  isFavorite: boolean | undefined;
  isBusy: boolean;
  onToggle: (isFavorite: boolean) => void;
}) {
  const title = isFavorite ? 'Remove from favorites' : 'Add to favorites';
  return (
    <Tooltip title={title}>
      <Button
        type="text"
        size="small"
        aria-label={`Favorite ${name}`}
        aria-pressed={isFavorite === true}
        disabled={isFavorite === undefined || isBusy}
        icon={
          isFavorite ? (
            <StarFilled aria-hidden style={{ color: '#fbc700' }} />
          ) : (
            <StarOutlined aria-hidden />
          )
        }
        onClick={() => onToggle(!isFavorite)}
      />
    </Tooltip>
  );
}
