// Diagnostic (not committed): per set, the pair score of every gold pair and of every other cross pair
// in the covering docs, so a threshold sweep shows what plain scoring could reach.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CorpusIndex, analyzePage, splitSentences } from '../utils/engine';
import { loadCorpusPath } from '../utils/corpus/corpus-path-node';
import { loadSeedDocs } from '../utils/corpus/seeds-node';
import { parseTxtArticle } from '../utils/corpus/article-text';
import { sentenceFeatures } from '../utils/engine/text/features';
import { pairScore, pairParts } from '../utils/engine/index/similarity';
const E = '../shared/eval';
const sets = JSON.parse(readFileSync(join(E, 'sets.json'), 'utf8')).filter((s: any) => s.name !== 'seeds');
const fold = (t: string) => t.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
const out: any[] = [];
for (const s of sets) {
  const docs = s.corpus ? loadCorpusPath(join(E, s.corpus)).docs : loadSeedDocs();
  const index = new CorpusIndex();
  for (const d of docs) index.add(d);
  const labels = readFileSync(join(E, s.labels), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  for (const f of readdirSync(join(E, s.pages))) {
    const id = f.replace(/\.(txt|html)$/, '');
    const ls = labels.filter((l: any) => l.page === id && l.claim !== '*');
    if (!ls.length) continue;
    const { title, text } = parseTxtArticle(readFileSync(join(E, s.pages, f), 'utf8'));
    const report = analyzePage({ title, text }, index);
    const covered = new Set(report.coverage.map((c) => c.source));
    for (const c of report.claims) {
      const lab = ls.find((l: any) => fold(l.claim).includes(fold(c.text)) || fold(c.text).includes(fold(l.claim)));
      if (!lab) continue;
      const cf = sentenceFeatures(c);
      for (const d of docs) {
        if (d.id === report.self) continue;
        const idoc = index.indexed(d.id)!;
        idoc.sentences.forEach((o: any, i: number) => {
          const gold = lab.counterparts.find((g: any) => (g.source === d.id || d.id.startsWith(g.source + "_")) && (fold(g.evidence).includes(fold(o.text)) || fold(o.text).includes(fold(g.evidence))));
          const got = c.matches.find((m) => m.source === d.id && m.sentenceIndex === i);
          const sc = pairScore(cf, o, index);
          if (gold || got || sc >= 0.15) out.push({ set: s.name, page: id, doc: d.id, covered: covered.has(d.id), score: Math.round(sc * 1000) / 1000, cover: Math.round(pairParts(cf, o, index).coverClaim*100)/100, coverO: Math.round(pairParts(cf, o, index).coverOther*100)/100, gold: gold?.relation ?? null, got: got?.relation ?? null, claim: c.text.slice(0, 90), other: o.text.slice(0, 90) });
        });
      }
    }
  }
}
process.stdout.write(JSON.stringify(out));
