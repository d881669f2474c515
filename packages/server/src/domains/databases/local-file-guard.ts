import { existsSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import type { EngineSpec, SqlalchemyUri } from '@superset-ts/engines';
import { AppError } from '../../errors/app-error.js';

/** What decides which local database files may be opened. */
export interface LocalFileGuardOptions {
  /** PREVENT_UNSAFE_DB_CONNECTIONS. */
  preventUnsafe: boolean;
  /** LOCAL_DATABASE_DIRECTORIES. */
  allowedDirectories: readonly string[];
  /** The metadata database's file when it is SQLite, else null: never accepted. */
  metadataDbFile: string | null;
  /**
   * The file of SQLALCHEMY_EXAMPLES_URI when it names one, else null: accepted wherever it
   * is (the operator chose it), unless it is the metadata database.
   */
  examplesDbFile?: string | null;
  /** Folder relative paths are resolved against (where the driver would open them). */
  cwd: string;
}

/** Checks the file a local-file engine's URL would open. */
export interface LocalFileGuard {
  /** Throws DATABASE_SECURITY_ACCESS_ERROR when `uri` may not be opened by `spec`. */
  requireAllowed(spec: EngineSpec, uri: SqlalchemyUri): void;
}

/** The real path of a file that may not exist yet: its deepest existing folder, resolved. */
function realPathOf(path: string): string {
  let existing = path;
  const missing: string[] = [];
  while (!existsSync(existing)) {
    const parent = dirname(existing);
    if (parent === existing) break;
    missing.unshift(basename(existing));
    existing = parent;
  }
  return join(realpathSync(existing), ...missing);
}

function sameFile(a: string, b: string): boolean {
  if (a === b) return true;
  if (!existsSync(a) || !existsSync(b)) return false;
  const [left, right] = [statSync(a), statSync(b)];
  return left.dev === right.dev && left.ino === right.ino;
}

function isInside(folder: string, path: string): boolean {
  const rest = relative(folder, path);
  return rest !== '' && !rest.startsWith('..') && !isAbsolute(rest);
}

function refuse(message: string): AppError {
  return new AppError('DATABASE_SECURITY_ACCESS_ERROR', message);
}

/**
 * Local-file engines (SQLite, DuckDB) open paths on this server, so while
 * PREVENT_UNSAFE_DB_CONNECTIONS is on they may only open files under LOCAL_DATABASE_DIRECTORIES
 * (compared after resolving symbolic links) or the examples database's own file, and never an
 * in-memory database, which can still attach files. The metadata database is refused whatever the settings, through a symbolic
 * or hard link too.
 */
export function createLocalFileGuard(options: LocalFileGuardOptions): LocalFileGuard {
  const metadataFile = options.metadataDbFile ? realPathOf(options.metadataDbFile) : null;
  const examplesFile = options.examplesDbFile
    ? realPathOf(resolve(options.cwd, options.examplesDbFile))
    : null;
  const allowedFolders = () =>
    options.allowedDirectories
      .map((folder) => resolve(options.cwd, folder))
      .filter((folder) => existsSync(folder))
      .map((folder) => realpathSync(folder));

  return {
    requireAllowed(spec, uri) {
      if (!spec.localFile) return;
      const path = uri.database;
      const isInMemory = path === null || path === '' || path === ':memory:';
      if (isInMemory) {
        if (options.preventUnsafe) {
          throw refuse(
            `${spec.engineName} in memory cannot be used as a data source while PREVENT_UNSAFE_DB_CONNECTIONS is on: it can attach files of the server.`,
          );
        }
        return;
      }
      const file = realPathOf(resolve(options.cwd, path));
      if (metadataFile && sameFile(file, metadataFile)) {
        throw refuse('This is the metadata database of Superset.ts: it cannot be a data source.');
      }
      if (examplesFile && sameFile(file, examplesFile)) return;
      if (options.preventUnsafe && !allowedFolders().some((folder) => isInside(folder, file))) {
        throw refuse(
          `${spec.engineName} cannot be used as a data source for security reasons: while PREVENT_UNSAFE_DB_CONNECTIONS is on, only files under LOCAL_DATABASE_DIRECTORIES can be opened.`,
        );
      }
    },
  };
}
