import { SafetyCertificateOutlined, SaveOutlined } from '@ant-design/icons';
import { Button, Space, Tooltip, message } from 'antd';
import { useMemo, useState } from 'react';
import { useBootstrap } from '../../../bootstrap/BootstrapContext';
import { chartRegistry } from '../../../visualizations';
import { updateChart } from '../../../api/charts';
import { resultsContext } from '../chart/data-pane-queries';
import styles from '../ExplorePage.module.css';
import type { ExploreSlice, ExploreWorkspaceState } from '../useExploreWorkspace';
import { useExplorePermissions } from '../useExplorePermissions';
import { ChartPropertiesModal } from './ChartPropertiesModal';
import { ChartTitle } from './ChartTitle';
import { ExploreActionsMenu } from './ExploreActionsMenu';
import { FavoriteStar } from './FavoriteStar';
import type { DashboardChoice } from './dashboard-choices';
import { SaveChartModal, type SaveAction } from './SaveChartModal';
import { SavedToDashboardMessage } from './SavedToDashboardMessage';
import { ViewQueryModal } from './ViewQueryModal';

type OpenDialog = 'save' | 'properties' | 'query' | null;

/** Whether the user owns the saved chart (Superset offers overwriting to owners only). */
export function isChartOwner(slice: ExploreSlice | null, userId: number | undefined): boolean {
  return slice !== null && userId !== undefined && (slice.owners ?? []).includes(userId);
}

function CertifiedBadge({ slice }: { slice: ExploreSlice }) {
  if (!slice.certified_by) return null;
  const details = slice.certification_details ? `: ${slice.certification_details}` : '';
  return (
    <Tooltip title={`Certified by ${slice.certified_by}${details}`}>
      <SafetyCertificateOutlined aria-label="Certified" className={styles.certified} />
    </Tooltip>
  );
}

/**
 * Explore's header: the chart title (renamed in place), the favourite star and certification
 * of a saved chart, Save, and the "..." menu with properties, downloads, share and the query.
 */
export function ExploreHeader({ workspace }: { workspace: ExploreWorkspaceState }) {
  const { slice, setSlice, title, setTitle, plugin, formData, chartRun, canRun } = workspace;
  const userId = useBootstrap().user?.id;
  const { canWriteCharts, canDownloadData, dashboardRights } = useExplorePermissions();
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const [toast, toastHolder] = message.useMessage();
  const isOwner = isChartOwner(slice, userId);
  const canEditTitle = canWriteCharts && (slice === null || isOwner);

  const currentContext = useMemo(
    () => (canRun ? resultsContext(plugin, formData) : null),
    [canRun, plugin, formData],
  );
  // Downloads export what the chart shows: the last run's query, else the current one.
  const downloadContext = useMemo(() => {
    const queried = chartRun.formData;
    if (!queried) return currentContext;
    return resultsContext(chartRegistry.findChartPlugin(queried.viz_type), queried);
  }, [chartRun.formData, currentContext]);

  const handleTitleChange = (next: string) => {
    if (!slice) {
      setTitle(next);
      return;
    }
    updateChart(slice.slice_id, { slice_name: next }).then(
      () => {
        setSlice({ ...slice, slice_name: next });
        setTitle(next);
      },
      (error: unknown) => {
        void toast.error(error instanceof Error ? error.message : 'The title could not be saved.');
      },
    );
  };

  const handleSaved = (
    saved: ExploreSlice,
    action: SaveAction,
    dashboard: DashboardChoice | null,
  ) => {
    workspace.handleSaved(saved);
    const verb = action === 'overwrite' ? 'overwritten' : 'saved';
    const text = `Chart [${saved.slice_name}] has been ${verb}`;
    void toast.success(
      dashboard ? <SavedToDashboardMessage text={text} dashboard={dashboard} /> : text,
    );
  };

  const saveBlocked = !canWriteCharts
    ? 'You may not save charts'
    : !canRun
      ? 'Add required control values to save the chart'
      : null;

  return (
    <header className={styles.header}>
      {toastHolder}
      <div className={styles.titleRow}>
        <ChartTitle title={title} canEdit={canEditTitle} onChange={handleTitleChange} />
        {slice && <CertifiedBadge slice={slice} />}
        {slice && <FavoriteStar chartId={slice.slice_id} />}
      </div>
      <Space>
        <Tooltip title={saveBlocked}>
          <span>
            <Button
              icon={<SaveOutlined aria-hidden />}
              disabled={saveBlocked !== null}
              onClick={() => setDialog('save')}
            >
              Save
            </Button>
          </span>
        </Tooltip>
        <ExploreActionsMenu
          title={title}
          formData={formData}
          context={downloadContext}
          chartElementRef={workspace.chartElementRef}
          canEditProperties={slice !== null && isOwner && canWriteCharts}
          canDownloadData={canDownloadData}
          onEditProperties={() => setDialog('properties')}
          onViewQuery={() => setDialog('query')}
        />
      </Space>
      {dialog === 'save' && plugin && (
        <SaveChartModal
          title={title}
          slice={slice}
          canOverwrite={isOwner}
          formData={formData}
          plugin={plugin}
          userId={userId}
          dashboardRights={dashboardRights}
          onSaved={handleSaved}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === 'properties' && slice && (
        <ChartPropertiesModal
          slice={slice}
          onSaved={(saved) => {
            setSlice(saved);
            setTitle(saved.slice_name);
            void toast.success('The chart properties were saved');
          }}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === 'query' && (
        <ViewQueryModal context={currentContext} onClose={() => setDialog(null)} />
      )}
    </header>
  );
}
