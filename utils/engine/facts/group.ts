// Facts: the sentences of one story's documents, across outlets, that report one specific fact.
//
// Two stored sentences are linked when they are close restatements of each other (pair score ≥
// FACT_LINK_SCORE, and not two different events or a wanted act against a stated one); a fact
// is a group of linked sentences holding at most one sentence of each document. A link's pair
// score reads the story's sentence statistics (the `index` given, a `CorpusIndex.story` view),
// so links are computed per story and kept with its facts (report-facts.ts memoises them in the
// view until the corpus changes), never per document pair across stories: links computed with
// another story's statistics made the facts depend on which pages were analysed before, and on
// what the library held then.
import type { CorpusIndex, IndexedDoc } from '../index/corpus-index';
import { StorySentences } from '../index/retrieve';
import { pairScore } from '../index/similarity';
import { distinctEvents, wantedVersusStated } from '../relations/event-frame';

/** One sentence of a stored document. */
export interface FactMemberRef {
  doc: IndexedDoc;
  /** Sentence index in the document. */
  i: number;
}

export interface FactGroup {
  /** Members, at most one per document, in the order of the documents given. */
  members: FactMemberRef[];
}

export interface StoryFacts {
  groups: FactGroup[];
  /** The group of a document's sentence, or -1 when it reports no fact another document reports. */
  groupOf(doc: IndexedDoc, i: number): number;
}

/**
 * A link between two stored sentences needs a pair score of 0.4: well above the bar for a claim
 * and a sentence (0.3, similarity.ts), because links chain: with one sentence per document a
 * fact is at most as wide as the story, but a weak link would still pull a second fact's
 * sentences into the first. At 0.4, sentences share most of their weighted terms.
 */
export const FACT_LINK_SCORE = 0.4;
/** Retrieval depth per sentence when linking two documents: a restatement ranks near the top. */
const LINK_CANDIDATES = 5;

/**
 * The links between the story's sentences (`u`, `v`: positions in the story's numbering, `u` in
 * the document whose id sorts first), with the story's statistics `index`. Each sentence is
 * retrieved from every other document (its LINK_CANDIDATES best there), both ways: a pair is
 * considered when either side ranks the other near its top.
 */
function storyLinks(pool: StorySentences, index: CorpusIndex): { u: number; v: number; score: number }[] {
  const docs = pool.docs;
  const links: { u: number; v: number; score: number }[] = [];
  const considered = new Set<number>();
  const n = pool.offset(docs.length);
  for (let p = 0; p < docs.length; p++) {
    for (let a = 0; a < docs[p].sentenceCount; a++) {
      const { top, count } = pool.topPerDocument(docs[p].sentences[a], p, LINK_CANDIDATES);
      for (let q = 0; q < docs.length; q++) {
        if (q === p) continue;
        // Oriented as before the pool: `x` is the document whose id sorts first.
        const pFirst = docs[p].meta.id < docs[q].meta.id;
        const x = pFirst ? p : q, y = pFirst ? q : p;
        for (let j = 0; j < count[q]; j++) {
          const b = top[q * LINK_CANDIDATES + j];
          const ia = pFirst ? a : b, ib = pFirst ? b : a;
          const u = pool.offset(x) + ia, v = pool.offset(y) + ib;
          const key = u * n + v;
          if (considered.has(key)) continue;
          considered.add(key);
          const sa = docs[x].sentences[ia], sb = docs[y].sentences[ib];
          const score = pairScore(sa, sb, index);
          if (score < FACT_LINK_SCORE) continue;
          if (distinctEvents(sa, sb) || wantedVersusStated(sa, sb)) continue;
          links.push({ u, v, score });
        }
      }
    }
  }
  return links;
}

/**
 * Groups the sentences of a story's documents into facts. Links are taken strongest first; two
 * groups merge on a link unless they would hold two sentences of one document (a fact is
 * reported once per outlet; a second sentence of the same outlet on it is a restatement that
 * its own link decides).
 */
export function storyFacts(docs: readonly IndexedDoc[], index: CorpusIndex): StoryFacts {
  const pool = new StorySentences(docs, index);
  const offset = new Map<IndexedDoc, number>(docs.map((d, k) => [d, pool.offset(k)]));
  const n = pool.offset(docs.length);
  const all = storyLinks(pool, index);
  all.sort((e, f) => f.score - e.score || e.u - f.u || e.v - f.v);
  const docOfNode = new Int32Array(n);
  docs.forEach((d, k) => docOfNode.fill(k, offset.get(d)!, offset.get(d)! + d.sentenceCount));
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const docsOf = new Map<number, Set<number>>();
  /** Roots of groups formed by at least one link. */
  const linked = new Uint8Array(n);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  const setOf = (root: number) => {
    let s = docsOf.get(root);
    if (!s) docsOf.set(root, (s = new Set([docOfNode[root]])));
    return s;
  };
  for (const { u, v } of all) {
    const ru = find(u), rv = find(v);
    if (ru === rv) continue;
    const su = setOf(ru), sv = setOf(rv);
    if ([...sv].some((d) => su.has(d))) continue;
    parent[rv] = ru;
    linked[ru] = 1;
    for (const d of sv) su.add(d);
    docsOf.delete(rv);
  }
  const groupIndex = new Map<number, number>();
  const groups: FactGroup[] = [];
  const groupOfNode = new Int32Array(n).fill(-1);
  for (let node = 0; node < n; node++) {
    const root = find(node);
    if (!linked[root]) continue; // never linked: a sentence no other document restates
    let g = groupIndex.get(root);
    if (g === undefined) {
      groupIndex.set(root, (g = groups.length));
      groups.push({ members: [] });
    }
    groupOfNode[node] = g;
    const doc = docs[docOfNode[node]];
    groups[g].members.push({ doc, i: node - offset.get(doc)! });
  }
  return {
    groups,
    groupOf: (doc, i) => {
      const o = offset.get(doc);
      return o === undefined || i < 0 || i >= doc.sentenceCount ? -1 : groupOfNode[o + i];
    },
  };
}
