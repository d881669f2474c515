import type { PermissionResource } from '@superset-ts/shared';
import { Button, Checkbox, Empty, Input, Skeleton, Switch, Typography } from 'antd';
import { useId, useMemo, useState } from 'react';
import { groupPermissions, type PermissionGroup } from './permission-groups';
import styles from './PermissionPicker.module.css';

function GroupFieldset({
  group,
  selected,
  onToggle,
}: {
  group: PermissionGroup;
  selected: ReadonlySet<number>;
  onToggle: (ids: readonly number[], isOn: boolean) => void;
}) {
  const ids = group.permissions.map((permission) => permission.id);
  const count = ids.filter((id) => selected.has(id)).length;
  return (
    <fieldset className={styles.group}>
      <legend className={styles.legend}>
        <Checkbox
          checked={count === ids.length}
          indeterminate={count > 0 && count < ids.length}
          onChange={(event) => onToggle(ids, event.target.checked)}
          aria-label={`All permissions on ${group.resource}`}
        >
          <span className={styles.resource}>{group.resource}</span>
        </Checkbox>
        <Typography.Text type="secondary" className={styles.groupCount}>
          {count}/{ids.length}
        </Typography.Text>
      </legend>
      <div className={styles.permissions}>
        {group.permissions.map((permission) => (
          <Checkbox
            key={permission.id}
            checked={selected.has(permission.id)}
            onChange={(event) => onToggle([permission.id], event.target.checked)}
            aria-label={`${permission.name} on ${group.resource}`}
          >
            {permission.name}
          </Checkbox>
        ))}
      </div>
    </fieldset>
  );
}

/**
 * Chooses a role's (permission, view menu) pairs: grouped by resource, searchable, with a
 * checkbox per group and per permission. An antd form control (`value`/`onChange`).
 */
export function PermissionPicker({
  pairs,
  isLoading,
  value = [],
  onChange,
}: {
  pairs: readonly PermissionResource[];
  isLoading: boolean;
  value?: number[];
  onChange?: (ids: number[]) => void;
}) {
  const [search, setSearch] = useState('');
  const [isSelectedOnly, setIsSelectedOnly] = useState(false);
  const switchId = useId();
  const selected = useMemo(() => new Set(value), [value]);
  const groups = useMemo(() => {
    const shown = isSelectedOnly ? pairs.filter((pair) => selected.has(pair.id)) : pairs;
    return groupPermissions(shown, search);
  }, [pairs, search, isSelectedOnly, selected]);
  const shownIds = groups.flatMap((group) => group.permissions.map((permission) => permission.id));

  const handleToggle = (ids: readonly number[], isOn: boolean) => {
    const next = new Set(selected);
    for (const id of ids) {
      if (isOn) next.add(id);
      else next.delete(id);
    }
    onChange?.([...next].sort((a, b) => a - b));
  };

  if (isLoading) return <Skeleton active paragraph={{ rows: 6 }} />;

  return (
    <div className={styles.picker}>
      <div className={styles.toolbar}>
        <Input.Search
          aria-label="Search permissions"
          placeholder="Search permissions or resources"
          allowClear
          value={search}
          onChange={(event) => setSearch(event.target.value)}
          className={styles.search}
        />
        <span className={styles.selectedOnly}>
          <Switch
            id={switchId}
            size="small"
            checked={isSelectedOnly}
            onChange={setIsSelectedOnly}
          />
          <label htmlFor={switchId}>Selected only</label>
        </span>
        <Typography.Text type="secondary" className={styles.total} aria-live="polite">
          {selected.size} of {pairs.length} selected
        </Typography.Text>
        <Button
          size="small"
          onClick={() => handleToggle(shownIds, true)}
          disabled={!shownIds.length}
        >
          Select shown
        </Button>
        <Button
          size="small"
          onClick={() => handleToggle(shownIds, false)}
          disabled={!shownIds.length}
        >
          Clear shown
        </Button>
      </div>
      <div className={styles.groups} role="group" aria-label="Permissions by resource">
        {groups.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="No permission matches" />
        ) : (
          groups.map((group) => (
            <GroupFieldset
              key={group.resource}
              group={group}
              selected={selected}
              onToggle={handleToggle}
            />
          ))
        )}
      </div>
    </div>
  );
}
