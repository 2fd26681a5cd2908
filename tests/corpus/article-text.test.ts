import { describe, expect, it } from 'vitest';
import { outletFromFooter, parseTxtArticle, stripTrailingBoilerplate } from '../../utils/corpus/article-text';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSeedDocs, SEEDS_DIR } from '../../utils/corpus/seeds-node';
import { parseSeedDocs, SEED_META } from '../../utils/corpus/seeds';

const BODY = 'Officials met on Tuesday to discuss the harbour plan.\nThe council will vote next month.';

describe('stripTrailingBoilerplate', () => {
  // Footers written for these tests, one per rule, so each rule is shown to work on its own.
  it.each([
    ['comment prompt', 'Please sign in to leave a comment. New here? Register'],
    ['account line', 'You are commenting as Logout'],
    ['syndication footer', 'The post Harbour Plan Moves Ahead appeared first on Coastal Daily.'],
    ['agency credit', 'With inputs from agencies'],
    ['reporting credit', '(Reporting by Ana Lima; Editing by Tom Reed)'],
    ['author bio', 'Maria Okafor covers city politics for the paper. She has written about councils for ten years.'],
    ['bare outlet name', 'The Coastal Daily'],
  ])('drops a trailing %s', (_rule, footer) => {
    const { text, dropped } = stripTrailingBoilerplate(`${BODY}\n${footer}\n`);
    expect(text).toBe(BODY);
    expect(dropped).toEqual([footer]);
  });

  it('drops a stack of footers from the end, and keeps the same lines inside the body', () => {
    const inner = 'With inputs from agencies, the mayor drafted the plan.';
    const raw = `${inner}\n${BODY}\nThe Coastal Daily\nTo join the conversation, please log in.\n\n`;
    const { text, dropped } = stripTrailingBoilerplate(raw);
    expect(text).toBe(`${inner}\n${BODY}`);
    expect(dropped).toHaveLength(2);
  });

  it.each([
    ['a closing quote', '“We will keep building,” the mayor said.'],
    ['a short closing sentence', 'The vote is next month.'],
    ['a long closing paragraph', 'Residents who register to speak at the meeting will be heard first, the council said in a statement on Monday evening, adding that the harbour plan had drawn more letters than any other proposal this year and that a second hearing was possible.'],
  ])('keeps %s at the end', (_what, last) => {
    expect(stripTrailingBoilerplate(`${BODY}\n${last}`).text).toBe(`${BODY}\n${last}`);
  });
});

describe('parseTxtArticle', () => {
  it('takes the first line as the headline and keeps it in the text', () => {
    const { title, text } = parseTxtArticle('\uFEFFHarbour plan advances\r\nOfficials met on Tuesday.\r\n');
    expect(title).toBe('Harbour plan advances');
    expect(text).toBe('Harbour plan advances\nOfficials met on Tuesday.');
  });
  it('reads the outlet from a syndication footer', () => {
    expect(outletFromFooter(['The post A Title appeared first on Coastal Daily.'])).toBe('Coastal Daily');
    expect(outletFromFooter(['Nothing here.'])).toBeNull();
  });
});

describe('seed corpus', () => {
  const docs = loadSeedDocs();
  it('loads every seed file with its metadata, ids being file names without .txt', () => {
    expect(docs.map((d) => d.id)).toEqual(SEED_META.map((m) => m.id).sort());
    for (const doc of docs) {
      const firstLine = readFileSync(join(SEEDS_DIR, `${doc.id}.txt`), 'utf8').split('\n')[0];
      expect(doc.text.split('\n')[0]).toBe(firstLine);
      expect(doc.headline.length).toBeGreaterThan(20);
    }
  });
  it('ends every seed with article text, not boilerplate', () => {
    for (const doc of docs) {
      const last = doc.text.split('\n').at(-1)!;
      expect(last).not.toMatch(/log in|appeared first on|inputs from agencies|covers Chinese|^(The )?Wall Street Journal$/i);
    }
  });
  it('labels outlets honestly: named only where the text names them', () => {
    const named = Object.fromEntries(docs.map((d) => [d.id.slice(0, 3), d.outletNamed ? d.outlet : null]));
    expect(named).toEqual({
      '000': 'The Wall Street Journal',
      '001': 'The Wall Street Journal',
      '002': null,
      '003': 'The New York Times',
      '004': null,
    });
    for (const d of docs.filter((d) => !d.outletNamed)) expect(d.outlet).toMatch(/^Unnamed outlet/);
  });
  it('refuses a seed file that has no metadata', () => {
    expect(() => parseSeedDocs({ 'seeds/999_unknown.txt': 'A\nB' })).toThrow(/999_unknown/);
  });
});
