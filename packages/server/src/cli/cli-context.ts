import { loadConfig, type Config } from '../config/index.js';
import { createMetadataDb, type MetadataDb } from '../db/index.js';

/** What every command receives from the composition root: the environment, once. */
export interface CliContext {
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  /** Writes a line for the user (stdout). */
  print: (line: string) => void;
  /** Writes a warning or progress note (stderr), keeping stdout clean for output. */
  note: (line: string) => void;
  /** stderr when it is a terminal, where progress bars are redrawn in place; else absent. */
  terminal?: { write: (text: string) => void; columns: number } | null;
}

/** Loads and validates superset_config, printing its warnings. */
export async function loadCliConfig(
  context: CliContext,
  overrides: Record<string, unknown> = {},
): Promise<Config> {
  const { config, warnings } = await loadConfig({ env: context.env, cwd: context.cwd, overrides });
  for (const warning of warnings) context.note(`Warning: ${warning}`);
  return config;
}

/** Opens the metadata database, runs `work` with it, and always closes it. */
export async function withMetadataDb<T>(
  context: CliContext,
  config: Config,
  work: (db: MetadataDb) => Promise<T>,
): Promise<T> {
  const db = createMetadataDb(config.SQLALCHEMY_DATABASE_URI, { cwd: context.cwd });
  try {
    return await work(db);
  } finally {
    await db.destroy();
  }
}
