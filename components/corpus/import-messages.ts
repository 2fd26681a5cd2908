// Import results in a reader's words (issue 12 item 9). The validators (utils/storage) say
// precisely which field of which entry is wrong, as `<file>: <path>: <problem>`, which the CLI
// and the tests rely on; the options page turns those into sentences, and never shows an id.
import { plural } from './format';

const FILE_PROBLEMS: [RegExp, (file: string, m: RegExpExecArray) => string][] = [
  [/^file: it is empty$/, (f) => `${f} is empty.`],
  [/^file: not valid JSON \(the file looks truncated\)/, (f) => `${f} looks cut off: it ends before the export does. Export the corpus again and import the new file.`],
  [/^file: not valid JSON/, (f) => `${f} is not a corpus export (it is not JSON). Choose a .json file exported from this page, or .txt/.html articles.`],
  [/^file: expected a JSON object/, (f) => `${f} is not a corpus export (its JSON is not an export’s).`],
  [/^file: ([\d.]+ [KMG]?B) is larger than the limit of ([\d.]+ [KMG]?B)/, (f, m) => `${f} is too large to import (${m[1]}; the limit is ${m[2]}).`],
  [/^format: expected "[^"]+", got nothing \(missing\)/, (f) => `${f} is not a Source Compare corpus export (it does not say it is one).`],
  [/^format: expected "[^"]+", got (.*)$/, (f, m) => `${f} is not a Source Compare corpus export (it says it is ${m[1]}).`],
  [/^version: the file is version (\d+), made by a newer release/, (f) => `${f} was exported by a newer version of Source Compare. Update the extension, then import it again.`],
  [/^version: /, (f) => `${f} is from a version of Source Compare this one cannot read.`],
  [/^exportedAt: /, (f) => `${f} is damaged: its export date is not a date.`],
  [/^documents: expected an array/, (f) => `${f} is damaged: it has no list of documents.`],
  [/^documents: ([\d,]+) documents; the limit is ([\d,]+)/, (f, m) => `${f} holds ${m[1]} documents; at most ${m[2]} can be imported at once.`],
  [/^documents\[(\d+)\]\.([A-Za-z]+): (.*)$/, (f, m) => `Article ${Number(m[1]) + 1} in ${f} is damaged: its “${m[2]}” field ${m[3].replace(/^expected /, 'should be ').replace(/, got /, ' but is ')}.`],
  [/^documents\[(\d+)\]: (.*)$/, (f, m) => `Article ${Number(m[1]) + 1} in ${f} is damaged (${m[2]}).`],
  [/^(\w+): unknown field$/, (f, m) => `${f} has something an export never has (“${m[1]}”); it may come from another program.`],
];

/** One validator error as a sentence. `<name>: ` prefixes name the file; unknown shapes are kept as written. */
export function plainImportError(error: string): string {
  const m = /^(.+?\.(?:json|txt|html?)): (.*)$/i.exec(error);
  const file = m ? `“${m[1]}”` : 'The file';
  const problem = m ? m[2]! : error;
  for (const [re, say] of FILE_PROBLEMS) {
    const hit = re.exec(problem);
    if (hit) return say(file, hit);
  }
  // Article-file errors are already sentences ("huge.txt: larger than the limit of 5 MB per file").
  return m ? `${file}: ${problem}` : problem;
}

/** The summary line of a finished import (every file read; `skipped` were already stored). */
export function importSummary(added: number, skipped: number): string {
  if (added === 0 && skipped > 0) return `Nothing new was imported: ${skipped === 1 ? 'the article is' : `all ${plural(skipped, 'article')} are`} already in your library or copies of stored ones.`;
  return `Imported ${plural(added, 'document')} into your library${skipped ? `; ${plural(skipped, 'document')} skipped` : ''}.`;
}

/** Why one entry was skipped, naming the article by its headline. */
export function skippedLine(s: { headline: string; reason: string }): string {
  return `“${s.headline}”: not imported, ${s.reason}.`;
}

/** What the options page announces after an import: a summary, and one line per file or article left out. */
export interface ImportNotice {
  kind: 'status' | 'alert';
  text: string;
  details: string[];
}

/**
 * The outcome of an import in a reader's words. role="status" when anything was imported, or
 * when everything was already stored (nothing failed); role="alert" when nothing could be
 * imported because files failed. Files left out come first: they are what the reader can fix.
 */
export function importNotice(o: { added: number; skipped: readonly { headline: string; reason: string }[]; rejected: readonly { name: string; reason: string }[] }): ImportNotice {
  const details = [...o.rejected.map((r) => plainImportError(`${r.name}: ${r.reason}`)), ...o.skipped.map(skippedLine)];
  const left = o.rejected.length ? `${plural(o.rejected.length, 'file')} could not be imported` : '';
  if (o.added === 0 && o.rejected.length > 0) {
    const dupes = o.skipped.length ? `, and ${plural(o.skipped.length, 'article')} ${o.skipped.length === 1 ? 'was' : 'were'} already in your library` : '';
    return { kind: 'alert', text: `Nothing was imported: ${left}${dupes}.`, details };
  }
  const summary = importSummary(o.added, o.skipped.length);
  return { kind: 'status', text: left ? `${summary.slice(0, -1)}; ${left}.` : summary, details };
}
