import type { SqlLabQuery, SqlLabResults } from '@superset-ts/shared';
import { useCallback, useRef, useState } from 'react';
import {
  executeSql,
  fetchQueriesUpdatedSince,
  fetchQueryResults,
  stopQuery,
} from '../../api/sqllab';
import { newClientId, runQuery, type RunDeps } from './run-query';
import type { SqlLabDatabase } from './sqllab-databases';

/** A tab's latest run as the results pane shows it. */
export interface QueryRun {
  clientId: string;
  sql: string;
  /** A table preview from the table browser rather than the editor's SQL. */
  isPreview: boolean;
  status: 'running' | 'success' | 'failed' | 'stopped';
  /** Async runs report it (0-100). */
  progress: number;
  startedAt: number;
  results?: SqlLabResults;
  errorMessage?: string;
}

/** What a run needs of the tab. */
export interface RunRequest {
  tabId: number;
  database: SqlLabDatabase;
  schema: string | null;
  sql: string;
  queryLimit: number;
  templateParams: string | null;
  tabLabel: string;
  isPreview?: boolean;
}

const LIVE_DEPS: RunDeps = {
  execute: executeSql,
  fetchQueriesUpdatedSince,
  fetchResults: fetchQueryResults,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  now: () => Date.now(),
};

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : 'The query failed.';
}

/**
 * Runs SQL for the tabs and keeps each tab's latest run, plus the queries each tab ran in
 * this session (for its history pane). `onStarted` lets the caller store the run's client id
 * on the tab.
 */
export function useQueryRuns(
  initialQueries: readonly SqlLabQuery[],
  { onStarted }: { onStarted: (tabId: number, clientId: string) => void },
) {
  const [runs, setRuns] = useState<Record<number, QueryRun>>({});
  const [queries, setQueries] = useState<readonly SqlLabQuery[]>(initialQueries);
  const stopped = useRef(new Set<string>());

  const rememberQuery = useCallback((query: SqlLabQuery) => {
    setQueries((prev) => [...prev.filter((q) => q.id !== query.id), query]);
  }, []);

  const patchRun = useCallback((tabId: number, clientId: string, patch: Partial<QueryRun>) => {
    setRuns((prev) => {
      const run = prev[tabId];
      return run?.clientId === clientId ? { ...prev, [tabId]: { ...run, ...patch } } : prev;
    });
  }, []);

  const run = useCallback(
    async (request: RunRequest) => {
      const clientId = newClientId();
      const { tabId } = request;
      const startedAt = Date.now();
      setRuns((prev) => ({
        ...prev,
        [tabId]: {
          clientId,
          sql: request.sql,
          isPreview: request.isPreview ?? false,
          status: 'running',
          progress: 0,
          startedAt,
        },
      }));
      if (!request.isPreview) onStarted(tabId, clientId);
      try {
        const outcome = await runQuery(
          {
            client_id: clientId,
            database_id: request.database.id,
            sql: request.sql,
            schema: request.schema,
            tab: request.tabLabel,
            sql_editor_id: String(tabId),
            runAsync: request.database.allow_run_async,
            queryLimit: request.queryLimit,
            templateParams: request.templateParams,
            expand_data: true,
            json: true,
          },
          LIVE_DEPS,
          (query) => {
            rememberQuery(query);
            patchRun(tabId, clientId, { progress: query.progress });
          },
          () => stopped.current.has(clientId),
        );
        if (outcome.kind === 'results') {
          rememberQuery(outcome.results.query);
          patchRun(tabId, clientId, { status: 'success', results: outcome.results });
        } else if (outcome.kind === 'stopped') {
          patchRun(tabId, clientId, { status: 'stopped' });
        } else {
          patchRun(tabId, clientId, { status: 'failed', errorMessage: outcome.message });
        }
      } catch (error) {
        // A refused run is still in the server's history; show it in the tab's history too.
        fetchQueriesUpdatedSince(startedAt - 1000).then(
          (changed) => changed.filter((q) => q.id === clientId).forEach(rememberQuery),
          () => undefined,
        );
        const isStopped = stopped.current.has(clientId);
        patchRun(tabId, clientId, {
          status: isStopped ? 'stopped' : 'failed',
          ...(isStopped ? {} : { errorMessage: messageOf(error) }),
        });
      }
    },
    [onStarted, patchRun, rememberQuery],
  );

  const stop = useCallback(
    async (tabId: number) => {
      const current = runs[tabId];
      if (current?.status !== 'running') return;
      stopped.current.add(current.clientId);
      try {
        await stopQuery(current.clientId);
      } finally {
        patchRun(tabId, current.clientId, { status: 'stopped' });
      }
    },
    [runs, patchRun],
  );

  /** Shows the stored results of an earlier run (the tab's latest one after a reload). */
  const showStoredResults = useCallback(
    async (tabId: number, query: SqlLabQuery) => {
      if (!query.resultsKey) return;
      const base: QueryRun = {
        clientId: query.id,
        sql: query.sql,
        isPreview: false,
        status: 'running',
        progress: 100,
        startedAt: query.startDttm ?? Date.now(),
      };
      setRuns((prev) => ({ ...prev, [tabId]: base }));
      try {
        const results = await fetchQueryResults(query.resultsKey, query.limit ?? undefined);
        patchRun(tabId, query.id, { status: 'success', results });
      } catch (error) {
        patchRun(tabId, query.id, { status: 'failed', errorMessage: messageOf(error) });
      }
    },
    [patchRun],
  );

  return { runs, queries, run, stop, showStoredResults };
}
