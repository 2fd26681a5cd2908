import { describe, expect, it } from 'vitest';
import { analyzePage, CorpusIndex } from '../../../utils/engine';
import { sentenceFeatures } from '../../../utils/engine/text/features';
import { termsOf, tokenize } from '../../../utils/engine/text/normalize';
import type { CorpusDoc } from '../../../utils/engine/types';

// Words that are also the names of Object.prototype's members. "constructor" is ordinary English
// (a Formula One team, a builder); before word tables had no prototype, the stemmer crashed on it
// and an index built from plain objects found a function under that term. Text written for this
// test.
const MEMBER_WORDS = ['constructor', 'constructors', 'Constructor', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', 'prototype', '__proto__', 'propertyIsEnumerable', 'toLocaleString'];

const doc = (id: string, outlet: string, text: string): CorpusDoc => ({ id, outlet, outletNamed: true, headline: text.split('\n')[0], date: '2026-03-02', lang: 'en', text });

describe('words named like Object.prototype members', () => {
  it('are ordinary terms, never a crash', () => {
    for (const w of MEMBER_WORDS) {
      const text = `The ${w} said 12 ${w} were built near ${w} Bay.`;
      expect(termsOf(tokenize(text)).every((t) => typeof t.key === 'string')).toBe(true);
      const f = sentenceFeatures({ start: 0, end: text.length, text });
      expect(f.terms.every((t) => typeof t === 'string')).toBe(true);
      expect(f.quantities.map((q) => q.value)).toEqual([12]);
    }
  });

  it('match like any other word across a page and a library', () => {
    const index = new CorpusIndex();
    index.add(doc('wire-a', 'Wire A', 'Kessel team fined\nThe Kessel constructor was fined $40,000 by race stewards on Sunday for an unsafe pit release.\nIts driver finished fourth in the valueOf-free toString race, officials said.'));
    index.add(doc('wire-b', 'Wire B', 'Stewards punish Kessel\nRace stewards fined the Kessel constructor $40,000 on Sunday over an unsafe pit release.\nThe constructors standings are unchanged, the hasOwnProperty series said.'));
    const page = { title: 'Kessel fined', text: 'Kessel fined after pit error\nThe Kessel constructor was fined $40,000 by the race stewards on Sunday for an unsafe pit release.\nThe team said it would not appeal.' };
    const report = analyzePage(page, index);
    const fined = report.claims.find((c) => c.text.includes('was fined'))!;
    expect(fined.matches.map((m) => m.source).sort()).toEqual(['wire-a', 'wire-b']);
    expect(fined.matches.every((m) => m.relation !== 'contradicts')).toBe(true);
  });
});
