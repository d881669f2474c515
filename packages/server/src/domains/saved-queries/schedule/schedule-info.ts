import type { ScheduledQueriesConfig } from '@superset-ts/shared';
import type { FieldProblems } from '../../../app/validation/request-input.js';
import { validateJsonSchema } from './json-schema-subset.js';
import { SCHEDULE_RULES } from './schedule-rules.js';

const BASE_PATH = 'extra_json.schedule_info';

/**
 * Checks a saved query's `schedule_info` against SCHEDULED_QUERIES: its JSONSCHEMA, then its
 * VALIDATION rules, each rule's message reported on its `container` field (the last argument
 * by default), as the schedule form shows it. Returns problems keyed by field path.
 */
export function checkScheduleInfo(
  scheduleInfo: unknown,
  config: ScheduledQueriesConfig,
): FieldProblems {
  const problems: FieldProblems = {};
  const add = (path: string, message: string) => {
    (problems[path === '' ? BASE_PATH : `${BASE_PATH}.${path}`] ??= []).push(message);
  };
  const schemaProblems = validateJsonSchema(scheduleInfo, config.JSONSCHEMA);
  for (const problem of schemaProblems) add(problem.path, problem.message);
  if (schemaProblems.length > 0 || typeof scheduleInfo !== 'object' || scheduleInfo === null) {
    return problems;
  }
  const values = scheduleInfo as Readonly<Record<string, unknown>>;
  for (const rule of config.VALIDATION ?? []) {
    const holds = SCHEDULE_RULES[rule.name];
    const [first, second] = rule.arguments;
    if (!holds || first === undefined || second === undefined) continue;
    if (!holds(values[first], values[second])) add(rule.container ?? second, rule.message);
  }
  return problems;
}
