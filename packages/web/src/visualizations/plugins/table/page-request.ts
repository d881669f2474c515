import { numberValue } from '../../core/form-data';
import type { TableFormData } from './types';

/** Rows per page of a server-paged table when the form data does not say. */
export const DEFAULT_SERVER_PAGE_LENGTH = 10;

/** The page sizes a reader may pick. */
export const PAGE_SIZE_OPTIONS = [10, 20, 50, 100, 200] as const;

/**
 * What a server-paged table asks the server for (Superset's table `ownState`): a page, the
 * reader's sort and search. The first page with the chart's own sort is what the host runs.
 */
export interface TablePageRequest {
  /** 0-based. */
  currentPage: number;
  pageSize: number;
  /** A column the reader sorted by, replacing the chart's ordering. */
  sortBy?: { key: string; desc: boolean };
  /** Rows whose `column` contains `text` (case-insensitive). */
  search?: { column: string; text: string };
}

/** The page size the form data asks for. */
export function serverPageLength(formData: TableFormData): number {
  const length = numberValue(formData.server_page_length);
  return length !== undefined && length > 0 ? Math.floor(length) : DEFAULT_SERVER_PAGE_LENGTH;
}

/** The first page with the chart's own sort and no search: what the chart first shows. */
export function firstPageRequest(formData: TableFormData): TablePageRequest {
  return { currentPage: 0, pageSize: serverPageLength(formData) };
}

/** The rows a page covers in the query's result. */
export interface RowWindow {
  row_offset: number;
  row_limit: number;
}

/**
 * The page's rows, never past the chart's row limit (Superset clamps the page the same way,
 * so a request never asks for `row_limit: 0`, which the server reads as "no limit").
 */
export function pageWindow(formData: TableFormData, request: TablePageRequest): RowWindow {
  const pageSize = Math.max(1, Math.floor(request.pageSize));
  const rowLimit = Math.max(0, Math.floor(numberValue(formData.row_limit) ?? 0));
  const lastPage = rowLimit > 0 ? Math.max(Math.ceil(rowLimit / pageSize) - 1, 0) : Infinity;
  const page = Math.min(Math.max(0, Math.floor(request.currentPage)), lastPage);
  const offset = page * pageSize;
  const limit = rowLimit > 0 ? Math.min(pageSize, rowLimit - offset) : pageSize;
  return { row_offset: offset, row_limit: limit };
}
