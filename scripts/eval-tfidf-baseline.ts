// Plain tf-idf as a yardstick for the engine's recall (issue 20, item 3: "recall at least that of
// plain tf-idf on every story at the engine's precision").
//   npm run --silent eval:tfidf            (from the project root, ../shared/eval beside it)
//
// The baseline: every page sentence is compared with every sentence of the story's corpus (the
// seeds, or the set's --corpus folder) by the cosine of their tf-idf vectors over lower-cased
// words with English stop words removed (no stems, concepts, story gate or relation rules), and a
// pair is reported at or above a threshold. Its output goes through the same scorer
// (../shared/eval/score.mjs) as the engine's, at each threshold of a sweep. Printed per story:
// - the engine's alignP / alignR (the CLI, as score-all runs it);
// - the baseline's best recall at a precision at least the engine's (a threshold chosen on the
//   story itself: generous to the baseline);
// - the baseline's F1 at a threshold chosen leave-one-story-out (best mean F1 on the other real
//   stories), which is what an honest tf-idf matcher would reach on an unseen story.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { loadCorpusPath } from '../utils/corpus/corpus-path-node';
import { loadSeedDocs } from '../utils/corpus/seeds-node';
import { parseTxtArticle } from '../utils/corpus/article-text';
import { splitSentences } from '../utils/engine/text/segment';
import { tokenize } from '../utils/engine/text/normalize';
import { STOPWORDS } from '../utils/engine/text/lexicon';
import type { CorpusDoc } from '../utils/engine/types';

const EVAL = resolve('../shared/eval');
const SCORER = join(EVAL, 'score.mjs');
/** Thresholds swept: the cosine range where same-fact pairs and topic overlaps cross on news prose. */
const THRESHOLDS = [0.06, 0.08, 0.1, 0.12, 0.15, 0.2, 0.25, 0.3, 0.4];

interface SetSpec { name: string; labels: string; pages: string; corpus: string | null }
interface Figures { alignP: number; alignR: number; alignF1: number }

const words = (text: string): string[] => tokenize(text).map((t) => t.lower).filter((w) => /\p{L}|\d/u.test(w) && !STOPWORDS.has(w));

/** Sparse tf-idf vector, unit length. */
function vector(tokens: string[], idf: Map<string, number>): Map<string, number> {
  const v = new Map<string, number>();
  for (const w of tokens) v.set(w, (v.get(w) ?? 0) + 1);
  let norm = 0;
  for (const [w, tf] of v) { const x = tf * (idf.get(w) ?? 0); v.set(w, x); norm += x * x; }
  norm = Math.sqrt(norm) || 1;
  for (const [w, x] of v) v.set(w, x / norm);
  return v;
}

function cosine(a: Map<string, number>, b: Map<string, number>): number {
  let s = 0;
  for (const [w, x] of a) s += x * (b.get(w) ?? 0);
  return s;
}

/** Every (page sentence, corpus sentence) pair with its cosine, the page's own copy left out. */
function pairsFor(pageId: string, pageText: string, corpus: CorpusDoc[]) {
  const docs = corpus.filter((d) => d.id !== pageId && d.text.trim() !== pageText.trim());
  const docSentences = docs.map((d) => splitSentences(d.text).map((s) => ({ text: s.text, words: words(s.text) })));
  const pageSentences = splitSentences(pageText).map((s) => ({ text: s.text, words: words(s.text) }));
  // idf over the sentences of the page and its corpus: a sentence is the unit being matched.
  const all = [...pageSentences, ...docSentences.flat()];
  const df = new Map<string, number>();
  for (const s of all) for (const w of new Set(s.words)) df.set(w, (df.get(w) ?? 0) + 1);
  const idf = new Map([...df].map(([w, n]) => [w, Math.log(all.length / n)]));
  const docVectors = docSentences.map((list) => list.map((s) => vector(s.words, idf)));
  return pageSentences.map((s) => {
    const v = vector(s.words, idf);
    const scored = docs.flatMap((d, k) => docSentences[k].map((o, i) => ({ source: d.id, text: o.text, score: cosine(v, docVectors[k][i]) })));
    return { text: s.text, scored };
  });
}

function scoreRun(set: SetSpec, cmd: string): Figures {
  const out = execFileSync(process.execPath, [SCORER, '--labels', resolve(EVAL, set.labels), '--pages', resolve(EVAL, set.pages), '--cmd', cmd], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const get = (k: string) => Number(new RegExp(`${k}=([\\d.]+)`).exec(out)?.[1] ?? NaN);
  return { alignP: get('alignP'), alignR: get('alignR'), alignF1: get('alignF1') };
}

async function main(): Promise<void> {
  const sets: SetSpec[] = JSON.parse(readFileSync(join(EVAL, 'sets.json'), 'utf8'));
  const dir = mkdtempSync(join(tmpdir(), 'tfidf-'));
  // The scorer runs `<cmd> <page file>`; this command prints the output written below for it.
  const printer = join(dir, 'print.mjs');
  writeFileSync(printer, "import { readFileSync } from 'node:fs';\nconst [dir, page] = process.argv.slice(2);\nprocess.stdout.write(readFileSync(`${dir}/${page.split('/').pop().replace(/\\.[^.]+$/, '')}.json`, 'utf8'));\n");
  const rows: { set: SetSpec; engine: Figures; sweep: Figures[] }[] = [];
  try {
    for (const set of sets) {
      const corpus = set.corpus ? (await loadCorpusPath(resolve(EVAL, set.corpus))).docs : loadSeedDocs();
      const pagesDir = resolve(EVAL, set.pages);
      const pages = readdirSync(pagesDir).filter((f) => f.endsWith('.txt'));
      const scored = pages.map((f) => ({ f, claims: pairsFor(f.replace(/\.txt$/, ''), parseTxtArticle(readFileSync(join(pagesDir, f), 'utf8')).text, corpus) }));
      const sweep = THRESHOLDS.map((t) => {
        const out = join(dir, `${set.name}-${t}`);
        mkdirSync(out);
        for (const { f, claims } of scored) {
          const json = { claims: claims.map((c) => ({ text: c.text, matches: c.scored.filter((p) => p.score >= t).map((p) => ({ source: p.source, text: p.text, relation: 'agree' })) })) };
          writeFileSync(join(out, basename(f).replace(/\.[^.]+$/, '') + '.json'), JSON.stringify(json));
        }
        return scoreRun(set, `node ${printer} ${out}`);
      });
      const engineCmd = 'npm run --silent compare -- --json' + (set.corpus ? ` --corpus ${resolve(EVAL, set.corpus)}` : '');
      rows.push({ set, engine: scoreRun(set, engineCmd), sweep });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const real = rows.filter((r) => r.set.name !== 'seeds');
  const f = (x: number) => x.toFixed(3);
  console.log('story          engine P / R / F1        tf-idf best R at P >= engine P (threshold)   tf-idf F1, threshold left-one-story-out');
  for (const r of rows) {
    const atP = r.sweep.map((s, k) => ({ s, t: THRESHOLDS[k] })).filter(({ s }) => s.alignP >= r.engine.alignP).sort((a, b) => b.s.alignR - a.s.alignR)[0];
    // Leave one story out: the threshold with the best mean F1 over the other real stories.
    const others = real.filter((o) => o !== r);
    const k = THRESHOLDS.map((_, k) => k).sort((a, b) => mean(others.map((o) => o.sweep[b].alignF1)) - mean(others.map((o) => o.sweep[a].alignF1)))[0];
    console.log(
      `${r.set.name.padEnd(14)} ${f(r.engine.alignP)} / ${f(r.engine.alignR)} / ${f(r.engine.alignF1)}    ` +
        `${atP ? `R ${f(atP.s.alignR)} at P ${f(atP.s.alignP)} (${atP.t})` : 'no threshold reaches that precision'}`.padEnd(45) +
        `${f(r.sweep[k].alignF1)} (P ${f(r.sweep[k].alignP)} R ${f(r.sweep[k].alignR)} at ${THRESHOLDS[k]})`,
    );
  }
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
