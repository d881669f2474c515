import styles from './BigNumber.module.css';
import type { BigNumberProps } from './types';

/** The headline number and its subheader, sized from the chart's height. */
export function BigNumberText({ height, props }: { height: number; props: BigNumberProps }) {
  const trendClass = props.trend ? styles[props.trend] : '';
  return (
    <div className={styles.text}>
      {props.timestamp ? <div className={styles.timestamp}>{props.timestamp}</div> : null}
      <div
        className={`${styles.headline} ${trendClass ?? ''}`}
        style={{ fontSize: Math.max(12, Math.round(height * props.headerFontSize)) }}
        data-testid="big-number"
      >
        {props.headline}
      </div>
      {props.subheader ? (
        <div
          className={styles.subheader}
          style={{ fontSize: Math.max(10, Math.round(height * props.subheaderFontSize)) }}
        >
          {props.subheader}
        </div>
      ) : null}
    </div>
  );
}
