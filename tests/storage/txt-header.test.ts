import { describe, expect, it } from 'vitest';
import { readTxtHeader } from '../../utils/storage/txt-header';

describe('readTxtHeader (metadata lines at the top of an imported .txt)', () => {
  it('reads "Source:", "Outlet:" and "Date:" lines and takes them out of the text', () => {
    const r = readTxtHeader('Bridge reopens\r\nSource: The Valley Times\r\nDate: 2 May 2025\r\n\r\nThe bridge reopened on Friday.');
    expect(r).toEqual({ outlet: 'The Valley Times', date: '2025-05-02', url: null, text: 'Bridge reopens\n\nThe bridge reopened on Friday.' });
    expect(readTxtHeader('Outlet: Harbour Post.\nBridge reopens\nText.').outlet).toBe('Harbour Post');
    expect(readTxtHeader('Publisher: Reuters\nBridge reopens').outlet).toBe('Reuters');
  });

  it('a Source line with an address gives the outlet as its host, and the address', () => {
    expect(readTxtHeader('Bridge reopens\nSource: https://www.valleytimes.example/news/bridge\nText.')).toMatchObject({ outlet: 'valleytimes.example', url: 'https://www.valleytimes.example/news/bridge' });
  });

  it('leaves the text alone when no line is metadata: prose, a line further down, a date that is not one', () => {
    const prose = 'Bridge reopens\nSource: officials at the county said the bridge would reopen on Friday after months of work\nText.';
    expect(readTxtHeader(prose)).toMatchObject({ outlet: null, text: prose });
    const late = ['Bridge reopens', 'a', 'b', 'c', 'd', 'e', 'Source: Valley Times'].join('\n');
    expect(readTxtHeader(late)).toMatchObject({ outlet: null, text: late });
    expect(readTxtHeader('Bridge reopens\nDate: soon\nText.')).toMatchObject({ date: null, text: 'Bridge reopens\nDate: soon\nText.' });
  });

  it('takes the first outlet line only', () => {
    const r = readTxtHeader('Bridge reopens\nSource: Valley Times\nOutlet: Other Paper\nText.');
    expect(r.outlet).toBe('Valley Times');
    expect(r.text).toBe('Bridge reopens\nOutlet: Other Paper\nText.');
  });
});
