import { Button, Input } from 'antd';
import type { ReactNode } from 'react';
import listStyles from './ListPageLayout.module.css';

/**
 * A list page's filter bar: the search box first, then the page's own filters (`children`),
 * then "Clear all" while any filter is on. `label` names the bar (a search landmark).
 */
export function ListFiltersBar({
  label,
  searchLabel,
  searchPlaceholder,
  searchText,
  hasFilters,
  onSearchTextChange,
  onClear,
  children,
}: {
  label: string;
  searchLabel: string;
  searchPlaceholder: string;
  /** The search box as typed (the page debounces it). */
  searchText: string;
  hasFilters: boolean;
  onSearchTextChange: (text: string) => void;
  onClear: () => void;
  children: ReactNode;
}) {
  return (
    <div className={listStyles.toolbar} role="search" aria-label={label}>
      <Input.Search
        aria-label={searchLabel}
        placeholder={searchPlaceholder}
        allowClear
        value={searchText}
        onChange={(event) => onSearchTextChange(event.target.value)}
        onSearch={onSearchTextChange}
        style={{ width: 240 }}
      />
      {children}
      {hasFilters && (
        <Button type="link" onClick={onClear}>
          Clear all
        </Button>
      )}
    </div>
  );
}
