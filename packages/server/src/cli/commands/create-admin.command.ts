import type { Command } from 'commander';
import { assertSchemaIsCurrent } from '../../db/index.js';
import { createUserRepository } from '../../domains/users/user.repository.js';
import { hashPassword } from '../../security/passwords/password-hasher.js';
import { syncRoleDefinitions } from '../../security/roles/role-sync.js';
import { loadCliConfig, withMetadataDb, type CliContext } from '../cli-context.js';
import { CliUsageError } from '../cli-errors.js';
import { ask, canPrompt } from '../prompt.js';

interface AdminFields {
  username: string;
  firstname: string;
  lastname: string;
  email: string;
  password: string;
}

const FIELDS: {
  key: keyof AdminFields;
  label: string;
  defaultValue?: string;
  isSecret?: boolean;
}[] = [
  { key: 'username', label: 'Username', defaultValue: 'admin' },
  { key: 'firstname', label: 'User first name', defaultValue: 'admin' },
  { key: 'lastname', label: 'User last name', defaultValue: 'user' },
  { key: 'email', label: 'Email', defaultValue: 'admin@fab.org' },
  { key: 'password', label: 'Password', isSecret: true },
];

async function completeFields(given: Partial<AdminFields>): Promise<AdminFields> {
  const missing = FIELDS.filter((field) => !given[field.key]);
  if (missing.length > 0 && !canPrompt()) {
    throw new CliUsageError(
      `missing ${missing.map((field) => `--${field.key}`).join(', ')} (no terminal to ask on)`,
    );
  }
  const fields: Partial<AdminFields> = { ...given };
  for (const field of missing) {
    fields[field.key] = await ask(field.label, {
      isSecret: field.isSecret ?? false,
      ...(field.defaultValue ? { defaultValue: field.defaultValue } : {}),
    });
    if (field.isSecret) {
      const repeat = await ask('Repeat for confirmation', { isSecret: true });
      if (repeat !== fields[field.key]) throw new CliUsageError('the two passwords differ');
    }
    if (!fields[field.key]) throw new CliUsageError(`${field.label} may not be empty`);
  }
  return fields as AdminFields;
}

/** Creates an Admin user, as FAB's `create-admin` does; shared by the quickstart. */
export async function createAdmin(context: CliContext, fields: AdminFields): Promise<void> {
  const config = await loadCliConfig(context);
  await withMetadataDb(context, config, async (metadataDb) => {
    await assertSchemaIsCurrent(metadataDb);
    await syncRoleDefinitions(metadataDb, { publicRoleLike: config.PUBLIC_ROLE_LIKE });
    const users = createUserRepository(metadataDb);
    await users.create({
      username: fields.username,
      first_name: fields.firstname,
      last_name: fields.lastname,
      email: fields.email,
      passwordHash: await hashPassword(fields.password),
      active: true,
      roleNames: ['Admin'],
    });
  });
}

function defineCreateAdmin(command: Command, context: CliContext): void {
  command
    .description('Create an Admin user (asks for missing fields on a terminal)')
    .option('--username <username>', 'login name')
    .option('--firstname <firstname>', 'first name')
    .option('--lastname <lastname>', 'last name')
    .option('--email <email>', 'email address')
    .option('--password <password>', 'password (asked for, hidden, when omitted)')
    .action(async (options: Partial<AdminFields>) => {
      const fields = await completeFields(options);
      await createAdmin(context, fields);
      context.print(`Admin user ${fields.username} created.`);
    });
}

/** `superset fab create-admin` and its short form `superset create-admin`. */
export function registerCreateAdminCommands(program: Command, context: CliContext): void {
  const fab = program
    .command('fab')
    .description('User management commands (Flask-AppBuilder compatible)');
  defineCreateAdmin(fab.command('create-admin'), context);
  defineCreateAdmin(program.command('create-admin'), context);
}
