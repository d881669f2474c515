import { Alert, Modal } from 'antd';
import { useMemo, useState } from 'react';
import type { DashboardEditorProps } from '../dashboard-contracts';
import { CssEditorModal } from './CssEditorModal';
import { DASHBOARD_CSS_SCOPE_CLASS, DashboardCss } from './DashboardCss';
import { DashboardPropertiesModal } from './DashboardPropertiesModal';
import { EditableLayout } from './EditableLayout';
import { draftOf, withTitle } from './editor-draft';
import {
  EditorLayoutContext,
  type DraggedComponent,
  type EditorLayoutActions,
} from './editor-layout-context';
import { EditorHeader } from './EditorHeader';
import { EditorSidePanel } from './EditorSidePanel';
import {
  addTab,
  deleteComponent,
  insertComponent,
  moveComponent,
  moveComponentBy,
  type LayoutChange,
} from './layout-operations';
import { resizeComponent, updateComponentMeta } from './layout-sizing';
import { useLayoutHistory } from './useLayoutHistory';
import { useSaveDashboard } from './useSaveDashboard';
import { useUnsavedChangesWarning } from './useUnsavedChangesWarning';
import styles from './DashboardEditor.module.css';

type OpenDialog = 'properties' | 'css' | null;

/**
 * Edit mode of the dashboard page: the layout with drag and drop, resizing and in-place
 * editing, a side panel of charts and layout elements, undo/redo, the Properties and CSS
 * dialogs, and Save (`PUT /api/v1/dashboard/{id}`) or Discard.
 */
export function DashboardEditor(props: DashboardEditorProps) {
  const { loaded } = props;
  const [initial] = useState(() => draftOf(loaded));
  const history = useLayoutHistory(initial);
  const { draft, apply } = history;
  const [dragged, setDragged] = useState<DraggedComponent | undefined>();
  const [notice, setNotice] = useState<string | null>(null);
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const [previewCss, setPreviewCss] = useState<string | null>(null);
  const { blocker, release } = useUnsavedChangesWarning(history.isDirty);
  const save = useSaveDashboard(loaded, (next) => {
    release();
    props.onSaved(next);
  });

  const actions = useMemo((): EditorLayoutActions => {
    const applyChange = (change: LayoutChange, isQuiet = false) => {
      if (change.ok) {
        apply({ ...draft, layout: change.layout });
        setNotice(null);
      } else if (!isQuiet) {
        setNotice(change.reason);
      }
    };
    return {
      layout: draft.layout,
      dragged,
      startDrag: setDragged,
      endDrag: () => setDragged(undefined),
      drop: (target, payload) => {
        setDragged(undefined);
        applyChange(
          payload.kind === 'new'
            ? insertComponent(draft.layout, payload.spec, target)
            : moveComponent(draft.layout, payload.id, target),
        );
      },
      remove: (id) => applyChange(deleteComponent(draft.layout, id)),
      addTab: (tabsId) => applyChange(addTab(draft.layout, tabsId)),
      moveBy: (id, offset) => applyChange(moveComponentBy(draft.layout, id, offset)),
      resize: (id, size) => applyChange(resizeComponent(draft.layout, id, size), true),
      editMeta: (id, patch) => applyChange(updateComponentMeta(draft.layout, id, patch), true),
      renderChart: (chartId, size) => props.renderChart(chartId, size),
    };
  }, [draft, dragged, apply, props]);

  const handleDiscard = () => {
    release();
    props.onDiscard();
  };

  return (
    <EditorLayoutContext.Provider value={actions}>
      <div className={styles.editor}>
        <EditorHeader
          title={draft.title}
          onTitleChange={(title) => apply(withTitle(draft, title))}
          canUndo={history.canUndo}
          canRedo={history.canRedo}
          onUndo={history.undo}
          onRedo={history.redo}
          onOpenProperties={() => setDialog('properties')}
          onOpenCss={() => setDialog('css')}
          isDirty={history.isDirty}
          isSaving={save.isPending}
          onDiscard={handleDiscard}
          onSave={() => save.mutate(draft)}
        />
        {save.isError ? (
          <Alert
            type="error"
            showIcon
            message="The dashboard could not be saved"
            description={`${save.error.message} Your changes are still here: try again.`}
            closable
            onClose={() => save.reset()}
          />
        ) : null}
        <div role="status" aria-live="polite">
          {notice ? (
            <Alert
              type="warning"
              showIcon
              message={notice}
              closable
              onClose={() => setNotice(null)}
            />
          ) : null}
        </div>
        <div className={styles.body}>
          <section
            className={`${styles.canvasFrame} ${DASHBOARD_CSS_SCOPE_CLASS}`}
            aria-label="Dashboard layout"
          >
            <DashboardCss css={previewCss ?? draft.css} />
            <EditableLayout />
          </section>
          <EditorSidePanel />
        </div>
      </div>
      {dialog === 'properties' ? (
        <DashboardPropertiesModal
          dashboard={loaded.dashboard}
          values={{ title: draft.title, properties: draft.properties, metadata: draft.metadata }}
          onApply={(values) => {
            apply({
              ...withTitle(draft, values.title),
              metadata: values.metadata,
              properties: values.properties,
            });
            setDialog(null);
          }}
          onCancel={() => setDialog(null)}
        />
      ) : null}
      {dialog === 'css' ? (
        <CssEditorModal
          css={draft.css}
          onPreview={setPreviewCss}
          onApply={(css) => {
            setPreviewCss(null);
            if (css !== draft.css) apply({ ...draft, css });
            setDialog(null);
          }}
          onCancel={() => {
            setPreviewCss(null);
            setDialog(null);
          }}
        />
      ) : null}
      <Modal
        open={blocker.state === 'blocked'}
        title="Leave without saving?"
        okText="Leave"
        okButtonProps={{ danger: true }}
        cancelText="Stay"
        onOk={() => blocker.proceed?.()}
        onCancel={() => blocker.reset?.()}
      >
        The changes to this dashboard are not saved yet.
      </Modal>
    </EditorLayoutContext.Provider>
  );
}
