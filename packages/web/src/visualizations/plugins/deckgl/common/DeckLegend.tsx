import { toCssColor } from './colors';
import styles from './DeckGLChart.module.css';
import type { LegendSpec } from './types';

const POSITION_CLASS = {
  tl: styles.topLeft,
  tr: styles.topRight,
  bl: styles.bottomLeft,
  br: styles.bottomRight,
};

/** The legend over a deck.gl map: a swatch and a label per category or bucket. */
export function DeckLegend({ legend }: { legend: LegendSpec }) {
  return (
    <ul className={`${styles.legend} ${POSITION_CLASS[legend.position]}`} aria-label="Legend">
      {legend.entries.map((entry) => (
        <li key={entry.label} className={styles.legendEntry}>
          <span
            className={styles.swatch}
            style={{ backgroundColor: toCssColor(entry.color) }}
            aria-hidden="true"
          />
          {entry.label}
        </li>
      ))}
    </ul>
  );
}
