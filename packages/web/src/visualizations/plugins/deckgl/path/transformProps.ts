import type { ChartDataResult } from '@superset-ts/shared';
import type { TransformContext } from '../../../core/chart-plugin';
import { numberValue } from '../../../core/form-data';
import { rowsOf } from '../../../core/query/results';
import { getNumberFormatter } from '../../../formatting/number-formatter';
import { toRgba } from '../common/colors';
import { columnLabelOf, readColumn } from '../common/columns';
import { buildDeckChartProps, NothingToDrawError } from '../common/deck-props';
import type { PathDatum } from '../common/layer-spec';
import { decodePath, lineEncoding } from '../common/line-decoding';
import { positionText } from '../common/tooltip';
import type { DeckChartProps } from '../common/types';
import type { DeckPathFormData } from './types';

const formatCount = getNumberFormatter(',d');

/**
 * deck.gl Path's props (Superset's Path `transformProps` and layer): a line per row decoded from
 * the line column, in the fixed colour and width.
 *
 * @throws NothingToDrawError when no row holds a line that can be decoded.
 */
export function transformPathProps(
  formData: DeckPathFormData,
  queriesResponse: readonly ChartDataResult[],
  _context: TransformContext,
): DeckChartProps {
  const rows = rowsOf(queriesResponse[0]);
  const column = columnLabelOf(readColumn(formData.line_column));
  const encoding = lineEncoding(formData.line_type);
  const reverse = formData.reverse_long_lat === true;
  const color = toRgba(formData.color_picker);

  const data = rows.flatMap((row): PathDatum[] => {
    const path = column === undefined ? null : decodePath(row[column], encoding, reverse);
    if (!path) return [];
    const first = path[0] as PathDatum['path'][number];
    const last = path[path.length - 1] as PathDatum['path'][number];
    const tooltip = [
      `Points: ${formatCount(path.length)}`,
      `Start: ${positionText(first)}`,
      `End: ${positionText(last)}`,
    ];
    return [{ path, color, tooltip }];
  });
  if (data.length === 0) throw new NothingToDrawError(rows.length, `a ${encoding} line`);

  return buildDeckChartProps(formData, {
    layer: {
      kind: 'path',
      data,
      width: numberValue(formData.line_width) ?? 1,
      widthUnits: formData.line_width_unit === 'meters' ? 'meters' : 'pixels',
    },
    points: data.flatMap((datum) => datum.path),
    ariaLabel: `Path map of ${data.length} lines`,
  });
}
