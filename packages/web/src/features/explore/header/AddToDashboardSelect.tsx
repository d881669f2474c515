import { Select, Spin } from 'antd';
import { useState } from 'react';
import { useRelatedChoices } from '../../../components/useRelatedChoices';
import {
  fetchEditableDashboards,
  type DashboardSaveRights,
  type DashboardTarget,
} from './dashboard-choices';

const NEW_KEY = 'new:';
const EXISTING_KEY = 'id:';

const keyOf = (target: DashboardTarget): string =>
  'id' in target ? `${EXISTING_KEY}${target.id}` : `${NEW_KEY}${target.title}`;

const labelOf = (target: DashboardTarget): string =>
  'id' in target ? target.title : `${target.title} (new dashboard)`;

/**
 * Explore's "Add to dashboard" choice: the dashboards the user may add the chart to, searched
 * on the server as they type; users who may create dashboards can also type a new name.
 */
export function AddToDashboardSelect({
  value,
  userId,
  rights,
  onChange,
}: {
  value: DashboardTarget | null;
  userId: number | undefined;
  rights: DashboardSaveRights;
  onChange: (target: DashboardTarget | null) => void;
}) {
  const [typed, setTyped] = useState('');
  const { choices, setSearch, handleOpenChange } = useRelatedChoices(
    ['dashboards', 'choices', 'editable', userId ?? null, rights.isAdmin],
    (filter) => fetchEditableDashboards(filter, userId, rights.isAdmin),
  );
  const found = choices.data ?? [];
  const newTitle = typed.trim();
  const offersNew =
    rights.canCreate &&
    newTitle !== '' &&
    !found.some((dashboard) => dashboard.title.toLowerCase() === newTitle.toLowerCase());
  const targets: DashboardTarget[] = [
    ...(offersNew ? [{ title: newTitle, isNew: true as const }] : []),
    ...found,
  ];
  // The chosen dashboard stays an option while the search shows others, so it keeps its label.
  if (value && !targets.some((target) => keyOf(target) === keyOf(value))) targets.push(value);
  const byKey = new Map(targets.map((target) => [keyOf(target), target]));

  return (
    <Select<string>
      aria-label="Add to dashboard"
      placeholder={
        rights.canCreate ? 'Select a dashboard or type a new name' : 'Select a dashboard'
      }
      showSearch
      allowClear
      filterOption={false}
      value={value ? keyOf(value) : undefined}
      options={targets.map((target) => ({ value: keyOf(target), label: labelOf(target) }))}
      onSearch={(text) => {
        setTyped(text);
        setSearch(text);
      }}
      onOpenChange={handleOpenChange}
      onChange={(key) => {
        setTyped('');
        onChange(key === undefined ? null : (byKey.get(key) ?? null));
      }}
      notFoundContent={
        choices.isFetching ? (
          <Spin size="small" />
        ) : choices.isError ? (
          'The dashboards could not be loaded'
        ) : (
          'No dashboard you may edit matches'
        )
      }
    />
  );
}
