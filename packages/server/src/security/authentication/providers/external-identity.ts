/**
 * A person as an external identity provider (LDAP, OAuth, a trusted proxy) vouches for them,
 * in Superset's user fields. `groups` are the keys looked up in AUTH_ROLES_MAPPING: LDAP group
 * DNs (AUTH_LDAP_GROUP_FIELD) or an OAuth provider's role keys.
 */
export interface ExternalIdentity {
  username: string;
  first_name: string;
  last_name: string;
  email: string;
  groups: string[];
}
