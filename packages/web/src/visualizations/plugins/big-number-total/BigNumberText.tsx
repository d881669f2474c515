import styles from './BigNumber.module.css';
import { fitBigNumberLayout } from './fit-font-size';
import type { BigNumberProps } from './types';

/** The headline number and its subheader, sized to fit the given width and height. */
export function BigNumberText({
  width,
  height,
  props,
}: {
  width: number;
  height: number;
  props: BigNumberProps;
}) {
  const trendClass = props.trend ? styles[props.trend] : '';
  const layout = fitBigNumberLayout({
    width,
    height,
    headline: props.headline,
    subheader: props.subheader,
    hasTimestamp: Boolean(props.timestamp),
    headerFontSize: props.headerFontSize,
    subheaderFontSize: props.subheaderFontSize,
  });
  return (
    <div className={styles.text}>
      {props.timestamp ? <div className={styles.timestamp}>{props.timestamp}</div> : null}
      <div
        className={`${styles.headline} ${trendClass ?? ''}`}
        style={{ fontSize: layout.headlineFontSize }}
        data-testid="big-number"
      >
        {props.headline}
      </div>
      {props.subheader ? (
        <div className={styles.subheader} style={{ fontSize: layout.subheaderFontSize }}>
          {props.subheader}
        </div>
      ) : null}
    </div>
  );
}
