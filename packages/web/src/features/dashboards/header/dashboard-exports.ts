import type { DashboardPermalinkState } from '@superset-ts/shared';
import { toJpeg } from 'html-to-image';
import { createDashboardPermalink } from '../../../api/dashboards';
import { safeFileName, saveFile } from '../../explore/header/download-file';

const IMAGE_OPTIONS = { backgroundColor: '#f7f7f7', cacheBust: true, quality: 0.95 };

/** Downloads the dashboard (its element, charts included) as a JPEG image. */
export async function downloadDashboardImage(element: HTMLElement, title: string): Promise<void> {
  const dataUrl = await toJpeg(element, IMAGE_OPTIONS);
  saveFile(dataUrl, safeFileName(title, 'jpg'));
}

/** Downloads the dashboard as a one-page PDF the size of its element. */
export async function downloadDashboardPdf(element: HTMLElement, title: string): Promise<void> {
  // jsPDF is large: it loads only when a PDF is asked for.
  const [{ jsPDF }, dataUrl] = await Promise.all([import('jspdf'), toJpeg(element, IMAGE_OPTIONS)]);
  const width = Math.max(element.scrollWidth, 1);
  const height = Math.max(element.scrollHeight, 1);
  const pdf = new jsPDF({
    orientation: width > height ? 'landscape' : 'portrait',
    unit: 'px',
    format: [width, height],
  });
  pdf.addImage(dataUrl, 'JPEG', 0, 0, width, height);
  pdf.save(safeFileName(title, 'pdf'));
}

/**
 * Stores the dashboard's current state (filters, tabs) as a permalink and copies its full
 * URL. Returns the URL and whether the browser allowed the copy (if not, the caller shows it).
 */
export async function copyDashboardPermalink(
  dashboardId: number,
  state: DashboardPermalinkState,
): Promise<{ url: string; isCopied: boolean }> {
  const { url } = await createDashboardPermalink(dashboardId, state);
  const absolute = new URL(url, window.location.origin).href;
  try {
    await navigator.clipboard.writeText(absolute);
    return { url: absolute, isCopied: true };
  } catch {
    return { url: absolute, isCopied: false };
  }
}
