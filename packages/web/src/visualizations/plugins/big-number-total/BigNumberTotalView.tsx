import type { ChartViewProps } from '../../core/chart-plugin';
import styles from './BigNumber.module.css';
import { BigNumberText } from './BigNumberText';
import type { BigNumberProps } from './types';

/** Big Number's component: the number, centred. */
export default function BigNumberTotalView({
  width,
  height,
  props,
}: ChartViewProps<BigNumberProps>) {
  return (
    <div className={styles.view} style={{ width, height }}>
      <BigNumberText width={width} height={height} props={props} />
    </div>
  );
}
