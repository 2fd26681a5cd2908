// The engine's first run in a fresh background (a service worker Chrome stopped when idle) is
// 2–4x its later runs: V8 interprets, then compiles, every function the first time (issue 21,
// docs/bench.md "A cold start, step by step"). A page about to be analysed wakes the background
// (entrypoints/wake.content.ts); while the page loads, this runs the engine on the shipped seeds,
// never page text, in short pieces, so the page's own analysis finds the code compiled. Each
// piece is one `analyzePage` of a few seed sentences against an index of the seeds; between
// pieces it yields, and it stops as soon as `stop()` says a page's analysis needs the thread.
import { analyzePage } from '../engine/analyze';
import { CorpusIndex } from '../engine/index/corpus-index';
import { splitSentences } from '../engine/text/segment';
import type { CorpusDoc } from '../engine/types';

/** Sentences of a seed per piece: a few ms each once compiled, tens of ms the first time. */
export const WARM_UP_SENTENCES = 4;

export interface WarmUpResult {
  pieces: number;
  ms: number;
  /** True when every piece ran; false when `stop()` ended it first. */
  complete: boolean;
}

const yieldToEvents = () => new Promise<void>((r) => setTimeout(r, 0));

/**
 * Runs the engine over `seeds` in pieces until done or `stop()` returns true (checked before
 * every piece). Never throws: a warm-up that fails only leaves the engine cold.
 */
export async function warmUpEngine(seeds: readonly CorpusDoc[], stop: () => boolean): Promise<WarmUpResult> {
  const t0 = performance.now();
  let pieces = 0;
  const done = (complete: boolean): WarmUpResult => ({ pieces, ms: performance.now() - t0, complete });
  try {
    const index = new CorpusIndex();
    for (const doc of seeds) {
      if (stop()) return done(false);
      index.add(doc);
      pieces++;
      await yieldToEvents();
    }
    for (const doc of seeds) {
      const sentences = splitSentences(doc.text);
      for (let i = 0; i < sentences.length; i += WARM_UP_SENTENCES) {
        if (stop()) return done(false);
        const part = sentences.slice(i, i + WARM_UP_SENTENCES);
        const text = doc.text.slice(part[0]!.start, part[part.length - 1]!.end);
        analyzePage({ title: doc.headline, text, }, index);
        pieces++;
        await yieldToEvents();
      }
    }
    return done(true);
  } catch {
    return done(false);
  }
}
