import { ExclamationCircleFilled, InfoCircleOutlined } from '@ant-design/icons';
import { Collapse, Empty, Flex, Tabs, Tooltip } from 'antd';
import type {
  AnyChartPlugin,
  ChartFormData,
  ControlValidationError,
} from '../../../visualizations';
import type { ExploreDataset } from '../explore-dataset';
import {
  errorsByControl,
  sectionsHaveErrors,
  visibleSections,
  type ControlPanelTab,
  type VisibleSection,
} from './control-panel-layout';
import { ControlField } from './ControlField';
import styles from './ControlPanelView.module.css';

const TAB_LABELS: Readonly<Record<ControlPanelTab, string>> = {
  data: 'Data',
  customize: 'Customize',
};

function ErrorMarker({ label }: { label: string }) {
  return <ExclamationCircleFilled className={styles.errorMarker} aria-label={label} />;
}

interface SectionListProps {
  sections: readonly VisibleSection[];
  errors: ReadonlyMap<string, string[]>;
  formData: ChartFormData;
  dataset: ExploreDataset;
  onChange: (name: string, value: unknown) => void;
}

function SectionList({ sections, errors, formData, dataset, onChange }: SectionListProps) {
  if (sections.length === 0) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="No controls to show" />;
  }
  return (
    <Collapse
      className={styles.collapse}
      bordered={false}
      defaultActiveKey={sections.filter(({ section }) => section.expanded).map(({ key }) => key)}
      items={sections.map((visible) => ({
        key: visible.key,
        label: (
          <Flex align="center" gap={6}>
            <span className={styles.sectionLabel}>{visible.section.label}</span>
            {visible.section.description && (
              <Tooltip title={visible.section.description}>
                <InfoCircleOutlined
                  className={styles.info}
                  aria-label={`About ${visible.section.label}`}
                />
              </Tooltip>
            )}
            {sectionsHaveErrors([visible], errors) && (
              <ErrorMarker label={`${visible.section.label} has errors`} />
            )}
          </Flex>
        ),
        children: visible.rows.map((row) => (
          <div key={row.map((control) => control.name).join('|')} className={styles.row}>
            {row.map((control) => (
              <ControlField
                key={control.name}
                control={control}
                formData={formData}
                dataset={dataset}
                errors={errors.get(control.name) ?? []}
                onChange={onChange}
              />
            ))}
          </div>
        )),
      }))}
    />
  );
}

/**
 * The control panel of a viz type (Superset's ControlPanelsContainer): its sections in a Data
 * and a Customize tab (the latter only when the type has such sections), each a collapsible
 * panel of control rows, with the controls the form data hides left out and the incomplete
 * ones marked.
 */
export function ControlPanelView({
  plugin,
  formData,
  dataset,
  onChange,
  errors,
}: {
  plugin: AnyChartPlugin;
  formData: ChartFormData;
  dataset: ExploreDataset;
  onChange: (patch: Partial<ChartFormData>) => void;
  errors: readonly ControlValidationError[];
}) {
  const byControl = errorsByControl(errors);
  const handleChange = (name: string, value: unknown) => onChange({ [name]: value });
  const tabs = (['data', 'customize'] as const)
    .map((tab) => ({ tab, sections: visibleSections(plugin.controlPanel, formData, tab) }))
    .filter(({ tab, sections }) => tab === 'data' || sections.length > 0);

  return (
    <Tabs
      className={styles.tabs}
      // A new viz type starts on its Data tab with its own sections' expanded state.
      key={plugin.vizType}
      size="small"
      items={tabs.map(({ tab, sections }) => ({
        key: tab,
        label: (
          <Flex align="center" gap={4}>
            {TAB_LABELS[tab]}
            {sectionsHaveErrors(sections, byControl) && (
              <ErrorMarker label={`${TAB_LABELS[tab]} has errors`} />
            )}
          </Flex>
        ),
        children: (
          <SectionList
            sections={sections}
            errors={byControl}
            formData={formData}
            dataset={dataset}
            onChange={handleChange}
          />
        ),
      }))}
    />
  );
}
