import type { RlsListItem, RlsRule } from '@superset-ts/shared';
import { humanizeTimeAgo } from '../logs/log.presenter.js';
import type { RlsRuleRecord } from './row-level-security.record.js';

/** A rule as `GET /api/v1/rowlevelsecurity/{pk}` shows it. */
export function presentRlsRule(record: RlsRuleRecord): RlsRule {
  return {
    id: record.id,
    name: record.name,
    description: record.description,
    filter_type: record.filter_type,
    tables: record.tables,
    roles: record.roles,
    group_key: record.group_key,
    clause: record.clause,
  };
}

/** A rule as a row of the list, with when and by whom it last changed. */
export function presentRlsListItem(record: RlsRuleRecord, now: Date): RlsListItem {
  return {
    ...presentRlsRule(record),
    changed_on_delta_humanized: record.changed_on ? humanizeTimeAgo(record.changed_on, now) : '',
    changed_by: record.changed_by,
  };
}
