// Metadata lines at the top of an imported .txt article ("Source: Reuters", "Outlet: …",
// "Date: 2025-05-01"). A plain-text file has no other place to say where it comes from, and its
// file name ("notes-3.txt") is not an outlet: before this, every imported .txt was filed under
// its file name. Only the first few lines are read, so a line quoted inside the article cannot
// pass for the file's metadata; the lines read are taken out of the text, which is the article.
import { isHttpUrl } from './doc-validation';
import { isoDay } from './page-doc';

/** Lines (non-empty ones) at the top that may hold metadata: a headline and a few labelled lines. */
export const HEADER_LINES = 6;

const OUTLET_LABEL = /^\s*(?:source|outlet|publisher|published by|publication)\s*[:：]\s*(.+?)\s*$/i;
const DATE_LABEL = /^\s*(?:date|dated|published|published on|publication date)\s*[:：]\s*(.+?)\s*$/i;
/** An outlet's name is short; a long "Source: …" line is a sentence of the article. */
const MAX_OUTLET_CHARS = 80;
const MAX_OUTLET_WORDS = 6;

export interface TxtHeader {
  /** The text without the metadata lines read. */
  text: string;
  outlet: string | null;
  /** YYYY-MM-DD. */
  date: string | null;
  /** The http(s) address a "Source:" line gave instead of a name. */
  url: string | null;
}

function hostName(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}

/** Reads and removes labelled metadata lines among the first HEADER_LINES non-empty lines. */
export function readTxtHeader(raw: string): TxtHeader {
  const lines = raw.split(/\r\n|\r|\n/);
  const out: TxtHeader = { text: raw, outlet: null, date: null, url: null };
  const drop = new Set<number>();
  let seen = 0;
  for (let i = 0; i < lines.length && seen < HEADER_LINES; i++) {
    const line = lines[i]!;
    if (!line.trim()) continue;
    seen++;
    const outlet = OUTLET_LABEL.exec(line)?.[1];
    if (outlet && out.outlet === null && out.url === null) {
      if (isHttpUrl(outlet)) {
        out.url = outlet;
        out.outlet = hostName(outlet);
        drop.add(i);
      } else if (outlet.length <= MAX_OUTLET_CHARS && outlet.split(/\s+/).length <= MAX_OUTLET_WORDS) {
        // A name, not a sentence ("Source: officials said the port would close on Monday" is prose).
        out.outlet = outlet.replace(/\s*[.;,]$/, '');
        drop.add(i);
      }
      continue;
    }
    const date = DATE_LABEL.exec(line)?.[1];
    if (date && out.date === null) {
      const day = isoDay(date);
      if (day) {
        out.date = day;
        drop.add(i);
      }
    }
  }
  if (drop.size) out.text = lines.filter((_, i) => !drop.has(i)).join('\n');
  return out;
}
