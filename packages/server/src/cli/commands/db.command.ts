import type { Command } from 'commander';
import { currentRevision, downgrade, history, upgrade } from '../../db/index.js';
import { loadCliConfig, withMetadataDb, type CliContext } from '../cli-context.js';

/** `superset db upgrade|downgrade|current|history`: the metadata schema's migrations. */
export function registerDbCommands(program: Command, context: CliContext): void {
  const db = program.command('db').description('Manage the metadata database schema (migrations)');

  db.command('upgrade')
    .description('Upgrade the metadata database to the latest revision (or to REVISION)')
    .argument('[revision]', 'target revision', 'head')
    .action(async (revision: string) => {
      const config = await loadCliConfig(context);
      await withMetadataDb(context, config, async (metadataDb) => {
        const applied = await upgrade(metadataDb, revision);
        context.print(
          applied.length ? `Applied: ${applied.join(', ')}` : 'Already at the requested revision.',
        );
        context.print(`Current revision: ${(await currentRevision(metadataDb)) ?? 'base'}`);
      });
    });

  db.command('downgrade')
    .description('Revert migrations: one step by default, down to REVISION, or "base" for all')
    .argument('[revision]', 'target revision; "base" reverts everything')
    .action(async (revision: string | undefined) => {
      const config = await loadCliConfig(context);
      await withMetadataDb(context, config, async (metadataDb) => {
        const reverted = await downgrade(metadataDb, revision);
        context.print(reverted.length ? `Reverted: ${reverted.join(', ')}` : 'Nothing to revert.');
        context.print(`Current revision: ${(await currentRevision(metadataDb)) ?? 'base'}`);
      });
    });

  db.command('current')
    .description('Show the revision the metadata database is at')
    .action(async () => {
      const config = await loadCliConfig(context);
      await withMetadataDb(context, config, async (metadataDb) => {
        context.print((await currentRevision(metadataDb)) ?? 'base (no migration applied)');
      });
    });

  db.command('history')
    .description('List every revision, oldest first, and whether it is applied')
    .action(async () => {
      const config = await loadCliConfig(context);
      await withMetadataDb(context, config, async (metadataDb) => {
        for (const entry of await history(metadataDb)) {
          const state = entry.isApplied
            ? `applied ${entry.appliedAt?.toISOString() ?? ''}`.trim()
            : 'pending';
          context.print(
            `${entry.revision}${entry.isHead ? ' (head)' : ''}  ${entry.description}  [${state}]`,
          );
        }
      });
    });
}
