import { describe, expect, it } from 'vitest';
import { analyzeRequest, isAnalyzeResponse, MAX_TEXT_CHARS, parseMessage, wakeRequest } from '../../utils/messages';

describe('parseMessage', () => {
  it('accepts a well-formed analyze request and keeps only known fields', () => {
    const msg = parseMessage({ type: 'analyze', title: 'T', text: 'Body.', url: 'http://127.0.0.1/a', extra: '<img onerror>' });
    expect(msg).toEqual({ type: 'analyze', title: 'T', text: 'Body.', url: 'http://127.0.0.1/a' });
  });

  it('accepts add-page with optional metadata as null, rejects wrong metadata types', () => {
    const base = { type: 'add-page', title: 'T', text: 'Body.', url: 'http://127.0.0.1/a' };
    expect(parseMessage(base)).toEqual({ ...base, siteName: null, publishedTime: null, author: null, canonicalUrl: null, lang: null });
    expect(parseMessage({ ...base, author: 'Mara Quint', canonicalUrl: 'https://x.example/a' })).toMatchObject({ author: 'Mara Quint', canonicalUrl: 'https://x.example/a' });
    expect(parseMessage({ ...base, author: ['A'] })).toBeNull();
    expect(parseMessage({ ...base, canonicalUrl: 'x'.repeat(9_000) })).toBeNull();
    expect(parseMessage({ ...base, siteName: 'Ledger', lang: 'en' })).toMatchObject({ siteName: 'Ledger', lang: 'en' });
    expect(parseMessage({ ...base, siteName: 5 })).toBeNull();
    expect(parseMessage({ ...base, lang: 'x'.repeat(100) })).toBeNull();
  });

  it('the wake message is its type alone, and parses to its type alone whatever rides along', () => {
    expect(wakeRequest()).toEqual({ type: 'wake' });
    expect(Object.keys(wakeRequest())).toEqual(['type']);
    expect(parseMessage(wakeRequest())).toEqual({ type: 'wake' });
    expect(parseMessage({ type: 'wake', text: 'page text', url: 'http://127.0.0.1/a' })).toEqual({ type: 'wake' });
  });

  it('accepts an analyze request for the whole report in one step, with whole: true only', () => {
    expect(parseMessage({ type: 'analyze', title: 't', text: 'x', url: '', whole: true })).toEqual({ type: 'analyze', title: 't', text: 'x', url: '', whole: true });
    expect(parseMessage({ type: 'analyze', title: 't', text: 'x', url: '', whole: 'yes' })).toBeNull();
    expect(parseMessage({ type: 'analyze', title: 't', text: 'x', url: '', whole: false })).toBeNull();
  });

  it('accepts analyze-details with a short id only', () => {
    expect(parseMessage({ type: 'analyze-details', id: 'd3', extra: 'x' })).toEqual({ type: 'analyze-details', id: 'd3' });
    expect(parseMessage({ type: 'analyze-details', id: '' })).toBeNull();
    expect(parseMessage({ type: 'analyze-details', id: 'd'.repeat(500) })).toBeNull();
    expect(parseMessage({ type: 'analyze-details' })).toBeNull();
  });

  it('accepts toggle-sidebar', () => {
    expect(parseMessage({ type: 'toggle-sidebar', junk: 1 })).toEqual({ type: 'toggle-sidebar' });
  });

  it.each([
    null,
    undefined,
    'analyze',
    42,
    [],
    { type: 'unknown' },
    { type: 'analyze' },
    { type: 'analyze', title: 'T', text: 5, url: '' },
    { type: 'analyze', title: {}, text: 'x', url: '' },
    { type: 'analyze', title: 'T', text: 'x'.repeat(MAX_TEXT_CHARS + 1), url: '' },
    { type: '__proto__' },
  ])('drops malformed message %#', (raw) => {
    expect(parseMessage(raw)).toBeNull();
  });

  it('analyzeRequest cuts oversized fields so the request always validates', () => {
    const req = analyzeRequest('t'.repeat(5000), 'x'.repeat(MAX_TEXT_CHARS + 10), 'http://a/');
    expect(req.text).toHaveLength(MAX_TEXT_CHARS);
    expect(parseMessage(req)).not.toBeNull();
  });
});

describe('isAnalyzeResponse', () => {
  it('recognises success and error replies, rejects the rest', () => {
    expect(isAnalyzeResponse({ ok: true, report: { claims: [], coverage: [], additions: [] } })).toBe(true);
    expect(isAnalyzeResponse({ ok: false, error: 'boom' })).toBe(true);
    expect(isAnalyzeResponse({ ok: true, report: { claims: 'no' } })).toBe(false);
    // a first step names the rest by a short id
    expect(isAnalyzeResponse({ ok: true, report: { claims: [], coverage: [], additions: [] }, details: 'd1' })).toBe(true);
    expect(isAnalyzeResponse({ ok: true, report: { claims: [], coverage: [], additions: [] }, details: 7 })).toBe(false);
    expect(isAnalyzeResponse({ ok: true, report: { claims: [], coverage: [], additions: [] }, details: 'd'.repeat(500) })).toBe(false);
    expect(isAnalyzeResponse({ ok: false })).toBe(false);
    expect(isAnalyzeResponse(undefined)).toBe(false);
  });
});

describe('message hardening', () => {
  it('accepts corpus-changed with an integer revision only', async () => {
    const { parseMessage: parse } = await import('../../utils/messages');
    expect(parse({ type: 'corpus-changed', revision: 3, x: 1 })).toEqual({ type: 'corpus-changed', revision: 3 });
    expect(parse({ type: 'corpus-changed', revision: '3' })).toBeNull();
    expect(parse({ type: 'corpus-changed', revision: -1 })).toBeNull();
  });

  it('logs each dropped message with its reason, rate-limited to 5 per 10 s plus one summary', async () => {
    const { vi } = await import('vitest');
    const m = await import('../../utils/messages');
    m.resetWarnings();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      for (let i = 0; i < 50; i++) m.parseMessage({ type: 'bogus', text: '<img src=x onerror=alert(1)>' });
      expect(warn).toHaveBeenCalledTimes(5);
      expect(String(warn.mock.calls[0]![0])).toMatch(/dropped message "bogus": unknown type/);
      // Page text is never logged.
      expect(warn.mock.calls.flat().join(' ')).not.toContain('onerror');
      m.warnDropped('x', 'y', Date.now() + 20_000);
      expect(String(warn.mock.calls[5]![0])).toMatch(/45 more malformed messages dropped/);
    } finally {
      warn.mockRestore();
      m.resetWarnings();
    }
  });

  it('replies: deep shape checks on the report, toggle and add-page replies', async () => {
    const { vi } = await import('vitest');
    const m = await import('../../utils/messages');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const claim = { id: 'c1', text: 'T', matches: [{ source: 's', outlet: 'O', text: 'x', why: 'y', relation: 'agree' }] };
      const report = { claims: [claim], coverage: [{ source: 's', outlet: 'O' }], additions: [] };
      expect(m.isAnalyzeResponse({ ok: true, report })).toBe(true);
      expect(m.isAnalyzeResponse({ ok: true, report: { ...report, claims: [{ ...claim, matches: [{ ...claim.matches[0], relation: 'pwned' }] }] } })).toBe(false);
      expect(m.isAnalyzeResponse({ ok: true, report: { ...report, claims: [{ id: 1, text: 'T', matches: [] }] } })).toBe(false);
      expect(m.isAnalyzeResponse({ ok: true, report: { ...report, additions: [{ source: 's', outlet: 'O', text: 5, alsoReportedBy: [] }] } })).toBe(false);
      expect(m.isAnalyzeResponse(undefined)).toBe(false);
      expect(m.isToggleResponse({ open: true })).toBe(true);
      expect(m.isToggleResponse({ open: 'yes' })).toBe(false);
      expect(m.isAddPageResponse({ ok: true, message: 'Stored.' })).toBe(true);
      expect(m.isAddPageResponse({ ok: true })).toBe(false);
    } finally {
      warn.mockRestore();
    }
  });
});
