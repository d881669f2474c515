import Markdown, { sanitizer } from 'markdown-to-jsx/react';

/** Blocks `javascript:`, `vbscript:` and `data:` links beyond the library's own check. */
function sanitizeUrl(value: string): string | null {
  // Browsers ignore spaces and control characters inside a scheme ("java\tscript:").
  const compact = [...value]
    .filter((char) => char.charCodeAt(0) > 0x20)
    .join('')
    .toLowerCase();
  if (/^(javascript|vbscript|data):/.test(compact)) return null;
  return sanitizer(value);
}

const OPTIONS = {
  // Raw HTML shows as text: no tags, so no script, no event handler attributes.
  disableParsingRawHTML: true,
  sanitizer: sanitizeUrl,
  overrides: {
    a: { props: { target: '_blank', rel: 'noopener noreferrer' } },
  },
} as const;

/**
 * Markdown drawn as React elements, safely: raw HTML is not parsed (it shows as text) and
 * links or images with script URLs lose their URL. Never sets HTML from the text.
 */
export function SafeMarkdown({ source }: { source: string }) {
  return <Markdown options={OPTIONS}>{source}</Markdown>;
}
