// The CLI's report for a person: what the page claims and what the other outlets say about it.
import type { Relation, Report } from '../utils/engine';
import { libraryScope } from '../utils/page/summary';

const LABEL: Record<Relation, string> = { agree: 'AGREES', adds: 'ADDS', contradicts: 'CONTRADICTS' };

function wrap(text: string, indent: string, width = 96): string {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && (indent + line + ' ' + word).length > width) {
      out.push(indent + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(indent + line);
  return out.join('\n');
}

export function formatReport(report: Report): string {
  const lines: string[] = [];
  lines.push(report.title || '(untitled)', '='.repeat(Math.min(96, Math.max(8, report.title.length))));
  if (report.notice) {
    lines.push('', report.notice);
    return lines.join('\n') + '\n';
  }
  if (report.self) lines.push(`This page is corpus document ${report.self}; it is not compared with itself.`);
  if (!report.coverage.length) {
    lines.push('', 'No other outlet in the corpus covers this story.');
    return lines.join('\n') + '\n';
  }
  lines.push('', 'Coverage of this story in the corpus:');
  for (const doc of report.coverage) lines.push(`  - ${doc.outlet} [${doc.source}]: ${doc.headline}`);
  const matched = report.claims.filter((c) => c.matches.length);
  const counts = { agree: 0, adds: 0, contradicts: 0 };
  for (const c of matched) for (const m of c.matches) counts[m.relation]++;
  lines.push(
    '',
    `${report.claims.length} claims, ${matched.length} reported elsewhere: ` +
      `${counts.agree} agree, ${counts.adds} add detail, ${counts.contradicts} contradict.`,
  );
  for (const claim of matched) {
    lines.push('', wrap(`[${claim.id}] ${claim.text}`, ''));
    for (const m of claim.matches) {
      lines.push(wrap(`${LABEL[m.relation]} ${m.outlet} [${m.source}]: ${m.why}`, '    '));
      lines.push(wrap(`“${m.text}”`, '        '));
    }
  }
  const alone = report.claims.filter((c) => !c.matches.length);
  if (alone.length) {
    // The engine has read only the corpus: it can say where a claim was not found, not that no one else reports it.
    lines.push('', `Not found in ${libraryScope(report.coverage.length, 'the corpus')} (${alone.length === 1 ? '1 claim' : `${alone.length} claims`}):`);
    for (const c of alone) lines.push(wrap(`- ${c.text}`, '  '));
  }
  if (report.additions.length) {
    lines.push('', 'What other outlets report that this page leaves out:');
    for (const a of report.additions) {
      const others = a.alsoReportedBy.map((o) => o.outlet).filter((o) => o !== a.outlet);
      lines.push(wrap(`- ${a.outlet}${others.length ? ` (also ${[...new Set(others)].join(', ')})` : ''}: ${a.text}`, '  '));
    }
  }
  return lines.join('\n') + '\n';
}
