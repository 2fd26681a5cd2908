// "Group by story" with the engine's own judgement (issue 13 item 3). The engine exports no
// story-gate function, so each document is analysed as if it were the page being read
// (analyzePage, through utils/engine/index.ts only) and linked to every document the report
// lists as `coverage` (and their folded `copies`); stories are the connected groups. A document
// already reached by an earlier analysis is not analysed again: one analysis usually reaches its
// whole story, so the cost is about one analyzePage per story plus one per lone article.
import { CorpusIndex, analyzePage, type CorpusDoc } from '../engine';

export interface StoryClusterOptions {
  /** Called after each analysis with (analysed so far, documents in all). */
  onProgress?(done: number, total: number): void;
  /** Awaited between analyses so a page stays responsive (default: a macrotask). */
  pause?(): Promise<void>;
  /** Set to true to stop early (the caller moved on); the partial result is returned. */
  signal?: { aborted: boolean };
}

/** Ids grouped by story, each group in the input's order; lone documents are groups of one. */
export async function clusterStories(docs: readonly CorpusDoc[], opts: StoryClusterOptions = {}): Promise<string[][]> {
  const index = new CorpusIndex();
  for (const d of docs) index.add(d);
  const parent = new Map(docs.map((d) => [d.id, d.id]));
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root)!;
    // Path compression: every node on the way points at the root afterwards.
    for (let x = id; x !== root; ) {
      const next = parent.get(x)!;
      parent.set(x, root);
      x = next;
    }
    return root;
  };
  const union = (a: string, b: string) => {
    if (!parent.has(a) || !parent.has(b)) return;
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent.set(rb, ra);
  };
  const reached = new Set<string>();
  const pause = opts.pause ?? (() => new Promise<void>((r) => setTimeout(r, 0)));
  for (const doc of docs) {
    if (opts.signal?.aborted) break;
    if (reached.has(doc.id)) continue;
    const report = analyzePage({ title: doc.headline, text: doc.text, lang: doc.lang }, index);
    reached.add(doc.id);
    for (const c of report.coverage) {
      for (const id of [c.source, ...(c.copies ?? []).map((x) => x.source)]) {
        union(doc.id, id);
        reached.add(id);
      }
    }
    if (report.self && report.self !== doc.id) union(doc.id, report.self);
    opts.onProgress?.(reached.size, docs.length);
    await pause();
  }
  const groups = new Map<string, string[]>();
  for (const d of docs) {
    const r = find(d.id);
    const g = groups.get(r);
    if (g) g.push(d.id);
    else groups.set(r, [d.id]);
  }
  return [...groups.values()];
}
