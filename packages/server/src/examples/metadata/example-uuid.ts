import { createHash } from 'node:crypto';

/**
 * A stable UUID (version 5 layout, SHA-1 of a fixed namespace and `key`) for an example
 * object, so a chart or dashboard a user renamed is still found and restored by `--force`.
 */
export function exampleUuid(kind: 'dataset' | 'chart' | 'dashboard', key: string): string {
  const hex = createHash('sha1').update(`superset-ts-examples/${kind}/${key}`).digest('hex');
  const variant = ((parseInt(hex.slice(16, 18), 16) & 0x3f) | 0x80).toString(16);
  return [
    hex.slice(0, 8),
    hex.slice(8, 12),
    `5${hex.slice(13, 16)}`,
    `${variant}${hex.slice(18, 20)}`,
    hex.slice(20, 32),
  ].join('-');
}
