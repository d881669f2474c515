import { Flex } from 'antd';
import { columnLabel, type ExploreColumn } from '../../explore-dataset';
import { ColumnTypeIcon } from '../ColumnTypeIcon';

/** A dataset column as a select option: its type icon and verbose name, searchable by both names. */
export function columnOption(column: ExploreColumn) {
  return {
    value: column.column_name,
    label: (
      <Flex gap={6} align="center">
        <ColumnTypeIcon column={column} />
        <span>{columnLabel(column)}</span>
      </Flex>
    ),
    search: `${column.column_name} ${column.verbose_name ?? ''}`.toLowerCase(),
    title: column.column_name,
  };
}

/** Matches what was typed against an option's names (antd `filterOption`). */
export function matchesSearch(input: string, option: { search?: string } | undefined): boolean {
  return option?.search?.includes(input.toLowerCase()) ?? false;
}
