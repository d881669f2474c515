import type { CurrentUserPasswordUpdate, CurrentUserUpdate } from '@superset-ts/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { changeMyPassword, fetchMyRoles, updateMe } from '../../api/roles';

const MY_ROLES_KEY = ['me', 'roles'] as const;

/** The logged-in user's profile with roles, permissions and login details. */
export function useMyProfile() {
  return useQuery({ queryKey: MY_ROLES_KEY, queryFn: fetchMyRoles });
}

/** Changing one's own name or password. */
export function useProfileMutations() {
  const queryClient = useQueryClient();
  return {
    rename: useMutation({
      mutationFn: (body: CurrentUserUpdate) => updateMe(body),
      onSuccess: () => queryClient.invalidateQueries({ queryKey: MY_ROLES_KEY }),
    }),
    changePassword: useMutation({
      mutationFn: (body: CurrentUserPasswordUpdate) => changeMyPassword(body),
    }),
  };
}
