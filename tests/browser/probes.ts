// Functions that run inside the test page (passed to page.evaluate by both Playwright and
// Puppeteer), so both browsers are checked the same way. They must be self-contained: no
// closures over test-file variables.

export interface HighlightProbe {
  names: string[];
  ranges: number;
  /** A point inside a highlighted claim, preferring a contradicted one, and that range's text. */
  target: { x: number; y: number; text: string; name: string } | null;
}

export function probeHighlights(): HighlightProbe {
  const reg = (globalThis as unknown as { CSS: { highlights?: Map<string, Set<Range>> } }).CSS.highlights;
  if (!reg) return { names: [], ranges: 0, target: null };
  const names = [...reg.keys()].sort();
  let ranges = 0;
  let target: HighlightProbe['target'] = null;
  const order = ['source-compare-contradicts', 'source-compare-adds', 'source-compare-agree'];
  for (const name of order) {
    const h = reg.get(name);
    if (!h) continue;
    for (const r of h) {
      ranges++;
      if (target) continue;
      // A long sentence in the article body, not the headline: a reliable click target.
      if (r.toString().length < 60 || (r.startContainer.parentElement && r.startContainer.parentElement.closest('h1'))) continue;
      r.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      // A point on the claim's text that is not on a link (a click on a link is the page's, not ours).
      for (const rect of r.getClientRects()) {
        if (rect.width < 20 || rect.height < 4 || target) continue;
        const y = rect.top + rect.height / 2;
        for (let x = rect.left + 8; x < rect.right - 8; x += 12) {
          const el = document.elementFromPoint(x, y);
          if (el && !el.closest('a, button') && el.closest('p')) {
            target = { x, y, text: r.toString(), name };
            break;
          }
        }
      }
    }
  }
  return { names, ranges, target };
}

export function bodyTextOf(html: string): string {
  return new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '';
}

export interface SidebarProbe {
  present: boolean;
  label: string | null;
  text: string;
  cards: { text: string; current: boolean; inView: boolean; matches: { source: string; relation: string }[] }[];
}

export function probeSidebar(): SidebarProbe {
  const root = document.querySelector('source-compare-sidebar')?.shadowRoot;
  const aside = root?.querySelector('[role="complementary"]') as HTMLElement | null | undefined;
  if (!aside) return { present: false, label: null, text: '', cards: [] };
  const scroller = aside.querySelector('.sc-scroll') ?? aside;
  const box = scroller.getBoundingClientRect();
  const cards = [...aside.querySelectorAll('[data-testid="claim-card"]')].map((card) => {
    const r = card.getBoundingClientRect();
    return {
      text: (card.querySelector('.sc-claim')?.textContent ?? card.textContent ?? '').trim(),
      current: card.getAttribute('aria-current') === 'true',
      inView: r.bottom > box.top && r.top < box.bottom,
      matches: [...card.querySelectorAll('[data-testid="match"]')].map((m) => ({
        source: m.getAttribute('data-source') ?? '',
        relation: m.getAttribute('data-relation') ?? '',
      })),
    };
  });
  return { present: true, label: aside.getAttribute('aria-label'), text: aside.innerText, cards };
}

/** Every proof the sidebar shows (engine-expect.ts ExpectedProof's shape, plus every mark in the claim). */
export function probeProofs(): { claim: string; source: string; relation: string; kind: string; lines: string[]; quoteMarks: string[]; claimMarks: string[] }[] {
  const norm = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();
  const root = document.querySelector('source-compare-sidebar')?.shadowRoot;
  const cards = root ? [...root.querySelectorAll('[data-testid="claim-card"]')] : [];
  return cards.flatMap((card) => {
    const claimEl = card.querySelector('.sc-claim');
    const claimMarks = [...(claimEl?.querySelectorAll('mark') ?? [])].map((el) => norm(el.textContent));
    return [...card.querySelectorAll('[data-testid="match"]')].flatMap((m) => {
      const proof = m.querySelector('[data-testid="proof"]');
      if (!proof) return [];
      return [{
        claim: norm(claimEl?.textContent ?? null),
        source: m.getAttribute('data-source') ?? '',
        relation: m.getAttribute('data-relation') ?? '',
        kind: proof.getAttribute('data-kind') ?? '',
        lines: [...proof.querySelectorAll('p, li')].map((el) => norm(el.textContent)),
        quoteMarks: [...m.querySelectorAll('blockquote mark')].map((el) => norm(el.textContent)),
        // A copy per match: WebDriver BiDi sends an array shared by two results once, and
        // Puppeteer gives the second one undefined.
        claimMarks: [...claimMarks],
      }];
    });
  });
}

/**
 * For each claim whose card text starts with one of `starts`: its matches from `source` as the
 * sidebar shows them (relation, the proof block's text or null, the reason's text), and whether
 * the page's red highlight covers the claim.
 */
export function probeClaimMatches({ starts, source }: { starts: string[]; source: string }): {
  start: string;
  found: boolean;
  matches: { relation: string; proof: string | null; text: string }[];
  red: boolean;
}[] {
  const norm = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();
  const root = document.querySelector('source-compare-sidebar')?.shadowRoot;
  const cards = root ? [...root.querySelectorAll('[data-testid="claim-card"]')] : [];
  const reds = (globalThis as unknown as { CSS: { highlights?: Map<string, Set<Range>> } }).CSS.highlights?.get('source-compare-contradicts');
  const redTexts = reds ? [...reds].map((r) => norm(r.toString())) : [];
  return starts.map((start) => {
    const card = cards.find((c) => norm(c.querySelector('.sc-claim')?.textContent ?? null).startsWith(start));
    const matches = card ? [...card.querySelectorAll(`[data-testid="match"][data-source="${source}"]`)] : [];
    return {
      start,
      found: !!card,
      matches: matches.map((m) => ({
        relation: m.getAttribute('data-relation') ?? '',
        proof: m.querySelector('[data-testid="proof"]') ? norm(m.querySelector('[data-testid="proof"]')!.textContent) : null,
        text: norm(m.textContent),
      })),
      red: redTexts.some((t) => t.startsWith(start)),
    };
  });
}

/** ins/del counts inside the first visible diff. */
export function probeDiff(): { diffs: number; ins: number; del: number } {
  const root = document.querySelector('source-compare-sidebar')?.shadowRoot;
  const diffs = root ? [...root.querySelectorAll('[data-testid="diff"]')] : [];
  const first = diffs[0];
  return { diffs: diffs.length, ins: first?.querySelectorAll('ins').length ?? 0, del: first?.querySelectorAll('del').length ?? 0 };
}

export function pageState(): { status: string | undefined; highlights: number } {
  const ds = document.documentElement.dataset;
  return { status: ds.sourceCompare, highlights: Number(ds.sourceCompareHighlights ?? 'NaN') };
}

/** Every drawn claim range: its text and whether all hold words still in the page (a removed node collapses its ranges). */
export function probeRanges(): { texts: string[]; connected: boolean; focus: number } {
  const reg = (globalThis as unknown as { CSS: { highlights?: Map<string, Set<Range>> } }).CSS.highlights;
  const texts: string[] = [];
  let connected = true;
  for (const name of ['source-compare-contradicts', 'source-compare-adds', 'source-compare-agree']) {
    for (const r of reg?.get(name) ?? []) {
      texts.push(r.toString().replace(/\s+/g, ' ').trim());
      if (r.collapsed || !r.startContainer.isConnected || !r.endContainer.isConnected) connected = false;
    }
  }
  return { texts, connected, focus: reg?.get('source-compare-focus')?.size ?? 0 };
}

/** The element focused inside the sidebar's shadow root, and whether it shows a focus ring. */
export function probeFocus(): { tag: string; testid: string | null; text: string; ring: boolean; inSidebar: boolean } {
  const host = document.querySelector('source-compare-sidebar');
  const el = host?.shadowRoot?.activeElement as HTMLElement | null | undefined;
  if (!el) return { tag: '', testid: null, text: '', ring: false, inSidebar: document.activeElement === host };
  const cs = getComputedStyle(el);
  const ring = (cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0) || cs.boxShadow !== 'none';
  return { tag: el.tagName.toLowerCase(), testid: el.getAttribute('data-testid'), text: (el.textContent ?? '').trim().slice(0, 60), ring, inSidebar: true };
}

/** Ids of the visible cards and of the current one. */
export function probeCards(): { ids: string[]; current: string | null; relations: string[][]; sources: string[][] } {
  const root = document.querySelector('source-compare-sidebar')?.shadowRoot;
  const cards = root ? [...root.querySelectorAll('[data-testid="claim-card"]')] : [];
  return {
    ids: cards.map((c) => c.getAttribute('data-claim-id') ?? ''),
    current: cards.find((c) => c.getAttribute('aria-current') === 'true')?.getAttribute('data-claim-id') ?? null,
    relations: cards.map((c) => [...c.querySelectorAll('[data-testid="match"]')].map((m) => m.getAttribute('data-relation') ?? '')),
    sources: cards.map((c) => [...c.querySelectorAll('[data-testid="match"]')].map((m) => m.getAttribute('data-source') ?? '')),
  };
}

/** Runs axe-core (already injected as window.axe) on the sidebar inside its shadow root. */
export async function runAxeOnSidebar(): Promise<{ id: string; impact: string | null; nodes: number; help: string; examples: string[] }[]> {
  type Node_ = { html: string; failureSummary?: string };
  const axe = (globalThis as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: { id: string; impact: string | null; nodes: Node_[]; help: string }[] }> } }).axe;
  const res = await axe.run({ include: [{ fromShadowDom: ['source-compare-sidebar', '[role="complementary"]'] }] }, { resultTypes: ['violations'] });
  return res.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    nodes: v.nodes.length,
    help: v.help,
    // The first few offenders, so a failure says where to look.
    examples: v.nodes.slice(0, 3).map((n) => `${n.html.slice(0, 120)} — ${(n.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 200)}`),
  }));
}

/** A stored corpus document as the tests read it (the fields they look at). */
export interface StoredDocProbe {
  id: string;
  outlet: string;
  headline: string;
  date: string | null;
  url?: string;
  author?: string;
  remembered?: boolean;
  pinned?: boolean;
  fetchedFrom?: string;
  summaryOnly?: boolean;
  source: string;
  text: string;
}

/** Every stored document, read from the extension's IndexedDB (run it in one of the extension's pages). */
export function probeStoredDocs(): Promise<StoredDocProbe[]> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open('source-compare-corpus');
    req.onerror = () => reject(req.error);
    req.onsuccess = () => {
      const get = req.result.transaction('documents').objectStore('documents').getAll();
      get.onsuccess = () => {
        resolve(get.result);
        req.result.close();
      };
      get.onerror = () => reject(get.error);
    };
  });
}
