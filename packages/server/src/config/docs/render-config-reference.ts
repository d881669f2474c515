import { listConfigKeys, type ConfigKeyInfo } from '../list-config-keys.js';
import { meaningOf } from '../keys/capabilities.js';

/** First line of the generated part of docs/configuration.md. */
export const REFERENCE_BEGIN =
  '<!-- BEGIN GENERATED CONFIG REFERENCE: edit the keys in packages/server/src/config/keys, then run UPDATE_CONFIG_DOCS=1 npx vitest run packages/server/src/config/docs -->';

/** Last line of the generated part of docs/configuration.md. */
export const REFERENCE_END = '<!-- END GENERATED CONFIG REFERENCE -->';

const MAX_INLINE_DEFAULT = 48;

/**
 * Renders the key reference of docs/configuration.md from the schema: one table per area
 * with each key's default, meaning and implementing capability, then long defaults in full.
 */
export function renderConfigReference(): string {
  const byArea = new Map<string, ConfigKeyInfo[]>();
  for (const entry of listConfigKeys()) {
    byArea.set(entry.area, [...(byArea.get(entry.area) ?? []), entry]);
  }
  const sections = [...byArea].map(([area, entries]) => renderArea(area, entries));
  return [REFERENCE_BEGIN, '', ...sections, REFERENCE_END].join('\n');
}

function renderArea(area: string, entries: readonly ConfigKeyInfo[]): string {
  const rows = entries.map(
    (entry) =>
      `| \`${entry.key}\` | ${renderDefault(entry)} | ${escapeCell(meaningOf(entry.description))} | ${entry.capability ?? ''} |`,
  );
  const longDefaults = entries
    .filter((entry) => isLong(entry.defaultValue))
    .map(
      (entry) =>
        `Default of \`${entry.key}\`:\n\n\`\`\`json\n${JSON.stringify(entry.defaultValue, null, 2)}\n\`\`\`\n`,
    );
  return [
    `### ${area}`,
    '',
    '| Key | Default | Meaning | Implemented by |',
    '| --- | --- | --- | --- |',
    ...rows,
    '',
    ...longDefaults,
  ].join('\n');
}

function renderDefault(entry: ConfigKeyInfo): string {
  if (isLong(entry.defaultValue)) return 'see below';
  return `\`${escapeCell(JSON.stringify(entry.defaultValue))}\``;
}

function isLong(value: unknown): boolean {
  return JSON.stringify(value).length > MAX_INLINE_DEFAULT;
}

function escapeCell(text: string): string {
  return text
    .replaceAll('|', '\\|')
    .replaceAll('*', '\\*')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;');
}
