import { datasetMacros } from './dataset-macros.js';
import { filterMacros } from './filter-macros.js';
import type { JinjaValue } from './jinja-values.js';
import type { MacroScope } from './macro-scope.js';
import { timeFilterMacro } from './time-filter-macro.js';
import { urlParamMacro } from './url-param-macro.js';
import { userMacros } from './user-macros.js';
import { whereInFilter } from './where-in-filter.js';

/** Every Superset macro of one render, by name. */
export function templateMacros(scope: MacroScope): Map<string, JinjaValue> {
  return new Map<string, JinjaValue>([
    ...userMacros(scope),
    ['url_param', urlParamMacro(scope)],
    ...filterMacros(scope),
    ['get_time_filter', timeFilterMacro(scope)],
    ...datasetMacros(scope),
    ['where_in', whereInFilter(scope.context.engine)],
  ]);
}
