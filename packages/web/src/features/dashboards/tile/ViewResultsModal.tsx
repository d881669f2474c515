import type { ChartDataResult } from '@superset-ts/shared';
import { Modal } from 'antd';
import type { ChartRows } from '../../explore/api/chart-data-api';
import { RowsTable } from '../../explore/chart/RowsTable';

function toRows(result: ChartDataResult): ChartRows {
  const data = Array.isArray(result.data) ? result.data : [];
  return { data, colnames: result.colnames, coltypes: result.coltypes, rowcount: result.rowcount };
}

/** "View as table": the rows the tile's queries returned, one table per query. */
export function ViewResultsModal({
  title,
  results,
  onClose,
}: {
  title: string;
  results: readonly ChartDataResult[];
  onClose: () => void;
}) {
  return (
    <Modal open title={`${title}: results`} width={900} footer={null} onCancel={onClose}>
      {results.map((result, index) => (
        <RowsTable
          key={index}
          rows={toRows(result)}
          {...(results.length > 1 ? { title: `Query ${index + 1}` } : {})}
        />
      ))}
    </Modal>
  );
}
