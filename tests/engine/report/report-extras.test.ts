import { describe, it, expect } from 'vitest';
import { analyzePage, CorpusIndex } from '../../../utils/engine';
import type { CorpusDoc } from '../../../utils/engine/types';

// A small story written for these tests: a port strike, reported by three outlets.
const doc = (id: string, outlet: string, text: string): CorpusDoc => ({
  id, outlet, outletNamed: true, headline: text.split('\n')[0], date: null, lang: 'en', text,
});
const A = doc('a', 'Harbour Herald', [
  'Dockworkers strike shuts Port Elna for a third day',
  'Dockworkers at Port Elna extended their strike for a third day on Wednesday, leaving 40 container ships waiting offshore.',
  'The union leader, Mara Quist, said “we will not return until the company restores the night shift pay.”',
  'The port handles about 12 percent of the country’s container traffic.',
  'The transport ministry said it would appoint a mediator on Thursday.',
  'Retailers warned that shelves could empty before the holiday season.',
].join('\n'));
const B = doc('b', 'Coast Daily', [
  'Port Elna strike enters third day as ships queue',
  'The strike by dockworkers at Port Elna entered its third day on Wednesday, with 40 container ships anchored offshore.',
  'Union leader Mara Quist said “we won’t go back until the company restores night shift pay.”',
  'The transport ministry will appoint a mediator on Thursday, a ministry spokesman said.',
  'Port Elna handles about 12 percent of national container traffic.',
  'Three shipping lines have diverted vessels to Port Varn, adding four days to deliveries.',
].join('\n'));
const C = doc('c', 'Business Wire Weekly', [
  'Elna dock strike: 40 ships stuck, retailers worried',
  'A dockworkers’ strike at Port Elna stretched into a third day on Wednesday, stranding 40 container ships offshore.',
  'Three shipping lines have rerouted ships to Port Varn, which adds four days to deliveries.',
  'Retailers said shelves could run empty before the holiday season.',
].join('\n'));

function index(): CorpusIndex {
  const i = new CorpusIndex();
  for (const d of [A, B, C]) i.add(d);
  return i;
}

const PAGE = [
  'Port Elna dockworkers strike for third day',
  'Dockworkers at Port Elna stayed on strike for a third day on Wednesday, with 35 container ships waiting offshore.',
  'Union leader Mara Quist said “we will not go back until the company restores the night shift pay.”',
  'The port handles about 12 percent of the country’s container traffic.',
].join('\n');

describe('report extras on a story written for the test', () => {
  const report = analyzePage({ title: 'Port strike', text: PAGE }, index());

  it('covers all three outlets', () => {
    expect(report.coverage.map((c) => c.source).sort()).toEqual(['a', 'b', 'c']);
  });

  it('flags a different number of ships as a contradiction with a reason naming both values', () => {
    const ships = report.claims[1];
    const contra = ships.matches.filter((m) => m.relation === 'contradicts');
    expect(contra.length).toBeGreaterThan(0);
    expect(contra[0].why).toContain('40');
    expect(contra[0].why).toContain('35');
  });

  it('compares quotes of the same speaker and flags different wording with a word diff', () => {
    const checks = report.quotes.filter((q) => q.claimId === 'c2');
    expect(checks.map((q) => q.source).sort()).toEqual(['a', 'b']);
    for (const q of checks) {
      expect(q.differs).toBe(true);
      expect(q.speaker).toContain('Quist');
      expect(q.diff.some((d) => d.op !== 0)).toBe(true);
      expect(q.why).toMatch(/misquote/);
    }
  });

  it('flags the same words put in another mouth as a misattribution', () => {
    const moved = analyzePage({ title: 'Port strike', text: PAGE.replace('Union leader Mara Quist said', 'Port director Ivo Brandt said') }, index());
    const checks = moved.quotes.filter((q) => q.claimId === 'c2');
    expect(checks.length).toBeGreaterThan(0);
    for (const q of checks) {
      expect(q.speaker).toBe('Ivo Brandt');
      expect(q.otherSpeaker).toBe('Mara Quist');
      expect(q.differs).toBe(true);
      expect(q.why).toMatch(/^misattribution risk: this page attributes these words to Ivo Brandt, .* to Mara Quist$/);
    }
  });

  it('lists the values other outlets give for each figure', () => {
    const share = report.figures.find((f) => f.unit === '%' && f.value === 12)!;
    expect(share.others.map((o) => o.source).sort()).toEqual(['a', 'b']);
    expect(share.others.every((o) => o.agrees)).toBe(true);
    const ships = report.figures.find((f) => f.unit === 'count' && f.value === 35)!;
    expect(ships.others.length).toBeGreaterThan(0);
    expect(ships.others.every((o) => o.value === 40 && !o.agrees)).toBe(true);
  });

  it('lists what the page leaves out, one entry per fact, merged across outlets', () => {
    const diverted = report.additions.filter((a) => /Port Varn/.test(a.text));
    expect(diverted.length).toBe(1);
    expect(diverted[0].alsoReportedBy.length).toBe(1);
    const mediator = report.additions.filter((a) => /mediator/.test(a.text));
    expect(mediator.length).toBe(1);
    // ranked: facts reported by two outlets with new details come before one-outlet asides
    const rank = (re: RegExp) => report.additions.findIndex((a) => re.test(a.text));
    expect(rank(/Port Varn/)).toBeLessThan(rank(/shelves/) === -1 ? Infinity : rank(/shelves/) + 1);
    // nothing the page already says is listed
    expect(report.additions.some((a) => /12 percent/.test(a.text))).toBe(false);
  });
});

describe('syndicated copies', () => {
  it('folds a reprint into its original instead of comparing it twice', () => {
    const i = index();
    const reprint = doc('a-copy', 'Regional Wire', 'ELNA (Regional Wire) — ' + A.text.split('\n').slice(1).join('\n') + '\nDistributed by Regional Wire.');
    i.add(reprint);
    const report = analyzePage({ title: 'Port strike', text: PAGE }, i);
    const sources = report.coverage.map((c) => c.source);
    expect(sources).toContain('a');
    expect(sources).not.toContain('a-copy');
    expect(report.coverage.find((c) => c.source === 'a')!.copies).toEqual([{ source: 'a-copy', outlet: 'Regional Wire' }]);
    expect(report.claims.flatMap((c) => c.matches).some((m) => m.source === 'a-copy')).toBe(false);
  });
});
