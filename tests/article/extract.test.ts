import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { blockText, extractArticle } from '../../utils/article/extract';

const PARAGRAPHS = [
  'The harbour authority approved a plan on Tuesday to deepen the main shipping channel by four metres.',
  'Officials said the work would start in the spring and take about two years, with most of it done at night.',
  'Fishermen, who use the channel every morning, asked for a schedule that keeps at least one lane open.',
  'The council will hold a public hearing next month, and residents can send written comments until then.',
  'A spokesperson for the port said the cost, estimated at 120 million dollars, would be shared with the state.',
];

function page(articleHtml: string): Document {
  const html = `<!doctype html><html lang="en"><head><title>Harbour plan | Coastal Daily</title></head><body>
    <nav><a href="/">Home</a> <a href="/world">World</a> <a href="/business">Business</a></nav>
    <div class="ad">Advertisement: Buy one get one free</div>
    ${articleHtml}
    <aside><h3>Related</h3><ul><li><a href="/a">Storm hits coast</a></li><li><a href="/b">Ferry fares rise</a></li></ul></aside>
    <section class="comments"><p>Great article!</p><p>I disagree.</p></section>
    <footer>© Coastal Daily</footer></body></html>`;
  return parseHTML(html).document as unknown as Document;
}

describe('extractArticle', () => {
  it('returns the headline and one line per paragraph, without the page clutter', () => {
    const doc = page(`<article><h1>Harbour plan advances</h1>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article>`);
    const article = extractArticle(doc)!;
    expect(article).not.toBeNull();
    expect(article.title).toMatch(/Harbour plan/);
    const lines = article.text.split('\n');
    for (const p of PARAGRAPHS) expect(lines).toContain(p);
    expect(article.text).not.toMatch(/Advertisement|Great article|Ferry fares/);
    expect(article.lang).toBe('en');
  });

  it('keeps markup-like text as text and never returns script content', () => {
    const hostile = '&lt;img src=x onerror=alert(1)&gt; was printed in the caption, officials said.';
    const doc = page(
      `<article><h1>Harbour plan advances</h1>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}<p>${hostile}</p><script>window.bad = 1</script></article>`,
    );
    const text = extractArticle(doc)!.text;
    expect(text).toContain('<img src=x onerror=alert(1)> was printed in the caption');
    expect(text).not.toContain('window.bad');
  });

  it('returns null for a page with no article', () => {
    expect(extractArticle(page('<main><p>Sign in</p><p>Menu</p></main>'))).toBeNull();
  });
});

describe('blockText', () => {
  it.each([
    ['<p>One.</p><p>Two.</p>', 'One.\nTwo.'],
    ['<div>One <b>bold</b>\n   word.</div>', 'One bold word.'],
    ['<ul><li>A</li><li>B</li></ul>', 'A\nB'],
    ['<p>Line<br>break</p>', 'Line\nbreak'],
    ['<p>Kept</p><style>p{}</style><script>x()</script>', 'Kept'],
  ])('%s', (html, expected) => {
    const { document } = parseHTML(`<div id="r">${html}</div>`);
    expect(blockText(document.getElementById('r') as unknown as Node)).toBe(expected);
  });
});

describe('extractArticle and trailing boilerplate', () => {
  it('drops a comment prompt and an agency credit at the end of the article body', () => {
    const doc = page(
      `<article><h1>Harbour plan advances</h1>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}` +
        '<p>With inputs from agencies</p><p>To join the conversation, please log in.</p></article>',
    );
    const lines = extractArticle(doc)!.text.split('\n');
    expect(lines.at(-1)).toBe(PARAGRAPHS.at(-1));
  });
});
