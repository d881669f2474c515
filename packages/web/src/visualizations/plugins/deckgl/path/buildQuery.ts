import { buildQueryContext, type QueryContextRequest } from '../../../core/query/query-context';
import { readColumn } from '../common/columns';
import { buildDeckQueryObject } from '../common/query';
import type { DeckPathFormData } from './types';

/** deck.gl Path's query (Superset's Path `buildQuery`): the raw rows of the line column. */
export function buildPathQuery(formData: DeckPathFormData): QueryContextRequest {
  const lineColumn = readColumn(formData.line_column);
  const lineColumns = lineColumn === undefined ? [] : [lineColumn];
  return buildQueryContext(formData, [
    buildDeckQueryObject(formData, { columns: lineColumns, locationColumns: lineColumns }),
  ]);
}
