import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { downgrade, type MetadataDb } from '../../db/index.js';
import { describeOnEveryBackend } from '../../db/test-support/metadata-backends.js';
import {
  openScratchMetadataDb,
  type ScratchMetadataDb,
} from '../../db/test-support/scratch-metadata-db.js';
import { createSecretCipher } from '../../security/secrets/secret-cipher.js';
import type { CliContext } from '../cli-context.js';
import { buildProgram } from '../program.js';

const OLD_KEY = 'the-old-secret-key-that-was-rotated-0123456789';
const NEW_KEY = 'the-new-secret-key-after-the-rotation-9876543210';
const UNKNOWN_KEY = 'a-key-nobody-remembers-any-more-000000000000';

describeOnEveryBackend('superset re-encrypt-secrets', (backend) => {
  let scratch: ScratchMetadataDb;
  let home: string;
  let output: string[];

  beforeEach(async () => {
    scratch = await openScratchMetadataDb(backend);
    home = mkdtempSync(join(tmpdir(), 'superset-reencrypt-'));
    output = [];
  });
  afterEach(async () => {
    await scratch.close();
    rmSync(home, { recursive: true, force: true });
  });

  /** Runs the command in-process, as `superset` would, against the scratch metadata database. */
  async function superset(...args: string[]): Promise<void> {
    const context: CliContext = {
      env: {
        SUPERSET_HOME: home,
        HOME: home,
        SUPERSET_SECRET_KEY: NEW_KEY,
        SUPERSET__SQLALCHEMY_DATABASE_URI: scratch.uri,
      },
      cwd: home,
      print: (line) => output.push(line),
      note: (line) => output.push(line),
    };
    await buildProgram(context).parseAsync(['node', 'superset', ...args]);
  }

  async function addDatabase(
    db: MetadataDb,
    name: string,
    secrets: { password: string | null; encrypted_extra?: string | null },
  ): Promise<void> {
    await db.kysely
      .insertInto('dbs')
      .values({
        uuid: randomUUID(),
        database_name: name,
        sqlalchemy_uri: 'postgresql://u:XXXXXXXXXX@h/d',
        password: secrets.password,
        encrypted_extra: secrets.encrypted_extra ?? null,
      })
      .execute();
  }

  const rows = () =>
    scratch.db.kysely
      .selectFrom('dbs')
      .select(['database_name', 'password', 'encrypted_extra', 'server_cert'])
      .orderBy('database_name')
      .execute();

  it('re-encrypts secrets of the previous key, leaves current ones alone, and can run again', async () => {
    const old = createSecretCipher(OLD_KEY);
    const fresh = createSecretCipher(NEW_KEY);
    const alreadyNew = fresh.encrypt('new-pw');
    await addDatabase(scratch.db, 'a_rotated', {
      password: old.encrypt('old-pw'),
      encrypted_extra: old.encrypt('{"credentials_info":{"private_key":"k"}}'),
    });
    await addDatabase(scratch.db, 'b_current', { password: alreadyNew });
    await addDatabase(scratch.db, 'c_no_secret', { password: null });

    await superset('re-encrypt-secrets', '--previous_secret_key', OLD_KEY);
    expect(output.join('\n')).toContain(
      'Secrets re-encrypted: 2; already under SECRET_KEY: 1; empty: 6.',
    );
    const [rotated, current, none] = await rows();
    expect(fresh.decrypt(rotated?.password ?? '')).toBe('old-pw');
    expect(fresh.decrypt(rotated?.encrypted_extra ?? '')).toContain('private_key');
    expect(current?.password).toBe(alreadyNew);
    expect(none?.password).toBeNull();

    output = [];
    await superset('re-encrypt-secrets', '-a', OLD_KEY);
    expect(output.join('\n')).toContain('Secrets re-encrypted: 0; already under SECRET_KEY: 3');
  });

  it('takes the previous key from PREVIOUS_SECRET_KEY, and asks for one when there is none', async () => {
    await addDatabase(scratch.db, 'warehouse', {
      password: createSecretCipher(OLD_KEY).encrypt('pw'),
    });
    await expect(superset('re-encrypt-secrets')).rejects.toThrow(/--previous_secret_key/);

    writeFileSync(
      join(home, 'superset_config.json'),
      JSON.stringify({ PREVIOUS_SECRET_KEY: OLD_KEY }),
    );
    await superset('re-encrypt-secrets');
    const [row] = await rows();
    expect(createSecretCipher(NEW_KEY).decrypt(row?.password ?? '')).toBe('pw');
  });

  it('changes nothing when a secret is readable with neither key, naming its database', async () => {
    const before = createSecretCipher(OLD_KEY).encrypt('pw-a');
    await addDatabase(scratch.db, 'a_fine', { password: before });
    await addDatabase(scratch.db, 'b_lost', {
      password: createSecretCipher(UNKNOWN_KEY).encrypt('pw-b'),
    });

    const failure = superset('re-encrypt-secrets', '--previous_secret_key', OLD_KEY);
    await expect(failure).rejects.toThrow(/password of database "b_lost"/);
    await expect(failure).rejects.toThrow(/Nothing was changed/);
    const [fine] = await rows();
    expect(fine?.password).toBe(before);
  });

  it('refuses a metadata database that is not migrated to head', async () => {
    await downgrade(scratch.db);
    await expect(superset('re-encrypt-secrets', '--previous_secret_key', OLD_KEY)).rejects.toThrow(
      /superset db upgrade/,
    );
  });
});
