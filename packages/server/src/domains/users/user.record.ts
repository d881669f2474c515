import type { Selectable } from 'kysely';
import { readBoolean, readTimestamp, type AbUserTable } from '../../db/index.js';

/** A user as stored in `ab_user`, with booleans and dates read the same on every backend. */
export interface UserRecord {
  id: number;
  username: string;
  first_name: string;
  last_name: string;
  email: string;
  /** The password hash; null for users who authenticate elsewhere (LDAP, OAuth). */
  password: string | null;
  active: boolean;
  last_login: Date | null;
  login_count: number;
  fail_login_count: number;
  created_on: Date | null;
  changed_on: Date | null;
  /** Sessions and access tokens issued before this moment are refused; null: none are. */
  sessions_valid_after: Date | null;
}

/** What `create` needs: the hash, never the password. */
export interface NewUser {
  username: string;
  first_name: string;
  last_name: string;
  email: string;
  passwordHash: string | null;
  active: boolean;
  roleNames: readonly string[];
}

/** Reads an `ab_user` row. */
export function toUserRecord(row: Selectable<AbUserTable>): UserRecord {
  return {
    id: row.id,
    username: row.username,
    first_name: row.first_name,
    last_name: row.last_name,
    email: row.email,
    password: row.password,
    active: readBoolean(row.active),
    last_login: readTimestamp(row.last_login),
    login_count: row.login_count,
    fail_login_count: row.fail_login_count,
    created_on: readTimestamp(row.created_on),
    changed_on: readTimestamp(row.changed_on),
    sessions_valid_after: readTimestamp(row.sessions_valid_after),
  };
}
