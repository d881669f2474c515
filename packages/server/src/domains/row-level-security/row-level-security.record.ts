import type { RlsFilterType } from '@superset-ts/shared';

/** A rule as the domain reads it: the filter, the datasets and roles it names, its audit. */
export interface RlsRuleRecord {
  id: number;
  name: string;
  description: string | null;
  filter_type: RlsFilterType;
  group_key: string | null;
  clause: string;
  changed_on: Date | null;
  changed_by: { id: number; first_name: string; last_name: string } | null;
  tables: { id: number; schema: string | null; table_name: string }[];
  roles: { id: number; name: string }[];
}

/** What a rule is written with: its fields and the ids of its datasets and roles. */
export interface RlsRuleValues {
  name: string;
  description: string | null;
  filter_type: RlsFilterType;
  group_key: string | null;
  clause: string;
  tables: number[];
  roles: number[];
}

/** A filter that applies to a query: what combining it into predicates needs. */
export interface ApplicableRlsFilter {
  id: number;
  group_key: string | null;
  clause: string;
}
