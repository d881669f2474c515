import type { UserCreateInput, UserUpdate } from '@superset-ts/shared';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { fetchAllRoles } from '../../api/roles';
import {
  createUser,
  deleteUser,
  fetchUsers,
  updateUser,
  type UserListRequest,
} from '../../api/users';

const USERS_KEY = ['security', 'users'] as const;

/** One page of users; the previous page stays on screen while the next one loads. */
export function useUserList(request: UserListRequest) {
  return useQuery({
    queryKey: [...USERS_KEY, request],
    queryFn: () => fetchUsers(request),
    placeholderData: keepPreviousData,
  });
}

/** Every role, for the role filter and the user form. */
export function useAllRoles() {
  return useQuery({ queryKey: ['security', 'roles', 'all'], queryFn: fetchAllRoles });
}

/** Creating, changing and deleting users; each refreshes the list when it succeeds. */
export function useUserMutations() {
  const queryClient = useQueryClient();
  const onSuccess = () => queryClient.invalidateQueries({ queryKey: ['security'] });
  return {
    create: useMutation({ mutationFn: (body: UserCreateInput) => createUser(body), onSuccess }),
    update: useMutation({
      mutationFn: ({ id, body }: { id: number; body: UserUpdate }) => updateUser(id, body),
      onSuccess,
    }),
    remove: useMutation({ mutationFn: (id: number) => deleteUser(id), onSuccess }),
  };
}
