import type { MetadataDb } from '../../db/index.js';
import { AppError } from '../../errors/app-error.js';
import { createSecretCipher, type SecretCipher } from './secret-cipher.js';

/** The encrypted columns of `dbs`. */
const DATABASE_SECRET_COLUMNS = ['password', 'encrypted_extra', 'server_cert'] as const;
type SecretColumn = (typeof DATABASE_SECRET_COLUMNS)[number];

/** What one run did, per stored value. */
export interface ReEncryptStats {
  /** Read with the previous key and written again with SECRET_KEY. */
  reEncrypted: number;
  /** Already readable with SECRET_KEY: left as they are. */
  alreadyCurrent: number;
  /** Empty: nothing to encrypt. */
  empty: number;
}

/** Some stored values are readable with neither key; the run changed nothing. */
export class SecretsUnreadableError extends AppError {
  override readonly name = 'SecretsUnreadableError';
  constructor(readonly failures: readonly string[]) {
    super(
      'ENCRYPTED_FIELD_UNREADABLE',
      `Nothing was changed: these secrets decrypt with neither SECRET_KEY nor the previous key: ${failures.join(', ')}.`,
    );
  }
}

type Outcome = { kind: 'current' } | { kind: 'unreadable' } | { kind: 'rotated'; value: string };

function reEncrypt(value: string, current: SecretCipher, previous: SecretCipher): Outcome {
  if (current.canDecrypt(value)) return { kind: 'current' };
  if (!previous.canDecrypt(value)) return { kind: 'unreadable' };
  return { kind: 'rotated', value: current.encrypt(previous.decrypt(value)) };
}

/**
 * Rotates the key of every stored secret (Superset's `re-encrypt-secrets`): each value
 * readable with `previousSecretKey` is encrypted again with `secretKey`, in one transaction.
 * Values already readable with `secretKey` are left alone, so a run can be repeated. A value
 * readable with neither key aborts the whole run, naming its database; nothing changes.
 */
export async function reEncryptSecrets(
  metadataDb: MetadataDb,
  keys: { secretKey: string; previousSecretKey: string },
): Promise<ReEncryptStats> {
  const current = createSecretCipher(keys.secretKey);
  const previous = createSecretCipher(keys.previousSecretKey);
  return metadataDb.kysely.transaction().execute(async (trx) => {
    const stats: ReEncryptStats = { reEncrypted: 0, alreadyCurrent: 0, empty: 0 };
    const failures: string[] = [];
    const rows = await trx
      .selectFrom('dbs')
      .select(['id', 'database_name', ...DATABASE_SECRET_COLUMNS])
      .orderBy('id')
      .execute();
    for (const row of rows) {
      const changes: Partial<Record<SecretColumn, string>> = {};
      for (const column of DATABASE_SECRET_COLUMNS) {
        const value = row[column];
        if (value === null) {
          stats.empty += 1;
          continue;
        }
        const outcome = reEncrypt(value, current, previous);
        switch (outcome.kind) {
          case 'current':
            stats.alreadyCurrent += 1;
            break;
          case 'unreadable':
            failures.push(`${column} of database "${row.database_name}"`);
            break;
          case 'rotated':
            changes[column] = outcome.value;
            stats.reEncrypted += 1;
            break;
        }
      }
      if (Object.keys(changes).length > 0) {
        await trx.updateTable('dbs').set(changes).where('id', '=', row.id).execute();
      }
    }
    if (failures.length > 0) throw new SecretsUnreadableError(failures);
    return stats;
  });
}
