import { useMutation } from '@tanstack/react-query';
import { fetchDashboardCharts, updateDashboard } from '../../../api/dashboards';
import type { LoadedDashboard } from '../dashboard-contracts';
import { toLoadedDashboard } from '../load/to-loaded-dashboard';
import { dashboardUpdateOf } from './editor-draft';
import type { EditorDraft } from './useLayoutHistory';

/**
 * Saves the draft (`PUT /api/v1/dashboard/{id}`) and hands the saved dashboard, with its
 * charts read again (charts may have been added or removed; the loaded ones if that read
 * fails), to `onSaved`. On failure the
 * error is kept for the editor to show and the draft stays as it is.
 */
export function useSaveDashboard(
  loaded: LoadedDashboard,
  onSaved: (next: LoadedDashboard) => void,
) {
  const { id } = loaded.dashboard;
  return useMutation({
    mutationFn: async (draft: EditorDraft): Promise<LoadedDashboard> => {
      const saved = await updateDashboard(id, dashboardUpdateOf(draft));
      const charts = await fetchDashboardCharts(id).catch(() => loaded.charts);
      return toLoadedDashboard(saved, charts);
    },
    onSuccess: onSaved,
  });
}
