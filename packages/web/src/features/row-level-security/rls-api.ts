import {
  ROW_LEVEL_SECURITY_API_PATH,
  encodeRison,
  relatedFieldResponseSchema,
  rlsListResponseSchema,
  type RelatedFieldResponse,
  type RlsListResponse,
  type RlsRuleCreate,
  type RlsRuleUpdate,
} from '@superset-ts/shared';
import { z } from 'zod';
import { deleteJson, getJson, putJson, requestJson } from '../../api/json-request';

/** A rules list query as the page builds it (Rison in `q`). */
export interface RlsListRequest {
  filters: { col: 'name' | 'filter_type'; opr: 'ct' | 'eq'; value: string }[];
  order_column: 'changed_on_delta_humanized' | 'name' | 'filter_type' | 'group_key';
  order_direction: 'asc' | 'desc';
  page: number;
  page_size: number;
}

const ANY_ANSWER = z.unknown();
const savedAnswer = z.object({ id: z.number().int() });

/** One page of rules with their datasets and roles (Admin only). Throws ApiRequestError. */
export function fetchRlsRules(request: RlsListRequest): Promise<RlsListResponse> {
  const q = encodeURIComponent(encodeRison({ ...request }));
  return getJson(`${ROW_LEVEL_SECURITY_API_PATH}?q=${q}`, rlsListResponseSchema);
}

/** Adds a rule; returns its id. */
export async function createRlsRule(body: RlsRuleCreate): Promise<number> {
  return (await requestJson('POST', ROW_LEVEL_SECURITY_API_PATH, savedAnswer, body)).id;
}

/** Changes a rule's fields (its datasets and roles are replaced when given). */
export async function updateRlsRule(id: number, body: RlsRuleUpdate): Promise<void> {
  await putJson(`${ROW_LEVEL_SECURITY_API_PATH}${id}`, body, ANY_ANSWER);
}

/** Deletes a rule. */
export async function deleteRlsRule(id: number): Promise<void> {
  await deleteJson(`${ROW_LEVEL_SECURITY_API_PATH}${id}`, ANY_ANSWER);
}

/** The roles or datasets a rule can name, whose names contain `filter`. */
export function fetchRlsRelated(
  column: 'roles' | 'tables',
  filter: string,
): Promise<RelatedFieldResponse> {
  const q = encodeURIComponent(encodeRison({ filter, page_size: 100 }));
  return getJson(
    `${ROW_LEVEL_SECURITY_API_PATH}related/${column}?q=${q}`,
    relatedFieldResponseSchema,
  );
}
