// Feed dates read by our own rules, not Date.parse: its handling of RFC 822 dates ("Tue, 03 Jun
// 2025 10:00:00 EST") is implementation-defined, and Chromium and Firefox must agree.

// Maps, not object literals: they are looked up with words of a feed, and an object literal would
// answer "constructor" or "toString" from Object.prototype (the patterns below happen to admit no
// such name today; a Map does not depend on that).
const MONTHS = new Map(Object.entries({ jan: 0, feb: 1, mar: 2, apr: 3, may: 4, jun: 5, jul: 6, aug: 7, sep: 8, oct: 9, nov: 10, dec: 11 }));
/** RFC 822's zone names, in minutes east of UTC. Military letters are unreliable in practice: read as UTC. */
const ZONES = new Map(Object.entries({ ut: 0, utc: 0, gmt: 0, z: 0, est: -300, edt: -240, cst: -360, cdt: -300, mst: -420, mdt: -360, pst: -480, pdt: -420 }));

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T\s](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;
const RFC822 = /^(?:[A-Za-z]{2,9},?\s+)?(\d{1,2})\s+([A-Za-z]{3})[A-Za-z]*\.?\s+(\d{2,4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*([A-Za-z]{1,5}|[+-]\d{4}|[+-]\d{2}:\d{2})?$/;

function offsetMinutes(z: string | undefined): number | null {
  if (!z) return 0; // no zone: read as UTC rather than as the reader's local time
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(z);
  if (m) return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
  const lz = z.toLowerCase();
  const zone = ZONES.get(lz);
  if (zone !== undefined) return zone;
  return lz.length === 1 ? 0 : null;
}

function build(y: number, mo: number, d: number, h: number, mi: number, s: number, off: number | null): string | null {
  if (off === null || mo < 0 || mo > 11 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 60) return null;
  // Years outside this range are typos or junk; a date there would sort an item oddly.
  if (y < 1970 || y > 2200) return null;
  const t = Date.UTC(y, mo, d, h, mi, Math.min(s, 59)) - off * 60_000;
  const date = new Date(t);
  if (date.getUTCDate() !== new Date(Date.UTC(y, mo, d)).getUTCDate() || new Date(Date.UTC(y, mo, d)).getUTCMonth() !== mo) return null; // 31 June
  return date.toISOString();
}

/** An RFC 3339 / ISO 8601 or RFC 822 date as an ISO string in UTC; null when it is neither. */
export function parseFeedDate(s: string | null | undefined): string | null {
  if (!s) return null;
  const t = s.trim().replace(/\s+/g, ' ');
  if (t.length > 64) return null;
  let m = ISO.exec(t);
  if (m) return build(+m[1], +m[2] - 1, +m[3], +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0), offsetMinutes(m[7]));
  m = RFC822.exec(t);
  if (m) {
    let y = +m[3];
    if (m[3].length === 2) y += y < 70 ? 2000 : 1900; // RFC 822's two-digit years
    const mo = MONTHS.get(m[2].toLowerCase());
    if (mo === undefined) return null;
    return build(y, mo, +m[1], +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0), offsetMinutes(m[7]));
  }
  return null;
}
