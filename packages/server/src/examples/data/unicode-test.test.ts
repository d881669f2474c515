import { describe, expect, it } from 'vitest';
import { expectCellsMatchSchema, fingerprint, rowsOf } from './test-support/generated-rows.js';
import { UNICODE_TEST_TABLE } from './unicode-test.js';

const rows = rowsOf(UNICODE_TEST_TABLE) as [string, string, Date, number][];

const SCRIPTS: Readonly<Record<string, RegExp>> = {
  Han: /\p{Script=Han}/u,
  Hiragana: /\p{Script=Hiragana}/u,
  Hangul: /\p{Script=Hangul}/u,
  Arabic: /\p{Script=Arabic}/u,
  Hebrew: /\p{Script=Hebrew}/u,
  Devanagari: /\p{Script=Devanagari}/u,
  Thai: /\p{Script=Thai}/u,
  Cyrillic: /\p{Script=Cyrillic}/u,
  Greek: /\p{Script=Greek}/u,
  Georgian: /\p{Script=Georgian}/u,
  Emoji: /\p{Extended_Pictographic}/u,
  AccentedLatin: /[À-ž]/u,
};

describe('unicode_test', () => {
  it('yields the same 1,000+ rows on every run, typed as the schema says', () => {
    expect(rows.length).toBe(UNICODE_TEST_TABLE.rowCount);
    expect(rows.length).toBeGreaterThan(1_000);
    expect(fingerprint(rowsOf(UNICODE_TEST_TABLE))).toBe(fingerprint(rows));
    expectCellsMatchSchema(UNICODE_TEST_TABLE, rows);
    expect(rows.every(([, , , value]) => value >= 1 && value <= 100)).toBe(true);
  });

  it('covers more than eight scripts, each phrase on 30 dates', () => {
    const text = rows.map(([phrase]) => phrase).join(' ');
    const present = Object.entries(SCRIPTS).filter(([, pattern]) => pattern.test(text));
    expect(present.map(([script]) => script)).toEqual(Object.keys(SCRIPTS));
    const phrases = new Set(rows.map(([phrase]) => phrase));
    expect(phrases.size).toBeGreaterThanOrEqual(40);
    for (const phrase of phrases) {
      const dates = rows.filter((row) => row[0] === phrase).map(([, , day]) => day.getTime());
      expect(new Set(dates).size).toBe(30);
    }
    expect(new Set(rows.map(([, language]) => language)).size).toBeGreaterThan(30);
  });
});
