import type { TableMetadataResponse } from '@superset-ts/shared';
import { EngineError, type EngineClient, type EngineRegistry } from '@superset-ts/engines';
import { AppError } from '../../errors/app-error.js';
import type { Actor } from '../../security/access/actor.js';
import type { DatabaseClients } from './database-clients.js';
import { presentTableMetadata } from './database.presenter.js';
import { engineFactsOf, type StoredDatabase } from './stored-database.js';

/** What browsing a database needs. */
export interface DatabaseBrowserDeps {
  engines: EngineRegistry;
  clients: DatabaseClients;
  /** A saved database the actor may see; throws 404 otherwise. */
  getStored(actor: Actor, id: number): Promise<StoredDatabase>;
}

/** A table or view of `{pk}/tables/`. */
export interface TableEntry {
  value: string;
  type: 'table' | 'view';
  extra: null;
}

/** Rows the select_star statements show, as Superset's default. */
const SELECT_STAR_LIMIT = 100;

function tableNotFound(table: string, schema: string | null): AppError {
  const where = schema ? ` in schema "${schema}"` : '';
  return new AppError(
    'RESOURCE_NOT_FOUND',
    `Table "${table}"${where} was not found on the database.`,
  );
}

/**
 * The schema and table browser of SQL Lab and the dataset editor, through each database's
 * pooled client. Only databases the caller may see are reachable (404 otherwise).
 */
export function createDatabaseBrowser(deps: DatabaseBrowserDeps) {
  const open = async (actor: Actor, id: number) => {
    const stored = await deps.getStored(actor, id);
    const facts = engineFactsOf(deps.engines, stored.record);
    const client: EngineClient = await deps.clients.clientFor(stored.record);
    return { client, dialect: facts.spec?.dialect };
  };

  const metadataOf = async (client: EngineClient, table: string, schema: string | null) => {
    try {
      return await client.getTableMetadata(table, schema);
    } catch (error) {
      if (error instanceof EngineError && error.code === 'TABLE_DOES_NOT_EXIST_ERROR') {
        throw tableNotFound(table, schema);
      }
      throw error;
    }
  };

  const selectStarOf = (
    dialect: Awaited<ReturnType<typeof open>>['dialect'],
    table: string,
    schema: string | null,
  ): string => dialect?.selectStar({ table, schema }, SELECT_STAR_LIMIT) ?? '';

  return {
    async schemas(actor: Actor, id: number): Promise<string[]> {
      const { client } = await open(actor, id);
      return (await client.listSchemas()).sort();
    },

    async tables(actor: Actor, id: number, schema: string | null): Promise<TableEntry[]> {
      const { client } = await open(actor, id);
      const [tables, views] = await Promise.all([
        client.listTables(schema),
        client.listViews(schema),
      ]);
      return [
        ...[...tables].sort().map((value) => ({ value, type: 'table' as const, extra: null })),
        ...[...views].sort().map((value) => ({ value, type: 'view' as const, extra: null })),
      ];
    },

    async tableMetadata(
      actor: Actor,
      id: number,
      table: string,
      schema: string | null,
    ): Promise<TableMetadataResponse> {
      const { client, dialect } = await open(actor, id);
      const metadata = await metadataOf(client, table, schema);
      return presentTableMetadata(metadata, selectStarOf(dialect, table, schema));
    },

    /** `SELECT * FROM table LIMIT 100` in the engine's dialect; 404 when there is no such table. */
    async selectStar(actor: Actor, id: number, table: string, schema: string | null) {
      const { client, dialect } = await open(actor, id);
      await metadataOf(client, table, schema);
      return selectStarOf(dialect, table, schema);
    },
  };
}

/** The database browser, as routes receive it. */
export type DatabaseBrowser = ReturnType<typeof createDatabaseBrowser>;
