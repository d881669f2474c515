import type { RlsRuleCreate } from '@superset-ts/shared';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  createRlsRule,
  deleteRlsRule,
  fetchRlsRules,
  updateRlsRule,
  type RlsListRequest,
} from './rls-api';

const RLS_KEY = ['security', 'rls'] as const;

/** One page of rules; the previous page stays while the next loads. */
export function useRlsRuleList(request: RlsListRequest) {
  return useQuery({
    queryKey: [...RLS_KEY, 'list', request],
    queryFn: () => fetchRlsRules(request),
    placeholderData: keepPreviousData,
  });
}

/** Adding, changing and deleting rules; each refreshes the list when it succeeds. */
export function useRlsRuleMutations() {
  const queryClient = useQueryClient();
  const onSuccess = () => queryClient.invalidateQueries({ queryKey: RLS_KEY });
  return {
    create: useMutation({ mutationFn: (body: RlsRuleCreate) => createRlsRule(body), onSuccess }),
    update: useMutation({
      mutationFn: ({ id, body }: { id: number; body: RlsRuleCreate }) => updateRlsRule(id, body),
      onSuccess,
    }),
    remove: useMutation({ mutationFn: (id: number) => deleteRlsRule(id), onSuccess }),
  };
}
