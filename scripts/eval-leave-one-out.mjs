#!/usr/bin/env node
// Leave-one-outlet-out check of the comparison engine on the labelled seed pairs: for each seed,
// drop it from the corpus (`compare --exclude`) and its pairs from the labels, score the other
// pages with ../shared/eval/score.mjs, and micro-average the alignment over the five runs. A rule
// fitted to the five seeds shows here as a drop that the plain seed score hides.
//   npm run --silent eval:loo
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const LABELS = '../shared/eval/seed-gold.jsonl';
const SCORER = '../shared/eval/score.mjs';
const labels = readFileSync(LABELS, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
const ids = [...new Set(labels.map((l) => l.page))].sort();
const dir = mkdtempSync(join(tmpdir(), 'eval-loo-'));
let tp = 0, fp = 0, fn = 0;
try {
  for (const id of ids) {
    const kept = labels
      .filter((l) => l.page !== id)
      .map((l) => ({ ...l, counterparts: (l.counterparts ?? []).filter((c) => c.source !== id) }));
    const file = join(dir, `without-${id}.jsonl`);
    writeFileSync(file, kept.map((l) => JSON.stringify(l)).join('\n') + '\n');
    const out = execFileSync('node', [SCORER, '--labels', file, '--pages', 'seeds', '--cmd', `npm run --silent compare -- --json --exclude ${id}`], { encoding: 'utf8' });
    const m = /pairs tp (\d+) fp (\d+) fn (\d+)/.exec(out);
    if (!m) throw new Error(`no pair counts in the scorer's output for ${id}:\n${out}`);
    const [t, p, n] = m.slice(1).map(Number);
    tp += t; fp += p; fn += n;
    console.log(`without ${id}: tp ${t} fp ${p} fn ${n}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
const P = tp / (tp + fp), R = tp / (tp + fn);
console.log(`leave-one-outlet-out (micro over ${ids.length} runs): alignP=${P.toFixed(3)} alignR=${R.toFixed(3)} alignF1=${((2 * P * R) / (P + R)).toFixed(3)}`);
