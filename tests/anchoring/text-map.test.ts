import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { buildTextMap, normalizeText, resolveSpan } from '../../utils/anchoring/text-map';

function doc(html: string): Document {
  return parseHTML(`<!doctype html><html><head><title>t</title></head><body>${html}</body></html>`).document as unknown as Document;
}

describe('buildTextMap', () => {
  it('collapses whitespace and separates blocks with one space', () => {
    const d = doc('<p>  Hello,\n   <b>wide</b>\tworld. </p><p>Second&nbsp;para.</p>');
    const map = buildTextMap(d.body);
    expect(map.text).toBe('Hello, wide world. Second para.');
    expect(map.text).toBe(normalizeText(d.body.textContent ?? ''));
  });

  it('inserts a virtual separator between blocks that have no whitespace between them', () => {
    const d = doc('<p>End of one.</p><p>Start of two.</p>');
    const map = buildTextMap(d.body);
    expect(map.text).toBe('End of one. Start of two.');
    const sep = map.text.indexOf(' Start');
    expect(map.nodeOf[sep]).toBe(-1);
  });

  it('keeps inline elements joined (no separator inside a word)', () => {
    const d = doc('<p>Fent<i>anyl</i> talks</p>');
    expect(buildTextMap(d.body).text).toBe('Fentanyl talks');
  });

  it('skips scripts, styles, hidden and excluded subtrees', () => {
    const d = doc('<p>Keep</p><script>var x = "drop";</script><style>p{}</style><div hidden>secret</div><div class="ui">ui text</div><p>this</p>');
    const map = buildTextMap(d.body, { exclude: (el) => el.classList.contains('ui') });
    expect(map.text).toBe('Keep this');
  });

  it('maps every character back to its node and offset', () => {
    const d = doc('<p>Alpha <em>beta</em> gamma</p>');
    const map = buildTextMap(d.body);
    for (let i = 0; i < map.text.length; i++) {
      const n = map.nodeOf[i]!;
      if (n < 0) continue;
      const ch = map.nodes[n]!.data[map.offsetOf[i]!]!;
      expect(ch === map.text[i] || (/\s/.test(ch) && map.text[i] === ' ')).toBe(true);
    }
    const start = map.text.indexOf('beta');
    const pos = resolveSpan(map, start, start + 4)!;
    expect(pos.startNode.data).toBe('beta');
    expect([pos.startOffset, pos.endOffset]).toEqual([0, 4]);
  });

  it('resolveSpan trims virtual separators at the edges and rejects empty spans', () => {
    const d = doc('<p>One.</p><p>Two.</p>');
    const map = buildTextMap(d.body);
    const sep = map.text.indexOf(' ');
    expect(resolveSpan(map, sep, sep + 1)).toBeNull();
    const pos = resolveSpan(map, sep, map.text.length)!;
    expect(pos.startNode.data).toBe('Two.');
    expect(pos.startOffset).toBe(0);
  });
});
