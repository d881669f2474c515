import { PRIMARY_COLOR } from '../theme';

/** The product mark: a rounded tile with three rising bars. Decorative, so hidden from readers. */
export function BrandMark({ size = 28 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="7" fill={PRIMARY_COLOR} />
      <rect x="7" y="17" width="4.5" height="8" rx="1.5" fill="#fff" />
      <rect x="13.75" y="12" width="4.5" height="13" rx="1.5" fill="#fff" />
      <rect x="20.5" y="7" width="4.5" height="18" rx="1.5" fill="#fff" fillOpacity="0.75" />
    </svg>
  );
}
