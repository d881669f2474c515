import type { ChartViewProps } from '../../core/chart-plugin';
import { ClientTable } from './ClientTable';
import { ServerTable } from './ServerTable';
import type { TableProps } from './types';

/**
 * The Table's component: rows paged by the server when the chart asks for it, otherwise all
 * rows in the browser; either way virtualised, sortable, searchable, with cell bars,
 * conditional colours and a totals row. On a dashboard, a click on a dimension's cell
 * cross-filters the other charts by its value.
 */
export default function TableChart({
  width,
  height,
  props,
  interaction,
}: ChartViewProps<TableProps>) {
  const { serverPagination } = props;
  const shared = { width, height, ...(interaction ? { interaction } : {}) };
  return serverPagination ? (
    <ServerTable {...shared} props={{ ...props, serverPagination }} />
  ) : (
    <ClientTable {...shared} props={props} />
  );
}
