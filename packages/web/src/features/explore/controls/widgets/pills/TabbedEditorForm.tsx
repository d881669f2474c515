import { Form, Tabs } from 'antd';
import type { ReactNode } from 'react';
import { EditorFooter } from '../EditorFooter';

/** One tab of a pill's editor: its key in the draft, its title and its fields. */
export interface EditorTab<Tab extends string> {
  key: Tab;
  label: string;
  children: ReactNode;
}

/**
 * The frame of a metric, column or filter editor popover: a small vertical form named for
 * assistive technology, its tabs (Saved / Simple / Custom SQL), and Close and Save.
 *
 * @param label the form's accessible name ("Edit metric")
 * @param header fields above the tabs, shared by every tab (the metric's label)
 */
export function TabbedEditorForm<Tab extends string>({
  label,
  header,
  tabs,
  activeTab,
  onTabChange,
  canSave,
  onSave,
  onClose,
}: {
  label: string;
  header?: ReactNode;
  tabs: readonly EditorTab<Tab>[];
  activeTab: Tab;
  onTabChange: (tab: Tab) => void;
  canSave: boolean;
  onSave: () => void;
  onClose: () => void;
}) {
  return (
    <Form layout="vertical" size="small" aria-label={label} component="div">
      {header}
      <Tabs
        size="small"
        activeKey={activeTab}
        // The keys are the tabs given above, so the cast only restores their type.
        onChange={(tab) => onTabChange(tab as Tab)}
        items={[...tabs]}
      />
      <EditorFooter canSave={canSave} onClose={onClose} onSave={onSave} />
    </Form>
  );
}
