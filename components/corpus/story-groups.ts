// "Group by story" on the corpus page: a deliberately simple grouping, not the engine's story
// gate (which compares a page's sentences with a document and would be N² over the corpus).
// Each document is a term vector (frequent in it, weighted down when common across the corpus,
// beat-wide words left out); two documents whose vectors are close enough are put in the same
// group, transitively. It is a reading aid for browsing, and the page says so.

/** Function words and newsroom filler; they say nothing about which story a text tells. */
const STOP = new Set(
  (
    'about above after again against also although among another because been before being below between both ' +
    'cannot could does doing down during each even every from further have having here however into itself just ' +
    'last later least less like made make many more most much must near need never next none once only other ' +
    'ours over same says said saying should since some still such than that their theirs them then there these ' +
    'they this those though through told under until upon very want were what when where whether which while ' +
    'will with within without would year years your week weeks month months today tuesday monday wednesday ' +
    'thursday friday saturday sunday according people officials official report reported reports told added ' +
    'news also first time times part percent world government president minister country countries state states ' +
    'well including include includes into onto back take took taken give given come came going make makes ' +
    'around across ahead already amid asked because being could across able http https www'
  ).split(/\s+/),
);

/**
 * Words of a whole news beat (US–China, trade, politics) rather than of one story: kept out of
 * the salient words, the same idea as the engine's GENERIC_NEWS_TERMS. Without this, two
 * articles on different trade stories share "china trump trade tariff talk" and are grouped.
 */
const GENERIC = new Set(
  (
    'china chinese beijing trump washington america american united usa trade tariff talk talks ' +
    'administration economy economic export import good goods deal market company companies source ' +
    'global country nation national leader policy security public international pressure official ' +
    'biden white house federal foreign spokesman spokeswoman statement week'
  ).split(/\s+/),
);

/**
 * Salient words per document, used to find candidate pairs in a large corpus and to label a
 * group: 30 covers a story's subjects (people, places, things, acts) with room for wording.
 */
export const SALIENT_WORDS = 30;
/**
 * Up to this many documents every pair is compared (exact; at most ~45,000 sparse dot products).
 * Above it only pairs sharing a salient word are (an inverted index): all pairs of 10,000
 * documents would be 50 million dot products, minutes of a frozen page.
 */
export const ALL_PAIRS_UP_TO = 300;
/**
 * Above ALL_PAIRS_UP_TO, a salient word found in more than this share of the documents (and in
 * more than MIN_POSTING) is not used to find candidate pairs: it is a word of the whole corpus
 * rather than of one story, and its posting list alone would bring back all pairs.
 */
export const MAX_POSTING_SHARE = 0.05;
export const MIN_POSTING = 100;
/**
 * Cosine of two documents' term vectors at or above which they tell the same story. Measured on
 * the seeds (one story) against tests/fixtures/unrelated (same beat, other stories): seed pairs
 * 0.087–0.164 (all but one ≥ 0.117, and that pair is joined through the others), seed–other
 * pairs ≤ 0.101. The margin is thin; this is a browsing aid and the page labels it as such.
 */
export const SAME_STORY_COSINE = 0.11;

function words(text: string): string[] {
  const out: string[] = [];
  for (const m of text.toLowerCase().matchAll(/\p{L}[\p{L}'’-]*/gu)) {
    let w = m[0].replace(/['’]s$/, '');
    if (w.length < 4 || STOP.has(w)) continue;
    // Crude plural folding so "tariff" and "tariffs" count together.
    if (w.length > 4 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
    if (!GENERIC.has(w)) out.push(w);
  }
  return out;
}

export interface GroupInput {
  id: string;
  text: string;
}

export interface StoryGroup {
  ids: string[];
  /** The words the group's documents share most, for its label. */
  words: string[];
}

export interface GroupStats {
  /** Pairs whose cosine was computed (incremented; pass `{ comparisons: 0 }`). */
  comparisons: number;
}

/**
 * Groups documents by shared salient words. Singletons are groups of one. Largest groups first.
 * `stats` counts the work done (tests use it to check that a large corpus is not compared all
 * against all).
 */
export function groupByStory(docs: readonly GroupInput[], stats?: GroupStats): StoryGroup[] {
  const tfs = docs.map((d) => {
    const tf = new Map<string, number>();
    for (const w of words(d.text)) tf.set(w, (tf.get(w) ?? 0) + 1);
    return tf;
  });
  const df = new Map<string, number>();
  for (const tf of tfs) for (const w of tf.keys()) df.set(w, (df.get(w) ?? 0) + 1);
  const n = docs.length;
  // Smoothed IDF that never reaches zero: in a small corpus on one story the story's own words
  // are in every document and must still count.
  const idf = (w: string) => 1 + Math.log((n + 1) / (df.get(w) ?? 1));
  // Unit-length term vectors, (1 + log tf) × idf.
  const vectors = tfs.map((tf) => {
    const v = new Map<string, number>();
    let norm = 0;
    for (const [w, f] of tf) {
      const x = (1 + Math.log(f)) * idf(w);
      v.set(w, x);
      norm += x * x;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [w, x] of v) v.set(w, x / norm);
    return v;
  });
  const salient = vectors.map((v) =>
    [...v.entries()]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, SALIENT_WORDS)
      .map(([w]) => w),
  );
  const cosine = (a: Map<string, number>, b: Map<string, number>) => {
    const [small, large] = a.size < b.size ? [a, b] : [b, a];
    let dot = 0;
    for (const [w, x] of small) dot += x * (large.get(w) ?? 0);
    return dot;
  };

  // Union-find over documents. A pair already in one group is not compared again (grouping is
  // transitive, so that changes nothing but the work).
  const parent = docs.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const compare = (i: number, j: number) => {
    if (find(i) === find(j)) return;
    if (stats) stats.comparisons++;
    if (cosine(vectors[i], vectors[j]) >= SAME_STORY_COSINE) parent[find(j)] = find(i);
  };
  if (n <= ALL_PAIRS_UP_TO) {
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) compare(i, j);
  } else {
    // Inverted index: only pairs sharing a salient word of at most `maxPosting` documents.
    const byWord = new Map<string, number[]>();
    salient.forEach((ws, i) => ws.forEach((w) => (byWord.get(w) ?? byWord.set(w, []).get(w)!).push(i)));
    const maxPosting = Math.max(MIN_POSTING, Math.ceil(n * MAX_POSTING_SHARE));
    const seenBy = new Int32Array(n).fill(-1); // seenBy[j] === i: pair (i, j) already considered
    salient.forEach((ws, i) => {
      for (const w of ws) {
        const posting = byWord.get(w)!;
        if (posting.length > maxPosting) continue;
        for (const j of posting) {
          if (j <= i || seenBy[j] === i) continue;
          seenBy[j] = i;
          compare(i, j);
        }
      }
    });
  }

  const groups = new Map<number, number[]>();
  docs.forEach((_, i) => (groups.get(find(i)) ?? groups.set(find(i), []).get(find(i))!).push(i));
  return [...groups.values()]
    .map((members) => {
      const count = new Map<string, number>();
      for (const i of members) for (const w of salient[i]) count.set(w, (count.get(w) ?? 0) + 1);
      const top = [...count.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 4).map(([w]) => w);
      return { ids: members.map((i) => docs[i].id), words: top };
    })
    .sort((a, b) => b.ids.length - a.ids.length || (a.ids[0] < b.ids[0] ? -1 : 1));
}
