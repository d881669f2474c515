import type {
  ChartFormData,
  ControlConfig,
  ControlPanel,
  ControlPanelSection,
  ControlValidationError,
} from '../../../visualizations';

/** The Explore tab a section is shown in. */
export type ControlPanelTab = 'data' | 'customize';

/** A section as the panel shows it: only its rows with a visible control, each row's visible controls. */
export interface VisibleSection {
  /** Stable within a panel: the section's place and label. */
  key: string;
  section: ControlPanelSection;
  rows: ControlConfig[][];
}

const isVisible = (control: ControlConfig, formData: ChartFormData) =>
  control.visibleWhen?.(formData) ?? true;

/**
 * The sections of one tab with what the form data makes visible (a control's `visibleWhen`);
 * a section left with no visible control is not shown at all.
 */
export function visibleSections(
  panel: ControlPanel,
  formData: ChartFormData,
  tab: ControlPanelTab,
): VisibleSection[] {
  return panel.sections
    .map((section, index) => ({
      key: `${index}:${section.label}`,
      section,
      rows: section.rows
        .map((row) => row.filter((control) => isVisible(control, formData)))
        .filter((row) => row.length > 0),
    }))
    .filter(({ section, rows }) => (section.tab ?? 'data') === tab && rows.length > 0);
}

/** Validation messages by control name. */
export function errorsByControl(
  errors: readonly ControlValidationError[],
): ReadonlyMap<string, string[]> {
  const byControl = new Map<string, string[]>();
  for (const error of errors) {
    byControl.set(error.control, [...(byControl.get(error.control) ?? []), error.message]);
  }
  return byControl;
}

/** Whether any control of the sections has an error (marks a section or a tab). */
export function sectionsHaveErrors(
  sections: readonly VisibleSection[],
  errors: ReadonlyMap<string, string[]>,
): boolean {
  return sections.some(({ rows }) =>
    rows.some((row) => row.some((control) => errors.has(control.name))),
  );
}
