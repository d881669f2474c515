import { HOME_PATH } from '@superset-ts/shared';
import { BrandMark } from './BrandMark';
import styles from './NavBar.module.css';

/** The brand at the left of the navigation bar; it always leads home. */
export function BrandLink() {
  return (
    <a className={styles.brand} href={HOME_PATH} aria-label="Superset home">
      <BrandMark />
      <span className={styles.brandText}>Superset</span>
    </a>
  );
}
