import { getCategoricalScheme } from './categorical-schemes';
import { colorKey, getLabelColors, type LabelColors } from './label-colors';

/** Gives each label of one chart a color of a categorical scheme. */
export interface ColorScale {
  (label: unknown): string;
  /** The scheme the colors come from. */
  readonly schemeId: string;
}

/**
 * A chart's color scale (Superset's `CategoricalColorScale`): a forced color first, then the
 * color the label already has on the page under this scheme, else the next scheme color that
 * no label on the page has taken (then one this chart does not show, then any). New colors
 * are recorded so the label keeps its color in the other charts.
 */
export function createColorScale(
  schemeId?: string | null,
  labelColors: LabelColors = getLabelColors(),
): ColorScale {
  const scheme = getCategoricalScheme(schemeId);
  const chartColors = new Map<string, string>();
  let next = 0;

  /** The first scheme color from `next` that is in none of the sets, if any. */
  const findColorOutside = (...taken: Set<string>[]): string | undefined => {
    for (let tried = 0; tried < scheme.colors.length; tried += 1) {
      const index = (next + tried) % scheme.colors.length;
      const color = scheme.colors[index] as string;
      if (taken.every((set) => !set.has(color))) {
        next = (index + 1) % scheme.colors.length;
        return color;
      }
    }
    return undefined;
  };

  // With no set to avoid, the first color from `next` always qualifies.
  const pickNewColor = (): string => {
    const inChart = new Set(chartColors.values());
    const onPage = labelColors.listUsedColors(scheme.id);
    return (
      findColorOutside(inChart, onPage) ??
      findColorOutside(inChart) ??
      findColorOutside() ??
      (scheme.colors[0] as string)
    );
  };

  const scale = (label: unknown): string => {
    const key = colorKey(label);
    const known = chartColors.get(key);
    if (known) return known;
    const color =
      labelColors.findForcedColor(key) ??
      labelColors.findSharedColor(scheme.id, key) ??
      pickNewColor();
    chartColors.set(key, color);
    labelColors.recordColor(scheme.id, key, color);
    return color;
  };
  return Object.assign(scale, { schemeId: scheme.id });
}
