import type { Command } from 'commander';
import { assertSchemaIsCurrent } from '../../db/index.js';
import { syncRoleDefinitions } from '../../security/roles/role-sync.js';
import { loadCliConfig, withMetadataDb, type CliContext } from '../cli-context.js';

/** `superset init`: creates or updates the built-in roles and their permissions; idempotent. */
export function registerInitCommand(program: Command, context: CliContext): void {
  program
    .command('init')
    .description(
      'Create or update the built-in roles (Admin, Alpha, Gamma, sql_lab, Public) and permissions',
    )
    .action(async () => {
      const config = await loadCliConfig(context);
      await withMetadataDb(context, config, async (metadataDb) => {
        await assertSchemaIsCurrent(metadataDb);
        const result = await syncRoleDefinitions(metadataDb, {
          publicRoleLike: config.PUBLIC_ROLE_LIKE,
        });
        const changed = [
          ...result.rolesCreated.map((r) => `${r} (created)`),
          ...result.rolesUpdated.map((r) => `${r} (updated)`),
        ];
        context.print(`Permissions created: ${result.permissionsCreated}`);
        context.print(
          changed.length ? `Roles: ${changed.join(', ')}` : 'Roles already up to date.',
        );
      });
    });
}
