import { describe, expect, it } from 'vitest';
import { autoRunAllowed, DEFAULT_SETTINGS, normalizeSite, sanitizeSettings } from '../../utils/settings';

describe('settings', () => {
  it('defaults to automatic analysis everywhere, including 127.0.0.1 (CONTRACT §2)', () => {
    expect(DEFAULT_SETTINGS.mode).toBe('auto');
    expect(autoRunAllowed(DEFAULT_SETTINGS, 'http://127.0.0.1:8080/article/x')).toBe(true);
    expect(autoRunAllowed(DEFAULT_SETTINGS, 'https://news.example/a')).toBe(true);
    expect(autoRunAllowed(DEFAULT_SETTINGS, 'file:///tmp/a.html')).toBe(false);
    expect(autoRunAllowed(DEFAULT_SETTINGS, 'not a url')).toBe(false);
  });

  it("'sites' runs on listed sites and their subdomains only; 'click' never runs by itself", () => {
    const s = { mode: 'sites' as const, sites: ['example.com'] };
    expect(autoRunAllowed(s, 'https://example.com/a')).toBe(true);
    expect(autoRunAllowed(s, 'https://www.example.com/a')).toBe(true);
    expect(autoRunAllowed(s, 'https://news.example.com/a')).toBe(true);
    expect(autoRunAllowed(s, 'https://badexample.com/a')).toBe(false);
    expect(autoRunAllowed(s, 'https://example.com.evil.test/a')).toBe(false);
    expect(autoRunAllowed({ mode: 'click', sites: ['example.com'] }, 'https://example.com/a')).toBe(false);
  });

  it('normalizes what the reader types', () => {
    expect(normalizeSite('https://WWW.Example.com/news?x=1')).toBe('example.com');
    expect(normalizeSite('example.com:8080')).toBe('example.com');
    expect(normalizeSite('127.0.0.1')).toBe('127.0.0.1');
    expect(normalizeSite('   ')).toBeNull();
    expect(normalizeSite('javascript:alert(1)')).toBeNull();
    expect(normalizeSite('<img src=x>')).toBeNull();
  });

  it('sanitizes anything read from storage', () => {
    expect(sanitizeSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(sanitizeSettings({ mode: 'evil', sites: 'x' })).toEqual(DEFAULT_SETTINGS);
    expect(sanitizeSettings({ mode: 'sites', sites: ['A.com', 'a.com', 5, 'bad host!'] })).toEqual({ mode: 'sites', sites: ['a.com'] });
  });
});
