// Hostile text against the engine: words named like Object.prototype's members, huge tokens and
// pages, text with no words at all, invisible and broken characters, numbers past a double's range
// and impossible dates, alone and combined. Deterministic (a seeded generator, text written for
// this test, no network) and fast: what it checks is that the engine never throws and that what
// it reports is well formed, not how it matches (the eval does that).
//
// For every input: no throw; each claim's offsets slice the page text exactly; every number in
// the report is finite and survives a JSON round trip unchanged; every source the report names
// is a document of the library.
import { describe, expect, it } from 'vitest';
import { analyzePage, CorpusIndex } from '../../utils/engine';
import { sentenceFeatures } from '../../utils/engine/text/features';
import type { CorpusDoc, Report } from '../../utils/engine/types';
import { loadSeedDocs } from '../../utils/corpus/seeds-node';
import { mulberry32 } from '../../scripts/bench/synthetic-corpus';

/** A seeded generator (the bench's own), so a failure replays exactly. */
const seeded = mulberry32;

/** Every name Object.prototype has (constructor, __proto__, toString, valueOf, hasOwnProperty…). */
const MEMBERS = Object.getOwnPropertyNames(Object.prototype);
const capitalised = (w: string) => w.replace(/^_*./, (c) => c.toUpperCase());
/** Each member name as a word, capitalised, plural, possessive, upper case. */
const MEMBER_WORDS = MEMBERS.flatMap((m) => [m, capitalised(m), `${m}s`, `${m}'s`, `${m}’s`, m.toUpperCase()]);

/** Pieces a hostile page is built from (besides the member words). */
const PIECES = [
  '1e309', '-1e309', 'NaN', '-0', '+0', '0.0', '9999999999999999999999', '1,2,3,4,5,6', '1.2.3.4', '00000000000000000007',
  '31/02/2025', '2025-02-31', '32 January 2025', 'February 30', '0x1F', '½', '٣', '१२३', '$1e309', '1e309%', '-NaN',
  'Infinity', '-Infinity', '9'.repeat(400), '0.'.padEnd(350, '0') + '1', '10^309', '1,000,000,000,000,000,000,000,000',
  '\u0000', '\u200b', '\u200d', '\u200e', '\u200f', '\u202e', '\u2066', '\ufeff', '\ud800', '\udfff', '\udfff\ud800',
  '👨‍👩‍👧', '🇫🇷', '🏳️‍🌈', 'e\u0301', 'ﬁ', 'İ', 'ß', 'ǅ', 'שלום', 'مرحبا', '中国', '\u0301\u0301\u0301',
  '"', '“', '”', "'", '‘', '’', '«', '»', '(', ')', '[', ']', '...', '…', '.', '!', '?', ';', ':', ',', '—', '-', '/',
  '\n', '\r', '\r\n', '\t', '\u2028', '\u2029', ' ', '  ',
  'Mr.', 'U.S.', 'the', 'said', 'killed', 'people', 'percent', 'tariffs', 'fined', 'Monday', 'in', 'of', 'not', 'never',
];

const ORDINARY = [
  'The council said 12 people were hurt in the fire on Monday.',
  'Officials fined the company $40,000 for the delay, the ministry said.',
  'She said the talks in Geneva would not resume before March.',
  'About 300 workers were evacuated from the plant, police said.',
];

/** A library written for this test: ordinary reports, and reports whose words and outlets are member names. */
function library(): { index: CorpusIndex; ids: Set<string> } {
  const docs: CorpusDoc[] = [];
  const add = (id: string, outlet: string, text: string) =>
    docs.push({ id, outlet, outletNamed: true, headline: text.split('\n')[0], date: '2026-03-02', lang: 'en', text });
  add('wire-a', 'Wire A', `Harbour fire\n${ORDINARY.join(' ')}\nThe constructor said 12 workers were hurt near toString Bay.`);
  add('wire-b', 'Wire B', `Fire at the harbour\nThe council said 14 people were hurt in the fire on Monday. Officials fined the company $40,000.\nThe valueOf team said the hasOwnProperty rule was never applied.`);
  // Ids and outlets named like members: a table keyed by either must not find Object's.
  for (const m of ['constructor', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', 'propertyIsEnumerable', 'toLocaleString', 'prototype']) {
    add(m, m, `${capitalised(m)} report\nThe ${m} said 12 people were hurt in the fire on Monday at ${capitalised(m)} Bay. ${ORDINARY[1].replace('company', m)}`);
  }
  add('proto-outlet', '__proto__', `Fire report\nThe __proto__ said 13 people were hurt in the fire on Monday. __proto__ __proto__ constructor.`);
  const index = new CorpusIndex();
  for (const d of docs) index.add(d);
  return { index, ids: new Set(docs.map((d) => d.id)) };
}

/** Every number anywhere in `v`, with its path, that is not finite. */
function badNumbers(v: unknown, path = 'report', out: string[] = []): string[] {
  if (typeof v === 'number') {
    if (!Number.isFinite(v) || Object.is(v, -0)) out.push(`${path} = ${Object.is(v, -0) ? '-0' : v}`);
  } else if (Array.isArray(v)) v.forEach((x, i) => badNumbers(x, `${path}[${i}]`, out));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) badNumbers(x, `${path}.${k}`, out);
  return out;
}

/** Every corpus id the report names. */
function namedSources(r: Report): string[] {
  return [
    ...r.coverage.flatMap((d) => [d.source, ...(d.copies ?? []).map((c) => c.source)]),
    ...r.claims.flatMap((c) => c.matches.map((m) => m.source)),
    ...r.additions.flatMap((a) => [a.source, ...a.alsoReportedBy.map((b) => b.source)]),
    ...r.quotes.map((q) => q.source),
    ...r.figures.flatMap((f) => f.others.map((o) => o.source)),
    ...r.facts.flatMap((f) => [...f.members.map((m) => m.source), ...f.values.flatMap((v) => v.sources)]),
    ...(r.self ? [r.self] : []),
  ];
}

function checkReport(text: string, report: Report, ids: Set<string>): void {
  for (const c of report.claims) {
    expect(c.start).toBeGreaterThanOrEqual(0);
    expect(c.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(c.start, c.end)).toBe(c.text);
  }
  expect(badNumbers(report)).toEqual([]);
  expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  expect(namedSources(report).filter((s) => !ids.has(s))).toEqual([]);
}

function checkFeatures(text: string): void {
  const f = sentenceFeatures({ start: 0, end: text.length, text });
  expect(f.terms.every((t) => typeof t === 'string')).toBe(true);
  expect(f.seq.every(([k, tok]) => typeof k === 'string' && Number.isInteger(tok))).toBe(true);
  expect(badNumbers(f, 'features')).toEqual([]);
}

/** A hostile sentence: `n` pieces drawn from the member words, the pieces above and ordinary words. */
function hostileSentence(rand: () => number, n: number): string {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
  const parts: string[] = [];
  for (let i = 0; i < n; i++) {
    const r = rand();
    parts.push(r < 0.35 ? pick(MEMBER_WORDS) : r < 0.8 ? pick(PIECES) : pick(ORDINARY));
  }
  return parts.join(rand() < 0.8 ? ' ' : '');
}

describe('hostile text: sentence features', () => {
  it('reads every Object.prototype member name, in every form, as a word', () => {
    for (const w of MEMBER_WORDS) {
      checkFeatures(`The ${w} said 12 ${w} were built near ${w} Bay on ${w} 4.`);
      checkFeatures(`"${w}," said ${w}. ${w} ${w} ${w}!`);
    }
  });

  it('reads numbers past a double and impossible dates as finite values or none', () => {
    for (const p of PIECES) {
      checkFeatures(`The toll rose to ${p} people on ${p}, officials said.`);
      checkFeatures(`${p} ${p} ${p}`);
    }
  });

  it('survives 2,000 random hostile sentences', () => {
    const rand = seeded(20260306);
    for (let i = 0; i < 2000; i++) checkFeatures(hostileSentence(rand, 1 + Math.floor(rand() * 30)));
  });
});

describe('hostile text: a page against a library', () => {
  const { index, ids } = library();
  const analyse = (text: string, title = 'Harbour fire') => {
    const report = analyzePage({ title, text }, index);
    checkReport(text, report, ids);
    return report;
  };

  it('matches an ordinary page whose words and library are named like Object.prototype members', () => {
    const report = analyse(`Harbour fire\n${ORDINARY.join(' ')}`);
    // The library's member-named outlets report the same fire: the page is compared with them.
    const hurt = report.claims.find((c) => c.text.includes('12 people were hurt'))!;
    expect(hurt.matches.length).toBeGreaterThan(0);
  });

  it('analyses a page of member words in every form', () => {
    for (const w of MEMBER_WORDS) analyse(`${w} fire\nThe ${w} said 12 people were hurt in the fire on Monday. ${w} ${w}'s ${w}s.`, w);
  });

  it.each([
    ['one 100,000-character token', 'x'.repeat(100_000)],
    ['one 100,000-digit number', '7'.repeat(100_000)],
    ['a 100,000-character member-word token', 'constructor'.repeat(9091)],
    ['only punctuation', '.,;:!?"“”()[]—…'.repeat(2000)],
    ['only digits', '0123456789 '.repeat(5000)],
    ['only emoji', '👨‍👩‍👧🇫🇷🏳️‍🌈😀 '.repeat(3000)],
    ['lone surrogates', 'The fire \ud800 killed \udfff 12 people. \ud800\ud800 said.'.repeat(200)],
    ['NUL characters', 'The\u0000fire killed 12\u0000people.\u0000\u0000 '.repeat(500)],
    ['RTL marks and overrides', '\u202eThe fire killed 12 people.\u202c \u200fשלום 12 \u200e'.repeat(300)],
    ['zero-width joiners inside words', 'The f\u200dire kil\u200bled 1\u200d2 peo\ufeffple on Mon\u200dday. '.repeat(300)],
    ['unbalanced quotes', '"The fire killed 12 people, “officials said. ‘It was "never" '.repeat(300)],
    ['numbers past a double', 'The fire killed 1e309 people and cost $9999999999999999999999. NaN were hurt, -0 missing. '.repeat(100)],
    ['impossible dates', 'The fire on 31/02/2025 killed 12 people. On February 30 and 2025-02-31, 1,2,3,4,5,6 were hurt. '.repeat(100)],
  ])('analyses a page of %s', (_name, text) => {
    analyse(text);
  });

  it('analyses a page of 10,000 sentences', () => {
    const rand = seeded(7);
    const sentences: string[] = [];
    for (let i = 0; i < 10_000; i++) sentences.push(rand() < 0.5 ? ORDINARY[i % ORDINARY.length] : `${hostileSentence(rand, 6)}.`);
    analyse(sentences.join(' '));
    // ~4 s on an idle 2-core machine, 5–7 s beside other jobs: what is checked is the report, not
    // the time (the bench measures speed), so the default 5 s would only fail a busy machine.
  }, 30_000);

  it('analyses 100 random hostile pages', () => {
    const rand = seeded(424242);
    for (let i = 0; i < 100; i++) {
      const sentences: string[] = [];
      const n = 1 + Math.floor(rand() * 12);
      for (let k = 0; k < n; k++) sentences.push(hostileSentence(rand, 1 + Math.floor(rand() * 20)));
      analyse(sentences.join(rand() < 0.5 ? '. ' : '\n'), hostileSentence(rand, 3));
    }
  });

  it('analyses the seeds with hostile words and numbers swapped in, against a library of such copies', () => {
    // The seeds reach every part of the engine (story gate, figures, facts, contradictions); their
    // copies here carry member-named ids and outlets, and words replaced by hostile pieces.
    const rand = seeded(31337);
    const swaps = [...MEMBER_WORDS, ...PIECES.filter((p) => p.trim())];
    const mutate = (text: string, rate: number) =>
      text.replace(/[\p{L}\p{N}][\p{L}\p{N}.,']*/gu, (w) => (rand() < rate ? swaps[Math.floor(rand() * swaps.length)] : w));
    const seeds = loadSeedDocs();
    const lib = new CorpusIndex();
    const libIds = new Set<string>();
    for (const d of seeds) {
      lib.add(d);
      libIds.add(d.id);
    }
    seeds.forEach((d, i) => {
      const m = MEMBERS[i % MEMBERS.length];
      lib.add({ ...d, id: m, outlet: m, headline: mutate(d.headline, 0.2), text: mutate(d.text, 0.08) });
      libIds.add(m);
    });
    let matched = 0;
    for (let k = 0; k < 12; k++) {
      const d = seeds[k % seeds.length];
      const text = mutate(d.text, [0.02, 0.1, 0.3][k % 3]);
      const page = { title: mutate(d.headline, 0.3), text, lang: MEMBERS[k % MEMBERS.length], date: ['31/02/2025', '2025-02-31', 'constructor', '1e309'][k % 4] };
      const report = analyzePage(page, lib);
      checkReport(text, report, libIds);
      matched += report.claims.filter((c) => c.matches.length).length;
    }
    // Lightly changed seeds still match their story: the battery reaches the matcher, not only the gate.
    expect(matched).toBeGreaterThan(0);
  });
});
