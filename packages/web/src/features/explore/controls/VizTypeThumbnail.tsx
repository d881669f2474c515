import { AreaChartOutlined } from '@ant-design/icons';
import type { AnyChartPlugin } from '../../../visualizations';
import styles from './VizTypeGallery.module.css';

/** A viz type's picture: its drawn thumbnail, or a chart icon for a type that has none. */
export function VizTypeThumbnail({
  plugin,
  size = 'large',
}: {
  plugin: AnyChartPlugin | undefined;
  size?: 'small' | 'large';
}) {
  return (
    <span className={size === 'small' ? styles.thumbnailSmall : styles.thumbnail} aria-hidden>
      {plugin?.thumbnail ? <img src={plugin.thumbnail} alt="" /> : <AreaChartOutlined />}
    </span>
  );
}
