import { cellText } from '../core/query/results';

/** Trims a label the way Superset keys colors by it (`stringifyAndTrim`). */
export function colorKey(label: unknown): string {
  return cellText(label).trim();
}

/**
 * The colors labels have taken, shared by every chart on the page (Superset's
 * `LabelsColorMap` and a namespace's forced colors): a label shown in several charts with the
 * same scheme keeps one color, and a dashboard's `label_colors` force a label's color in
 * every scheme.
 */
export class LabelColors {
  private readonly forced = new Map<string, string>();
  private readonly byScheme = new Map<string, Map<string, string>>();

  /** The forced color of a label, if any. */
  findForcedColor(label: string): string | undefined {
    return this.forced.get(colorKey(label));
  }

  /** Replaces the forced colors (a dashboard's `label_colors`: label -> color). */
  setForcedColors(colors: Readonly<Record<string, string>>): void {
    this.forced.clear();
    for (const [label, color] of Object.entries(colors)) this.forced.set(colorKey(label), color);
  }

  /** The color a label already took under a scheme, if any. */
  findSharedColor(schemeId: string, label: string): string | undefined {
    return this.byScheme.get(schemeId)?.get(colorKey(label));
  }

  /** The colors labels have taken under a scheme on the page. */
  listUsedColors(schemeId: string): Set<string> {
    return new Set(this.byScheme.get(schemeId)?.values() ?? []);
  }

  /** Records the color a label took under a scheme, for the next charts. */
  recordColor(schemeId: string, label: string, color: string): void {
    let colors = this.byScheme.get(schemeId);
    if (!colors) {
      colors = new Map();
      this.byScheme.set(schemeId, colors);
    }
    colors.set(colorKey(label), color);
  }

  /** Forgets every recorded and forced color (leaving a dashboard, tests). */
  reset(): void {
    this.forced.clear();
    this.byScheme.clear();
  }
}

const sharedLabelColors = new LabelColors();

/** The page's shared label colors. */
export function getLabelColors(): LabelColors {
  return sharedLabelColors;
}
