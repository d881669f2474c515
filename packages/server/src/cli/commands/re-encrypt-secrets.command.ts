import type { Command } from 'commander';
import { assertSchemaIsCurrent } from '../../db/index.js';
import { reEncryptSecrets } from '../../security/secrets/re-encrypt-secrets.js';
import { loadCliConfig, withMetadataDb, type CliContext } from '../cli-context.js';
import { CliUsageError } from '../cli-errors.js';

/**
 * `superset re-encrypt-secrets [--previous_secret_key KEY]`: after SECRET_KEY changed,
 * encrypts the stored database secrets again with it. The previous key comes from the flag
 * or the PREVIOUS_SECRET_KEY config key.
 */
export function registerReEncryptSecretsCommand(program: Command, context: CliContext): void {
  program
    .command('re-encrypt-secrets')
    .description(
      'Encrypt stored database secrets again with SECRET_KEY, reading them with the previous key',
    )
    .option(
      '-a, --previous_secret_key <key>',
      'the SECRET_KEY the secrets were encrypted with (default: PREVIOUS_SECRET_KEY)',
    )
    .action(async (options: { previous_secret_key?: string }) => {
      const config = await loadCliConfig(context);
      const previousSecretKey = options.previous_secret_key ?? config.PREVIOUS_SECRET_KEY;
      if (!previousSecretKey) {
        throw new CliUsageError(
          'a previous secret key is needed: pass --previous_secret_key or set PREVIOUS_SECRET_KEY',
        );
      }
      await withMetadataDb(context, config, async (metadataDb) => {
        await assertSchemaIsCurrent(metadataDb);
        const stats = await reEncryptSecrets(metadataDb, {
          secretKey: config.SECRET_KEY,
          previousSecretKey,
        });
        context.print(
          `Secrets re-encrypted: ${stats.reEncrypted}; already under SECRET_KEY: ${stats.alreadyCurrent}; empty: ${stats.empty}.`,
        );
      });
    });
}
