// The content script's path without a browser: each seed served as a news page (the browser
// tests' fixture), Readability, the engine, then anchoring every claim in the page's DOM.
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { extractArticle } from '../../utils/article/extract';
import { analyzePage, CorpusIndex } from '../../utils/engine';
import { loadSeedDocs } from '../../utils/corpus/seeds-node';
import { anchorQuotes, buildTextMap, resolveSpan } from '../../utils/anchoring';
import { articlePage, SEED_IDS } from '../browser/fixtures';

const index = new CorpusIndex();
for (const d of loadSeedDocs()) index.add(d);

describe.each(SEED_IDS)('seed %s as a news page', (id) => {
  it('anchors every claim exactly in the live DOM text', () => {
    const { document } = parseHTML(articlePage(id));
    const article = extractArticle(document.cloneNode(true) as unknown as Document);
    expect(article).not.toBeNull();
    const report = analyzePage({ title: article!.title, text: article!.text }, index);
    expect(report.self).toBe(id);
    const map = buildTextMap(document.body as unknown as Node);
    const spans = anchorQuotes(map.text, report.claims.map((c) => c.text));
    const missing = report.claims.filter((_, i) => !spans[i]).map((c) => c.text);
    expect(missing).toEqual([]);
    expect(spans.every((s) => s!.how === 'exact')).toBe(true);
    // Each span maps back to DOM positions whose text is the claim's.
    report.claims.forEach((c, i) => {
      const pos = resolveSpan(map, spans[i]!.start, spans[i]!.end)!;
      const from = map.nodes.indexOf(pos.startNode);
      const to = map.nodes.indexOf(pos.endNode);
      let text = '';
      for (let n = from; n <= to; n++) {
        const data = map.nodes[n]!.data;
        text += data.slice(n === from ? pos.startOffset : 0, n === to ? pos.endOffset : data.length);
      }
      expect(text.replace(/\s+/g, ' ')).toBe(c.text.replace(/\s+/g, ' '));
    });
  });
});
