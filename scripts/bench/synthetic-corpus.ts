// Deterministic synthetic news corpus for the benchmark.
//
// Pure: the same options (size, seed, seed documents) give the same corpus, byte for byte, on
// any machine; nothing touches the disk or the clock. Made of:
// - the seed documents, unchanged, with their own ids;
// - fixed copies of the seeds that any large news corpus holds: syndicated reprints of two of
//   them and edited near-duplicates of two (one of them the benchmark's query page);
// - "topic" articles: our own articles on the seeds' story (0.4% of the corpus, at least 4 and
//   at most 40), which a story gate should let through;
// - everyday articles from thirty unrelated stories (scripts/bench/stories.ts), 15–40 sentences
//   each, sentences of roughly 8–45 words from templates with slot fillers;
// - near-duplicates (~8%: an earlier article with word swaps, a changed number, a dropped and an
//   added sentence) and syndicated copies (~6%: the same text under another outlet, with a
//   dateline and a credit line).
import type { CorpusDoc } from '../../utils/engine/types';
import { EDITS, GENERIC, OPENERS, SHARED_POOLS, STORIES, TAILS, TOPIC_STORY, type Story } from './stories';

/** mulberry32: a tiny, fast 32-bit PRNG; returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type DocKind = 'seed' | 'seed-copy' | 'topic' | 'article' | 'near-duplicate' | 'syndicated';

export interface DocInfo {
  id: string;
  kind: DocKind;
  /** Story key (for seeds and their copies: the topic story's key). */
  story: string;
  /** For near-duplicates and syndicated copies: the id of the original. */
  of?: string;
}

export interface SyntheticCorpus {
  docs: CorpusDoc[];
  /** Parallel to `docs`. */
  info: DocInfo[];
}

export interface CorpusOptions {
  /** Total number of documents, seeds included. */
  size: number;
  /** The seed documents to include (loadSeedDocs()). */
  seeds: CorpusDoc[];
  seed?: number;
  nearDuplicateRate?: number;
  syndicationRate?: number;
  /** Number of our own articles on the seeds' story; default 0.4% of size, clamped to [4, 40]. */
  topicArticles?: number;
}

export const DEFAULT_SEED = 0x5eed2025;

type Rng = () => number;
const int = (rng: Rng, lo: number, hi: number) => lo + Math.floor(rng() * (hi - lo + 1));
const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)];

/** Per-article slot state: pool values stay fixed within one article. */
class Filler {
  private chosen = new Map<string, string[]>();
  private people: { full: string; last: string }[] = [];
  constructor(private rng: Rng, private story: Story) {
    const lasts = new Set<string>();
    while (this.people.length < 3) {
      const last = pick(rng, SHARED_POOLS.last);
      if (lasts.has(last)) continue;
      lasts.add(last);
      this.people.push({ full: `${pick(rng, SHARED_POOLS.first)} ${last}`, last });
    }
  }

  private pool(base: string, index: number): string {
    let got = this.chosen.get(base);
    if (!got) {
      const values = this.story.pools?.[base] ?? SHARED_POOLS[base];
      if (!values) throw new Error(`no pool for slot {${base}} in story ${this.story.key}`);
      // Up to three distinct values, in a random order.
      const order = values.map((v, i) => [this.rng(), i] as const).sort((x, y) => x[0] - y[0]);
      got = order.slice(0, 3).map(([, i]) => values[i]);
      this.chosen.set(base, got);
    }
    return got[Math.min(index, got.length - 1)];
  }

  fill(template: string): string {
    return template.replace(/\{([a-zA-Z]+)(\d?)(?::(\d+)-(\d+))?\}/g, (_m, name: string, digit: string, lo?: string, hi?: string) => {
      if (lo !== undefined && hi !== undefined) {
        if (name === 'n') return String(int(this.rng, +lo, +hi));
        if (name === 'd') return (int(this.rng, +lo * 10, +hi * 10) / 10).toFixed(1);
      }
      if (name === 'P' || name === 'S') {
        const p = this.people[Math.max(0, (+digit || 1) - 1)];
        return name === 'P' ? p.full : p.last;
      }
      return this.pool(name, digit ? +digit - 1 : 0);
    });
  }
}

/** Sentence-initial words that are not names, so may be lower-cased after an opener. */
const LOWERABLE = new Set(
  ('The A An It Its This These Several Some More Many Most Two Hundreds Thousands Dozens Residents ' +
   'Farmers Officials Analysts Investors Critics Supporters Schools Stocks Oil Temperatures Tickets ' +
   'Rents Revenue Shares Enrollment Emergency Hospitals Health Doctors Children Parents Teachers ' +
   'Customers Regulators Security Trading Trains Transport Construction Commuter Airlines Thousands ' +
   'Insurance Forecasters Electricity Utility Rainfall Reservoir Households Exports Prices Energy ' +
   'Inventories Demand Benchmark Mortgage Policymakers Medical Several Organisers Smoke Fire Strong ' +
   'Markets Fentanyl People Analysts Voters Election Neighbors Students Library Fans League ' +
   'Founder Investors Environmental Local Early Attendance Critics Curator Mission Scientists').split(' '),
);

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** One sentence: a core template, sometimes wrapped in an opener and a tail. */
function sentence(rng: Rng, f: Filler, core: string): string {
  let body = f.fill(core);
  const quoted = /^[“"]/.test(body) || /[”"]\.?$/.test(body);
  if (!quoted && rng() < 0.45) {
    const tail = f.fill(pick(rng, TAILS));
    if (tail && body.endsWith('.')) body = body.slice(0, -1) + tail + '.';
  }
  if (!quoted && rng() < 0.4) {
    const opener = f.fill(pick(rng, OPENERS));
    if (opener) {
      const first = /^\p{L}+/u.exec(body)?.[0] ?? '';
      body = opener + (LOWERABLE.has(first) ? body.charAt(0).toLowerCase() + body.slice(1) : body);
    }
  }
  return capitalise(body);
}

interface Draft {
  headline: string;
  paragraphs: string[][];
}

function writeArticle(rng: Rng, story: Story): Draft {
  const f = new Filler(rng, story);
  const n = int(rng, 15, 40);
  const sentences: string[] = [];
  // Cores in a shuffled order, cycling when the article is longer than the story's cores;
  // about a quarter generic sentences in between.
  const order = story.core.map((c) => [rng(), c] as const).sort((a, b) => a[0] - b[0]).map(([, c]) => c);
  let k = 0;
  while (sentences.length < n) {
    if (sentences.length > 0 && rng() < 0.28) sentences.push(sentence(rng, f, pick(rng, GENERIC)));
    else sentences.push(sentence(rng, f, order[k++ % order.length]));
  }
  const paragraphs: string[][] = [];
  for (let i = 0; i < sentences.length; ) {
    const len = int(rng, 1, 4);
    paragraphs.push(sentences.slice(i, i + len));
    i += len;
  }
  return { headline: capitalise(f.fill(pick(rng, story.headlines))), paragraphs };
}

/** An edited version of a draft: word swaps, a changed number, a sentence dropped and one added. */
function nearDuplicate(rng: Rng, d: Draft, story: Story): Draft {
  const f = new Filler(rng, story);
  const paragraphs = d.paragraphs.map((p) => p.slice());
  const total = paragraphs.reduce((s, p) => s + p.length, 0);
  const edits = Math.max(2, Math.round(total * 0.12));
  for (let e = 0; e < edits; e++) {
    const p = paragraphs[int(rng, 0, paragraphs.length - 1)];
    const i = int(rng, 0, p.length - 1);
    const [re, to] = pick(rng, EDITS);
    const swapped = p[i].replace(re, to);
    p[i] = swapped !== p[i] ? swapped : p[i].replace(/\d+/, (x) => String(Number(x) + int(rng, 1, 9)));
  }
  const victim = paragraphs[int(rng, 0, paragraphs.length - 1)];
  if (victim.length > 1) victim.splice(int(rng, 0, victim.length - 1), 1);
  paragraphs[int(rng, 0, paragraphs.length - 1)].push(sentence(rng, f, pick(rng, GENERIC)));
  const headline = rng() < 0.5 ? d.headline : capitalise(f.fill(pick(rng, story.headlines)));
  return { headline, paragraphs: paragraphs.filter((p) => p.length > 0) };
}

function syndicate(rng: Rng, d: Draft, origin: string): Draft {
  const dateline = `${pick(rng, SHARED_POOLS.city).toUpperCase()} (${origin}) — `;
  const paragraphs = d.paragraphs.map((p) => p.slice());
  paragraphs[0] = [dateline + paragraphs[0][0], ...paragraphs[0].slice(1)];
  paragraphs.push([`This article was originally published by ${origin}.`]);
  return { headline: d.headline, paragraphs };
}

/** Splits a seed document into a draft (lines as paragraphs, each one sentence block). */
function draftOf(doc: CorpusDoc): Draft {
  const lines = doc.text.split('\n').filter((l) => l.trim());
  return { headline: lines[0] ?? doc.headline, paragraphs: lines.slice(1).map((l) => [l]) };
}

const textOf = (d: Draft) => [d.headline, ...d.paragraphs.map((p) => p.join(' '))].join('\n');

function isoDate(rng: Rng): string {
  const m = int(rng, 1, 12);
  const day = int(rng, 1, 28);
  return `2025-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function generateCorpus(opts: CorpusOptions): SyntheticCorpus {
  const { size, seeds } = opts;
  if (!Number.isInteger(size) || size < seeds.length) throw new Error(`size must be an integer ≥ ${seeds.length}`);
  const rng = mulberry32(opts.seed ?? DEFAULT_SEED);
  const nearRate = opts.nearDuplicateRate ?? 0.08;
  const syndRate = opts.syndicationRate ?? 0.06;
  const topicTarget = opts.topicArticles ?? Math.min(40, Math.max(4, Math.round(size * 0.004)));

  const docs: CorpusDoc[] = [];
  const info: DocInfo[] = [];
  const drafts: { draft: Draft; story: Story; id: string; outlet: string }[] = [];
  const push = (doc: CorpusDoc, i: DocInfo) => {
    docs.push(doc);
    info.push(i);
  };

  for (const s of seeds) push(s, { id: s.id, kind: 'seed', story: TOPIC_STORY.key });
  // Fixed copies of the seeds: syndicated reprints of the 2nd and 5th, edited versions of the
  // 1st and 4th; only when the corpus is large enough to hold them besides some articles.
  if (size >= seeds.length * 4 && seeds.length >= 5) {
    const plan: [number, 'syndicated' | 'near-duplicate'][] = [[1, 'syndicated'], [4, 'syndicated'], [0, 'near-duplicate'], [3, 'near-duplicate']];
    for (const [i, how] of plan) {
      const s = seeds[i];
      const outlet = pick(rng, SHARED_POOLS.outlet);
      const draft = how === 'syndicated' ? syndicate(rng, draftOf(s), s.outlet) : nearDuplicate(rng, draftOf(s), TOPIC_STORY);
      const id = `syn-${String(docs.length).padStart(6, '0')}`;
      push(
        { id, outlet, outletNamed: true, headline: draft.headline, date: isoDate(rng), lang: 'en', text: textOf(draft) },
        { id, kind: 'seed-copy', story: TOPIC_STORY.key, of: s.id },
      );
    }
  }

  let topicLeft = Math.min(topicTarget, size - docs.length);
  while (docs.length < size) {
    const id = `syn-${String(docs.length).padStart(6, '0')}`;
    const outlet = pick(rng, SHARED_POOLS.outlet);
    const r = rng();
    let draft: Draft;
    let story: Story;
    let dinfo: DocInfo;
    const remaining = size - docs.length;
    if (topicLeft > 0 && rng() * remaining < topicLeft) {
      // Selection sampling: exactly `topicTarget` topic articles, spread uniformly.
      story = TOPIC_STORY;
      draft = writeArticle(rng, story);
      dinfo = { id, kind: 'topic', story: story.key };
      topicLeft--;
    } else if (drafts.length > 0 && r < nearRate) {
      const src = pick(rng, drafts);
      story = src.story;
      draft = nearDuplicate(rng, src.draft, story);
      dinfo = { id, kind: 'near-duplicate', story: story.key, of: src.id };
    } else if (drafts.length > 0 && r < nearRate + syndRate) {
      const src = pick(rng, drafts);
      story = src.story;
      draft = syndicate(rng, src.draft, src.outlet);
      dinfo = { id, kind: 'syndicated', story: story.key, of: src.id };
    } else {
      story = pick(rng, STORIES);
      draft = writeArticle(rng, story);
      dinfo = { id, kind: 'article', story: story.key };
    }
    if (dinfo.kind === 'article' || dinfo.kind === 'topic') drafts.push({ draft, story, id, outlet });
    push({ id, outlet, outletNamed: true, headline: draft.headline, date: isoDate(rng), lang: 'en', text: textOf(draft) }, dinfo);
  }
  return { docs, info };
}
