import { describe, expect, it } from 'vitest';
import { analyzeRequest, isAnalyzeResponse, MAX_TEXT_CHARS, parseMessage } from '../../utils/messages';

describe('parseMessage', () => {
  it('accepts a well-formed analyze request and keeps only known fields', () => {
    const msg = parseMessage({ type: 'analyze', title: 'T', text: 'Body.', url: 'http://127.0.0.1/a', extra: '<img onerror>' });
    expect(msg).toEqual({ type: 'analyze', title: 'T', text: 'Body.', url: 'http://127.0.0.1/a' });
  });

  it('accepts add-page with optional metadata as null, rejects wrong metadata types', () => {
    const base = { type: 'add-page', title: 'T', text: 'Body.', url: 'http://127.0.0.1/a' };
    expect(parseMessage(base)).toEqual({ ...base, siteName: null, publishedTime: null, lang: null });
    expect(parseMessage({ ...base, siteName: 'Ledger', lang: 'en' })).toMatchObject({ siteName: 'Ledger', lang: 'en' });
    expect(parseMessage({ ...base, siteName: 5 })).toBeNull();
    expect(parseMessage({ ...base, lang: 'x'.repeat(100) })).toBeNull();
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
    expect(isAnalyzeResponse({ ok: false })).toBe(false);
    expect(isAnalyzeResponse(undefined)).toBe(false);
  });
});
