// Property-based fuzzing of the segmenter and the engine with random and adversarial text:
// no exception, offsets that always map back to the input, and a time bound per input that is
// generous (it catches runaway regexes and quadratic blow-ups, not small slowdowns; speed is
// measured by `npm run bench`, never asserted here).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CorpusIndex, analyzePage, splitSentences, wordDiff } from '../../utils/engine';
import { loadSeedDocs } from '../../utils/corpus/seeds-node';

const SEED_TEXT = loadSeedDocs().map((d) => d.text).join('\n');

/** Pieces that stress the segmenter and the number parser. */
const NASTY = [
  'U.S.', 'Mr.', 'Sen.', 'Jr.', 'J.', '...', '…', '.', '!', '?', '“', '”', '"', "'", '’', '(', ')', '\n', '\r\n', '\t',
  ' ', '  ', '145%', '$46 billion', '10 per cent', '1,000,000', '3.5', 'twice', 'nearly', '-', '—', '\u0000', '\u200b',
  '\u202e', '\ud83d\ude00', '\ud83d', 'é', 'e\u0301', '中国', 'العربية', '<script>alert(1)</script>', '</style>',
  'javascript:', '&amp;', '0', '9999999999999999999999', 'NaN', 'Infinity', 'percent', 'tariffs', 'fentanyl',
];

const nastyText = fc
  .tuple(
    fc.array(fc.oneof(fc.constantFrom(...NASTY), fc.string({ maxLength: 12 }), fc.string({ unit: 'grapheme', maxLength: 8 })), {
      maxLength: 200,
    }),
    fc.constantFrom('', ' '),
  )
  .map(([parts, glue]) => parts.join(glue));

/** Slices of the seeds, shuffled and mutated: text that looks like news and reaches the matcher. */
const newsLikeText = fc
  .tuple(fc.nat(SEED_TEXT.length), fc.nat(3000), fc.array(fc.constantFrom(...NASTY), { maxLength: 20 }))
  .map(([at, len, junk]) => SEED_TEXT.slice(at, at + len) + ' ' + junk.join(' '));

const anyText = fc.oneof(nastyText, newsLikeText, fc.string({ unit: 'binary', maxLength: 400 }));

function checkSentences(text: string) {
  const sentences = splitSentences(text);
  let last = 0;
  for (const s of sentences) {
    expect(s.start).toBeGreaterThanOrEqual(last);
    expect(s.end).toBeGreaterThan(s.start);
    expect(s.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(s.start, s.end)).toBe(s.text);
    last = s.end;
  }
}

describe('fuzz: segmenter', () => {
  it('returns ordered, non-overlapping sentences whose offsets map back to the input', () => {
    fc.assert(fc.property(anyText, checkSentences), { numRuns: 400 });
  });

  it.each([
    ['one huge sentence without punctuation', 'word '.repeat(200_000)],
    ['only periods', '.'.repeat(100_000)],
    ['only numbers', '1234567890 '.repeat(20_000)],
    ['abbreviations without end', 'U.S. Mr. Sen. '.repeat(20_000)],
    ['one line of quotes', '“a,” “b.” '.repeat(20_000)],
  ])('survives %s in bounded time', (_name, text) => {
    const t0 = performance.now();
    checkSentences(text);
    expect(performance.now() - t0).toBeLessThan(10_000);
  });
});

describe('fuzz: engine', () => {
  const index = new CorpusIndex();
  for (const doc of loadSeedDocs()) index.add(doc);

  it('analyses any text without throwing, with claims that map back to the page', () => {
    fc.assert(
      fc.property(anyText, fc.string({ maxLength: 80 }), (text, title) => {
        const report = analyzePage({ title, text }, index);
        for (const c of report.claims) {
          expect(text.slice(c.start, c.end)).toBe(c.text);
          for (const m of c.matches) expect(['agree', 'adds', 'contradicts']).toContain(m.relation);
        }
        JSON.stringify(report); // serialisable: no cycles, no BigInt
      }),
      { numRuns: 150 },
    );
  });

  it('keeps a page with one enormous unpunctuated sentence within a time bound', () => {
    const text = SEED_TEXT.replace(/[.!?]/g, '').slice(0, 20_000).repeat(5);
    const t0 = performance.now();
    analyzePage({ title: 'x', text }, index);
    expect(performance.now() - t0).toBeLessThan(20_000);
  });

  it('diffs any two strings into parts that rebuild both', () => {
    fc.assert(
      fc.property(anyText, anyText, (a, b) => {
        const parts = wordDiff(a, b);
        expect(parts.filter((p) => p.op !== 1).map((p) => p.text).join('')).toBe(a);
        expect(parts.filter((p) => p.op !== -1).map((p) => p.text).join('')).toBe(b);
      }),
      { numRuns: 200 },
    );
  });
});
