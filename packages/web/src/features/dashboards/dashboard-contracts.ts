import type {
  Dashboard,
  DashboardChart,
  DashboardJsonMetadata,
  DashboardLayout,
  DataMask,
} from '@superset-ts/shared';
import type { ReactNode } from 'react';

/**
 * What the parts of the dashboard page agree on: the view (`view/`), the filter bar
 * (`filters/`) and the editor (`edit/`) each take these shapes and nothing else of the others.
 */

/** A dashboard as the page holds it: the API's row with its layout and metadata parsed. */
export interface LoadedDashboard {
  dashboard: Dashboard;
  /** The parsed `position_json`; a default layout (header, grid, one chart per row) when empty. */
  layout: DashboardLayout;
  /** The parsed `json_metadata` (`{}` when empty). */
  metadata: DashboardJsonMetadata;
  /** The dashboard's charts (`GET /api/v1/dashboard/{id}/charts`). */
  charts: DashboardChart[];
}

/** The filter state applied to the charts: native filters by filter id, cross-filters by chart id. */
export interface DashboardDataMasks {
  nativeFilters: Record<string, DataMask>;
  crossFilters: Record<number, DataMask>;
}

/** Props of `filters/FilterBar.tsx`'s `FilterBar`: the native filters bar and active cross-filters. */
export interface FilterBarProps {
  loaded: LoadedDashboard;
  /** What is applied now (the bar keeps its own pending edits until Apply). */
  applied: DashboardDataMasks;
  /** Apply the bar's native filter values. */
  onApply(nativeFilters: Record<string, DataMask>): void;
  /** Remove one chart's cross-filter. */
  onClearCrossFilter(chartId: number): void;
  /** Whether the user may edit the dashboard (and so its filter configuration). */
  canEdit: boolean;
  /** Called with the saved metadata after the filter configuration was saved. */
  onConfigurationSaved(metadata: DashboardJsonMetadata): void;
}

/** Props of `edit/DashboardEditor.tsx`'s `DashboardEditor`: edit mode of the page. */
export interface DashboardEditorProps {
  loaded: LoadedDashboard;
  /** Draws a chart's tile content (the same as in view mode) at the given size. */
  renderChart(chartId: number, size: { width: number; height: number }): ReactNode;
  /** Called with the saved dashboard after Save. */
  onSaved(next: LoadedDashboard): void;
  /** Called when the user discards the edits (the page goes back to view mode). */
  onDiscard(): void;
}
