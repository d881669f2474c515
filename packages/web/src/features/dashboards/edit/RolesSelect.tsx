import { DASHBOARD_API_PATH, encodeRison, relatedFieldResponseSchema } from '@superset-ts/shared';
import { Select, Spin } from 'antd';
import { useMemo } from 'react';
import { getJson } from '../../../api/json-request';
import { useRelatedChoices } from '../../../components/useRelatedChoices';

/** Roles whose name matches `filter` (`GET /api/v1/dashboard/related/roles`, first 100). */
async function fetchRoleChoices(filter: string) {
  const query = encodeURIComponent(encodeRison({ filter, page: 0, page_size: 100 }));
  return (
    await getJson(`${DASHBOARD_API_PATH}related/roles?q=${query}`, relatedFieldResponseSchema)
  ).result;
}

/**
 * The roles a dashboard is shared with (DASHBOARD_RBAC), searched on the server; the current
 * roles show by name from the start. `value`, `onChange` and `id` may come from a Form.Item.
 */
export function RolesSelect({
  initialRoles,
  value,
  onChange,
  id,
}: {
  initialRoles: readonly { id: number; name: string }[];
  value?: number[];
  onChange?: (ids: number[]) => void;
  id?: string;
}) {
  const { choices, setSearch, handleOpenChange } = useRelatedChoices(
    ['dashboards', 'choices', 'roles'],
    fetchRoleChoices,
  );
  const options = useMemo(() => {
    const known = new Map<number, string>(initialRoles.map((role) => [role.id, role.name]));
    for (const choice of choices.data ?? []) {
      if (typeof choice.value === 'number') known.set(choice.value, choice.text);
    }
    return [...known].map(([roleId, label]) => ({ value: roleId, label }));
  }, [initialRoles, choices.data]);

  return (
    <Select<number[]>
      id={id}
      mode="multiple"
      aria-label="Roles"
      placeholder="Select roles"
      filterOption={false}
      showSearch
      value={value}
      options={options}
      onSearch={setSearch}
      onOpenChange={handleOpenChange}
      onChange={onChange}
      notFoundContent={
        choices.isFetching ? (
          <Spin size="small" />
        ) : choices.isError ? (
          'The roles could not be loaded'
        ) : (
          'No match'
        )
      }
    />
  );
}
