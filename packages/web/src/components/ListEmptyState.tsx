import { Button, Empty } from 'antd';

/**
 * What a list table shows without rows: with filters on, that nothing matches and a button
 * to clear them; otherwise that there is nothing yet, and a button to create the first one
 * for users who may (`onCreate`).
 */
export function ListEmptyState({
  hasFilters,
  noMatchText,
  noneYetText,
  createLabel,
  onClearFilters,
  onCreate,
}: {
  hasFilters: boolean;
  noMatchText: string;
  noneYetText: string;
  createLabel: string;
  onClearFilters: () => void;
  onCreate: (() => void) | undefined;
}) {
  return hasFilters ? (
    <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={noMatchText}>
      <Button onClick={onClearFilters}>Clear filters</Button>
    </Empty>
  ) : (
    <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={noneYetText}>
      {onCreate && (
        <Button type="primary" onClick={onCreate}>
          {createLabel}
        </Button>
      )}
    </Empty>
  );
}
