import { toPng } from 'html-to-image';
import type { QueryContextRequest } from '../../../visualizations';
import { downloadChartData } from '../api/chart-data-api';
import { createPermalink } from '../api/explore-api';
import { safeFileName, saveFile } from './download-file';

/**
 * Downloads the chart's data as CSV or XLSX: the chart's own query context with that result
 * format, saved under the name the server gives the file.
 */
export async function downloadChartFile(
  context: QueryContextRequest,
  format: 'csv' | 'xlsx',
  title: string,
): Promise<void> {
  const named = { ...context, form_data: { ...(context.form_data ?? {}), slice_name: title } };
  const file = await downloadChartData(named, format);
  saveFile(file.blob, file.filename ?? safeFileName(title, format));
}

/** Downloads the chart as a PNG image of its element (ECharts canvases included). */
export async function downloadChartImage(element: HTMLElement, title: string): Promise<void> {
  const dataUrl = await toPng(element, { backgroundColor: '#ffffff', cacheBust: true });
  saveFile(dataUrl, safeFileName(title, 'png'));
}

/**
 * Makes a permalink of the form data and copies its full URL to the clipboard. Returns the
 * URL and whether the browser allowed the copy (if not, the caller shows the URL).
 */
export async function copyPermalink(
  formData: Record<string, unknown>,
): Promise<{ url: string; isCopied: boolean }> {
  const { url } = await createPermalink(formData);
  const absolute = new URL(url, window.location.origin).href;
  try {
    await navigator.clipboard.writeText(absolute);
    return { url: absolute, isCopied: true };
  } catch {
    return { url: absolute, isCopied: false };
  }
}
