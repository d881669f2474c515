const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text made safe to put in HTML (ECharts renders tooltip formatter output as HTML). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] ?? char);
}

/**
 * A tooltip's HTML (Superset's `tooltipHtml`): an optional bold title, then one line per row
 * with its cells spread across. Every text is escaped, so data values cannot inject markup.
 */
export function tooltipHtml(rows: readonly (readonly string[])[], title?: string): string {
  const heading = title
    ? `<div style="font-weight:600;margin-bottom:4px">${escapeHtml(title)}</div>`
    : '';
  const lines = rows.map(
    (cells) =>
      `<div style="display:flex;gap:16px;justify-content:space-between">${cells
        .map((cell) => `<span>${escapeHtml(cell)}</span>`)
        .join('')}</div>`,
  );
  return heading + lines.join('');
}
