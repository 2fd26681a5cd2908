// --cmd wrapper: the CLI's JSON, with each claim also matched to every member of the facts it links to.
import { execFileSync } from 'node:child_process';
const args = process.argv.slice(2);
const out = execFileSync('npx', ['tsx', 'scripts/compare.ts', ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
const r = JSON.parse(out);
for (const c of r.claims) {
  const have = new Set(c.matches.map((m) => m.source + '#' + m.sentenceIndex));
  const fids = new Set(c.matches.map((m) => m.factId).filter(Boolean));
  for (const f of r.facts) {
    if (!fids.has(f.id) && !f.claimIds.includes(c.id)) continue;
    for (const m of f.members) {
      if (have.has(m.source + '#' + m.sentenceIndex) || m.source === r.self) continue;
      have.add(m.source + '#' + m.sentenceIndex);
      c.matches.push({ source: m.source, outlet: m.outlet, text: m.text, relation: 'adds', why: 'fact', sentenceIndex: m.sentenceIndex });
    }
  }
}
process.stdout.write(JSON.stringify(r));
