import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

import { format, resolveConfig } from 'prettier';
import { describe, expect, it } from 'vitest';

import { listConfigKeys } from '../index.js';
import {
  REFERENCE_BEGIN,
  REFERENCE_END,
  renderConfigReference,
} from './render-config-reference.js';

const DOCS = fileURLToPath(new URL('../../../../../docs/configuration.md', import.meta.url));

async function readGeneratedPart(): Promise<{ docs: string; start: number; end: number }> {
  const docs = await readFile(DOCS, 'utf8');
  const start = docs.indexOf(REFERENCE_BEGIN);
  const end = docs.indexOf(REFERENCE_END);
  expect(start, 'docs/configuration.md lacks the generated-reference markers').toBeGreaterThan(-1);
  expect(end).toBeGreaterThan(start);
  return { docs, start, end: end + REFERENCE_END.length };
}

/** The reference as it reads once Prettier (which formats docs/) has laid it out. */
async function formattedReference(): Promise<string> {
  const options = (await resolveConfig(DOCS)) ?? {};
  return (await format(renderConfigReference(), { ...options, parser: 'markdown' })).trimEnd();
}

describe('docs/configuration.md', () => {
  it('documents every config key', async () => {
    const docs = await readFile(DOCS, 'utf8');
    const missing = listConfigKeys()
      .map((entry) => entry.key)
      .filter((key) => !docs.includes(`\`${key}\``));
    expect(missing).toEqual([]);
  });

  it('holds the reference as generated from the schema (UPDATE_CONFIG_DOCS=1 rewrites it)', async () => {
    const { docs, start, end } = await readGeneratedPart();
    const reference = await formattedReference();
    if (process.env.UPDATE_CONFIG_DOCS === '1') {
      await writeFile(DOCS, `${docs.slice(0, start)}${reference}${docs.slice(end)}`, 'utf8');
    }
    const current = await readGeneratedPart();
    expect(current.docs.slice(current.start, current.end)).toBe(reference);
  });
});
