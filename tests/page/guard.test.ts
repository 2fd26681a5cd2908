import { describe, expect, it, vi } from 'vitest';
import { parseHTML } from 'linkedom';
import { checkPageSize, languageNotice, sendWithRetry } from '../../utils/page/guard';

describe('checkPageSize', () => {
  const doc = (html: string) => parseHTML(html).document as unknown as Document;
  it('passes an ordinary page and turns away huge ones with a clear message', () => {
    const d = doc(`<html><body><p>${'word '.repeat(100)}</p></body></html>`);
    expect(checkPageSize(d)).toMatchObject({ ok: true });
    const many = checkPageSize(d, { elements: 2, chars: 1e9 });
    expect(many).toMatchObject({ ok: false });
    expect(!many.ok && many.message).toMatch(/too large to compare: it has 4 elements \(the limit is 2\)/);
    const long = checkPageSize(d, { elements: 1e9, chars: 100 });
    expect(!long.ok && long.message).toMatch(/too large to compare: it has 500 characters/);
  });
});

describe('languageNotice', () => {
  it('is null for English and says "not supported yet" otherwise', () => {
    expect(languageNotice('The council said that it would vote on the plan after the summer, and the mayor was in favour of it. '.repeat(3), 'en')).toBeNull();
    expect(languageNotice('Le conseil a dit qu’il voterait sur le projet après l’été, et la maire y était favorable. '.repeat(5), 'fr')).toMatch(/language is not supported yet/);
  });
});

describe('sendWithRetry', () => {
  it('returns the first reply without retrying', async () => {
    const send = vi.fn().mockResolvedValue({ ok: false, error: 'x' });
    await expect(sendWithRetry(send, undefined, 1)).resolves.toEqual({ ok: false, error: 'x' });
    expect(send).toHaveBeenCalledTimes(1);
  });
  it('retries once after a thrown send or a missing reply', async () => {
    const onRetry = vi.fn();
    const send = vi.fn().mockRejectedValueOnce(new Error('The message port closed before a response was received.')).mockResolvedValue({ ok: true });
    await expect(sendWithRetry(send, onRetry, 1)).resolves.toEqual({ ok: true });
    expect(send).toHaveBeenCalledTimes(2);
    expect(onRetry).toHaveBeenCalledWith(expect.stringMatching(/port closed/));
    const empty = vi.fn().mockResolvedValueOnce(undefined).mockResolvedValue({ ok: true });
    await expect(sendWithRetry(empty, undefined, 1)).resolves.toEqual({ ok: true });
  });
  it('gives up after the second failure (the caller shows the error and a Retry button)', async () => {
    const send = vi.fn().mockRejectedValue(new Error('Could not establish connection.'));
    await expect(sendWithRetry(send, undefined, 1)).rejects.toThrow(/establish connection/);
    expect(send).toHaveBeenCalledTimes(2);
  });
});

describe('pageLanguageNotice (no article found)', () => {
  it('names another script or a non-English lang attribute, never terse English headlines', async () => {
    const { pageLanguageNotice } = await import('../../utils/page/guard');
    const zh = '市议会周二晚间投票决定将有轨电车线路延伸至城市北部街区，这一项目已经在议员和居民协会之间争论了十多年。'.repeat(10);
    expect(pageLanguageNotice(zh, 'en')).toMatch(/not supported yet \(the text is not in the Latin alphabet\)/);
    const headlines = 'Markets rally as earnings beat forecasts. Forecasters expect busy storm season. City council passes leaner budget. Local team wins in overtime. '.repeat(5);
    expect(pageLanguageNotice(headlines, 'en')).toBeNull();
    expect(pageLanguageNotice(headlines, null)).toBeNull();
    expect(pageLanguageNotice('Le conseil municipal a voté mardi soir l’extension de la ligne de tramway vers les quartiers nord. '.repeat(6), 'fr')).toMatch(/“fr”/);
    expect(pageLanguageNotice('short', 'fr')).toBeNull();
  });
});
