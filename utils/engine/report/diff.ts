// Word-level diff with diff-match-patch: words are mapped to single characters (the library's
// "line mode" trick applied to words), diffed, cleaned up semantically, and mapped back.
import DiffMatchPatch from 'diff-match-patch';

export type DiffPart = { op: -1 | 0 | 1; text: string };

/** Words and the whitespace/punctuation between them, each a separate unit. */
function units(s: string): string[] {
  return s.match(/[\p{L}\p{N}’'-]+|\s+|[^\p{L}\p{N}\s]/gu) ?? [];
}

/** Diff of a against b: op -1 = only in a, 1 = only in b, 0 = both. */
export function wordDiff(a: string, b: string): DiffPart[] {
  const dmp = new DiffMatchPatch();
  const table: string[] = [];
  const codes = new Map<string, string>();
  const encode = (s: string) =>
    units(s)
      .map((u) => {
        let c = codes.get(u);
        if (c === undefined) {
          // Skip the surrogate range so every unit is one valid UTF-16 code unit.
          let code = table.length + 1;
          if (code >= 0xd800) code += 0x800;
          c = String.fromCharCode(code);
          codes.set(u, c);
          table.push(u);
        }
        return c;
      })
      .join('');
  const ca = encode(a), cb = encode(b);
  const diffs = dmp.diff_main(ca, cb, false);
  dmp.diff_cleanupSemantic(diffs);
  const out: DiffPart[] = [];
  for (const [op, chars] of diffs) {
    let text = '';
    for (const ch of chars) {
      let code = ch.charCodeAt(0);
      if (code >= 0xe000) code -= 0x800;
      text += table[code - 1];
    }
    if (!text) continue;
    const last = out[out.length - 1];
    if (last && last.op === op) last.text += text;
    else out.push({ op: op as -1 | 0 | 1, text });
  }
  return out;
}
