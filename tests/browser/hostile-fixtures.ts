// Hostile and odd pages for tests/browser/hostile*.test.ts, served from 127.0.0.1 with the
// headers each case needs (Content-Security-Policy). Built from the seed articles so that the
// extension has something to match; every page references nothing off this host.
import { createHash } from 'node:crypto';
import { articlePage, seedArticle, servePages, SEED_IDS, type ServedPage } from './fixtures';
import { loadSeedDocs } from '../../utils/corpus/seeds-node';
import { CorpusIndex, analyzePage } from '../../utils/engine';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Markup and script-like strings that must only ever show as text. Each would set window.__scPwned if run. */
export const PAYLOADS = [
  `<img src=x onerror="window.__scPwned='img'">`,
  `</style><script>window.__scPwned='script'</script>`,
  `javascript:window.__scPwned='link'`,
  `<svg onload="window.__scPwned='svg'">`,
] as const;

/** The seed the script-text page is built from, and the claim sentences that carry the payloads. */
export const SCRIPT_SEED = SEED_IDS[1]!;

/**
 * The seed's paragraphs with a payload inserted (as text) into sentences the engine matches
 * against other outlets, so the payloads reach claim cards and diffs.
 */
export function scriptTextArticle(): { title: string; paragraphs: string[]; carriers: string[] } {
  const { title, paragraphs } = seedArticle(SCRIPT_SEED);
  const index = new CorpusIndex();
  for (const d of loadSeedDocs()) index.add(d);
  const report = analyzePage({ title, text: [title, ...paragraphs].join('\n'), url: '' }, index);
  const matched = report.claims.filter((c) => c.matches.length > 0 && c.text !== title && c.text.length > 60);
  const out = [...paragraphs];
  const carriers: string[] = [];
  let k = 0;
  for (const claim of matched) {
    if (k >= PAYLOADS.length) break;
    const i = out.findIndex((p) => p.includes(claim.text));
    if (i < 0) continue;
    // Before the sentence's final punctuation: "… said on Tuesday <img …>."
    const m = /^(.*?)([.!?"”’]*)$/s.exec(claim.text)!;
    const carried = `${m[1]} ${PAYLOADS[k]}${m[2]}`;
    out[i] = out[i]!.replace(claim.text, carried);
    carriers.push(carried);
    k++;
  }
  return { title, paragraphs: out, carriers };
}

function page(title: string, body: string, opts: { lang?: string; head?: string } = {}): string {
  return `<!doctype html>
<html lang="${opts.lang ?? 'en'}">
<head><meta charset="utf-8"><title>${esc(title)}</title>${opts.head ?? ''}</head>
<body>
${body}
</body>
</html>`;
}

function articleBody(title: string, paragraphs: string[], extra = ''): string {
  return `<main><article>
  <h1>${esc(title)}</h1>
  <p class="byline">By Staff Reporters</p>
${paragraphs.map((p) => `  <p>${esc(p)}</p>`).join('\n')}
</article>${extra}</main>`;
}

/** Page CSS that goes after everything it can reach: the sidebar must look the same. */
export const HOSTILE_CSS = `
* { font-family: "Comic Sans MS", cursive !important; color: #f0f !important; background-color: #ff0 !important;
    line-height: 3 !important; letter-spacing: 3px !important; text-transform: uppercase !important;
    box-sizing: content-box !important; margin: 7px !important; padding: 9px !important; border: 3px dashed red !important;
    font-size: 23px !important; text-align: right !important; width: auto !important; max-width: none !important;
    position: static !important; z-index: 1 !important; visibility: visible !important; opacity: 1 !important;
    outline: 5px solid blue !important; cursor: wait !important; --sc-bg: red !important; --sc-fg: lime !important; }
aside, aside * { display: none !important; }
body { transform: translateX(0) !important; }
mark, ins, del, button, h2, h3, ol, li, header, footer, section, blockquote { display: inline !important; float: left !important; color: red !important; }
source-compare-sidebar { display: none !important; position: absolute !important; left: -9999px !important; width: 1px !important; height: 1px !important; }
[role="complementary"], [data-testid] { display: none !important; }
::highlight(source-compare-agree), ::highlight(source-compare-adds), ::highlight(source-compare-contradicts) { background-color: transparent !important; }
`;

const FRENCH = [
  'Le conseil municipal a voté mardi soir l’extension de la ligne de tramway vers les quartiers nord de la ville, un projet débattu depuis plus de dix ans par les élus et les associations de riverains.',
  'Les partisans du projet estiment que le prolongement réduira les temps de trajet et la circulation dans le centre, tandis que les opposants jugent que le budget de 240 millions d’euros est trop élevé pour une ville de cette taille.',
  'La maire, qui avait promis la ligne pendant sa campagne, a déclaré que les travaux pourraient commencer au printemps prochain si la région accepte de financer une partie du chantier.',
  'Selon la société de transport, la nouvelle ligne transporterait environ 40 000 voyageurs par jour dès la première année, soit deux fois plus que les bus qui desservent aujourd’hui ces quartiers.',
  'Plusieurs commerçants de l’avenue principale craignent cependant que les travaux, prévus pour durer trois ans, ne fassent fuir leurs clients et demandent des indemnités à la municipalité.',
];
const CHINESE = [
  '市议会周二晚间投票决定将有轨电车线路延伸至城市北部街区，这一项目已经在议员和居民协会之间争论了十多年，各方意见始终难以统一，此次投票终于为项目开工扫清了障碍。',
  '支持者表示，延长线将明显缩短通勤时间，并减少市中心的交通拥堵；而反对者则认为，对于这样规模的城市来说，两亿四千万欧元的预算过高，财政负担将长期影响其他公共服务。',
  '市长在竞选期间曾承诺修建这条线路，她表示，如果地区政府同意承担部分资金，工程最早可能于明年春天开工，预计三年内完工并投入运营，届时沿线居民出行将更加便利。',
  '交通公司预计，新线路在运营第一年每天将运送约四万名乘客，是目前服务这些街区的公交线路客流量的两倍，并有望在五年内进一步增长，成为全市最繁忙的线路之一。',
  '然而，主街上的一些商户担心，为期三年的施工会让顾客流失，他们已经联名致信市政府，要求获得相应的经济补偿，并希望施工方采取措施减少噪音和道路封闭带来的影响。',
];

/** A seed article wrapped with `n` more elements (comments below the article). */
function manyElementsPage(id: string, elements: number): string {
  const { title, paragraphs } = seedArticle(id);
  const comments: string[] = [];
  // 4 elements per comment.
  for (let i = 0; comments.length * 4 < elements; i++) {
    comments.push(`<div class="c"><b>user${i}</b> <span>${i % 7 === 0 ? 'Agreed.' : 'Thanks for this.'}</span> <a href="#c${i}">#</a></div>`);
  }
  return page(title, articleBody(title, paragraphs, `<section class="comments">${comments.join('\n')}</section>`));
}

/** A seed article followed by about `bytes` of comment text (a 5 MB page). */
function bigPage(id: string, bytes: number): string {
  const { title, paragraphs } = seedArticle(id);
  const line = 'This is a long reader comment that goes on about something else entirely, again and again. ';
  const chunk = `<p class="comment">${line.repeat(40)}</p>\n`;
  const n = Math.ceil(bytes / chunk.length);
  return page(title, articleBody(title, paragraphs, `<section class="comments">${chunk.repeat(n)}</section>`));
}

/**
 * Deep nesting, built by a script (HTML parsers cap nesting depth at 512): a hidden subtree
 * `hiddenDepth` levels deep with text at the bottom, and the article itself at the bottom of
 * `visibleDepth` levels. Chromium's own layout crashes the tab on a rendered 5,000-level tree
 * with no extension at all, so the 5,000 levels are in a display:none subtree: the DOM walks
 * (Readability on a clone, block text, the anchoring text map) still see every level.
 */
function deepPage(id: string, hiddenDepth: number, visibleDepth: number): string {
  const { title, paragraphs } = seedArticle(id);
  const script = `<script>
(function () {
  function nest(root, depth) {
    var el = root;
    for (var i = 0; i < depth; i++) { var d = document.createElement(i % 2 ? 'div' : 'section'); el.appendChild(d); el = d; }
    return el;
  }
  var bottom = nest(document.getElementById('hidden'), ${hiddenDepth});
  bottom.appendChild(document.createTextNode('Text at the bottom of ${hiddenDepth} levels.'));
  nest(document.getElementById('deep'), ${visibleDepth}).appendChild(document.getElementById('art'));
  window.__scDepth = ${hiddenDepth};
})();
</script>`;
  return page(title, `<div id="hidden" style="display:none"></div><div id="deep"></div>${articleBody(title, paragraphs).replace('<article>', '<article id="art">')}${script}`);
}

export interface HostileServer {
  origin: string;
  requests: string[];
  pages: Map<string, ServedPage>;
  sizes: Record<string, number>;
  close(): Promise<void>;
}

export const CSP_STRICT = "default-src 'none'; style-src 'self'";
export const CSP_NO_SCRIPT = "script-src 'none'";

export async function startHostileServer(): Promise<HostileServer> {
  const pages: HostileServer['pages'] = new Map();
  const add = (path: string, html: string, headers?: Record<string, string>) => pages.set(path, { html, headers });
  for (const id of SEED_IDS) add(`/article/${id}`, articlePage(id));

  const st = scriptTextArticle();
  add(
    '/hostile/script-text',
    page(`${st.title} <script>window.__scPwned='title'</script>`, articleBody(st.title, st.paragraphs, `<p><a href="javascript:window.__scPwned='a'">javascript: link</a></p>`)),
  );
  const cssSeed = SEED_IDS[2]!;
  add('/plain/css', articlePage(cssSeed));
  add('/hostile/css', articlePage(cssSeed).replace('</head>', `<style>${HOSTILE_CSS}</style>\n</head>`));
  add('/hostile/big', bigPage(SEED_IDS[0]!, 5 * 1024 * 1024));
  add('/hostile/many', manyElementsPage(SEED_IDS[0]!, 20_000));
  add('/hostile/deep', deepPage(SEED_IDS[0]!, 5000, 400));
  add('/hostile/empty', '<!doctype html><html><head><title>Empty</title></head><body></body></html>');
  add('/hostile/french', page('Le tramway ira jusqu’aux quartiers nord', articleBody('Le tramway ira jusqu’aux quartiers nord', FRENCH), { lang: 'fr' }));
  // Chinese text on a page that claims to be English.
  add('/hostile/chinese', page('有轨电车将延伸至北部街区', articleBody('有轨电车将延伸至北部街区', CHINESE), { lang: 'en' }));
  add(
    '/hostile/iframe',
    page('Embedded article', `<h1>Embedded</h1><p>An article in a frame below.</p><iframe id="frame" src="/article/${SEED_IDS[3]}" width="900" height="600"></iframe>`),
  );
  add('/hostile/spa', articlePage(SEED_IDS[4]!));
  add('/hostile/csp-strict', articlePage(SEED_IDS[3]!), { 'content-security-policy': CSP_STRICT });
  add('/hostile/csp-noscript', articlePage(SEED_IDS[1]!), { 'content-security-policy': CSP_NO_SCRIPT });

  const sizes: Record<string, number> = {};
  for (const [path, p] of pages) sizes[path] = Buffer.byteLength(p.html);

  return { ...(await servePages((path) => pages.get(path))), pages, sizes };
}

/**
 * Errors a browser reports for a CSP page's own blocked resources (its inline <style>, the
 * favicon), which are the page's business. Anything else, such as a blocked style of ours, is not.
 */
export function isPagesOwnCspError(message: string, server: HostileServer): boolean {
  if (!/Content-Security-Policy/.test(message)) return false;
  if (/favicon\.ico/.test(message)) return true;
  const hashes = new Set<string>();
  for (const [, p] of server.pages) {
    if (!p.headers?.['content-security-policy']) continue;
    for (const m of p.html.matchAll(/<style>([\s\S]*?)<\/style>/g)) hashes.add(createHash('sha256').update(m[1]!).digest('base64'));
  }
  return [...hashes].some((h) => message.includes(h));
}

/** Another seed's paragraphs, for the page that replaces its article while the sidebar is open. */
export function replacementArticle(): { title: string; html: string } {
  const { title, paragraphs } = seedArticle(SEED_IDS[0]!);
  return { title, html: `<h1>${esc(title)}</h1>${paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}` };
}

// ---- In-page probes (self-contained: passed to page.evaluate by Playwright and Puppeteer) ----

export interface StyleProbe {
  sel: string;
  found: boolean;
  style: Record<string, string>;
  rect: number[];
}

/** Computed styles and boxes of the sidebar's key elements. */
export function probeSidebarStyles(): StyleProbe[] {
  const root = document.querySelector('source-compare-sidebar')?.shadowRoot;
  const props = [
    'display', 'position', 'font-family', 'font-size', 'font-weight', 'color', 'background-color', 'line-height', 'letter-spacing',
    'text-transform', 'text-align', 'box-sizing', 'margin-top', 'padding-top', 'border-top-style', 'border-top-width', 'outline-style',
    'visibility', 'opacity', 'cursor', 'float', 'z-index', 'width',
  ];
  return ['[role="complementary"]', '.sc-title', '[data-testid="claim-card"]', '[data-testid="match"]', '[data-testid="diff-toggle"]', '.sc-footer .sc-button', '[data-testid="close"]'].map((sel) => {
    const el = root?.querySelector(sel);
    if (!el) return { sel, found: false, style: {}, rect: [] };
    const cs = getComputedStyle(el);
    const style: Record<string, string> = {};
    for (const p of props) style[p] = cs.getPropertyValue(p);
    const r = el.getBoundingClientRect();
    // The aside is fixed to the viewport: its whole box must match. Inner elements: size only
    // (their vertical position depends on scrolling).
    const rect = sel.startsWith('[role') ? [r.x, r.y, r.width, r.height].map(Math.round) : [r.width, r.height].map(Math.round);
    return { sel, found: true, style, rect };
  });
}

/** What a payload would have done, and whether any markup from page text became elements in the sidebar. */
export function probeInjection(): { pwned: unknown; liveElements: string[]; sidebarText: string; diffText: string } {
  const root = document.querySelector('source-compare-sidebar')?.shadowRoot;
  const live = root ? [...root.querySelectorAll('img, script, iframe, object, embed, [onerror], [onload], a[href^="javascript:"]')] : [];
  const pageLive = [...document.querySelectorAll('img[src="x"], svg[onload], body script')];
  return {
    pwned: (window as unknown as { __scPwned?: unknown }).__scPwned,
    liveElements: [...live, ...pageLive].map((e) => e.outerHTML.slice(0, 80)),
    sidebarText: (root?.querySelector('[role="complementary"]') as HTMLElement | null)?.innerText ?? '',
    diffText: [...(root?.querySelectorAll('[data-testid="diff"]') ?? [])].map((d) => d.textContent ?? '').join('\n'),
  };
}

/** Whether the ::highlight() colours are in effect: in an adopted sheet, or in a <style> whose sheet has rules. */
export function probeHighlightStyle(): { adopted: number; element: number; ranges: number } {
  const has = (s: CSSStyleSheet) => {
    try {
      return [...s.cssRules].some((r) => r.cssText.includes('::highlight(source-compare-'));
    } catch {
      return false;
    }
  };
  const adopted = [...(document.adoptedStyleSheets ?? [])].filter(has).length;
  const el = document.getElementById('source-compare-highlight-style') as HTMLStyleElement | null;
  const element = el?.sheet && has(el.sheet) ? 1 : 0;
  const reg = (globalThis as unknown as { CSS: { highlights?: Map<string, Set<Range>> } }).CSS.highlights;
  let ranges = 0;
  for (const [name, h] of reg ?? []) if (name.startsWith('source-compare-') && name !== 'source-compare-focus') ranges += h.size;
  return { adopted, element, ranges };
}

export function sidebarText(): string {
  const root = document.querySelector('source-compare-sidebar')?.shadowRoot;
  return (root?.querySelector('[role="complementary"]') as HTMLElement | null)?.innerText ?? '';
}
