// A long article for tests/browser/perf.test.ts: ~5,000 words on the seeds' story (China weighing
// a fentanyl offer to open US trade talks), in the news-site shell of fixtures.ts. The seeds'
// paragraphs come first (seed 000's whole text, then the others' with light wording changes, so
// the page is none of the stored documents), then paragraphs written here from on-story
// sentence templates until the article reaches the word count. Deterministic (fixed PRNG seed).
import { articlePage, SEED_IDS, seedArticle } from './fixtures';
import { mulberry32 } from '../../scripts/bench/synthetic-corpus';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const wordCount = (s: string) => s.split(/\s+/).filter(Boolean).length;


/** Light variations: the same facts in slightly different words, as a rewrite desk would. */
const VARIATIONS: [RegExp, string][] = [
  [/\bsaid\b/, 'told reporters'],
  [/\bofficials\b/, 'government officials'],
  [/\baccording to\b/, 'citing'],
  [/\bBeijing\b/, 'the Chinese government'],
  [/\bWashington\b/, 'the U.S. administration'],
  [/\bhowever\b/i, 'still'],
  [/\babout\b/, 'roughly'],
];

function vary(paragraph: string, i: number): string {
  let out = paragraph;
  for (let k = 0; k < 2; k++) {
    const [re, to] = VARIATIONS[(i + k * 3) % VARIATIONS.length]!;
    out = out.replace(re, to);
  }
  return out;
}

const PEOPLE = ['Wang Yi', 'Scott Bessent', 'Wang Xiaohong', 'Howard Lutnick', 'Jamieson Greer', 'a senior Commerce Ministry official', 'a former trade negotiator', 'an adviser to the White House'];
const PLACES = ['Geneva', 'Beijing', 'Washington', 'Shanghai', 'Mexico City', 'Guangzhou'];
const FIGURES = ['20%', '145%', '125%', '10%', '30%', '54%'];
const CHEMICALS = ['precursor chemicals', 'pill presses', 'fentanyl analogues', 'chemical shipments', 'industrial solvents'];
const TEMPLATES = [
  'Chinese officials have weighed sending {person} to {place} to discuss what Beijing could do to curb the flow of {chem} to Mexico.',
  'The {fig} tariff that President Trump tied to fentanyl remains the main obstacle to formal trade talks, {person} said.',
  'Analysts in {place} said a fentanyl gesture would let both sides claim progress without conceding on the broader trade dispute.',
  'Beijing has argued for years that the American opioid crisis is a matter of domestic demand, not Chinese supply of {chem}.',
  '{person} told colleagues that any offer on {chem} would have to be matched by a cut in the {fig} levy.',
  'Trade between the two economies has slowed sharply since the tariffs took effect, with container bookings from {place} down by a third.',
  'Exporters in {place} said orders from American buyers had dried up and factories had sent workers home early.',
  'A crackdown on {chem} would require new licensing rules and inspections at ports, officials familiar with the plans said.',
  'The White House has said it wants to see concrete action on fentanyl before any relief on tariffs is considered.',
  'In previous rounds of talks, China scheduled dozens of fentanyl-related substances as controlled drugs, a step Washington welcomed at the time.',
  '{person} said the two sides had not yet agreed on who would lead a first meeting or where it would take place.',
  'Markets in {place} rose on reports that a meeting could happen within weeks, before falling back as officials played down the timing.',
  'Chinese state media have stressed that Beijing will not negotiate under pressure and that the tariffs must be withdrawn first.',
  'Some economists warned that a {fig} tariff on Chinese goods amounts to an embargo on much of the trade between the countries.',
  'Law enforcement officials say most fentanyl that reaches the United States is made in Mexico from {chem} shipped from China.',
  'A joint working group on counternarcotics set up in 2023 has met only a few times, {person} said.',
  'People close to the discussions said Beijing saw fentanyl cooperation as a low-cost way to open a channel with the Trump administration.',
  'Any agreement would likely include regular exchanges of information on seizures of {chem} and on money laundering networks.',
];

function fill(t: string, r: () => number): string {
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)]!;
  return t.replace('{person}', pick(PEOPLE)).replace('{place}', pick(PLACES)).replace('{fig}', pick(FIGURES)).replace('{chem}', pick(CHEMICALS));
}

export interface LongArticle {
  title: string;
  paragraphs: string[];
  words: number;
}

/** The ~`targetWords`-word article's paragraphs (headline not counted). */
export function longArticle(targetWords = 5000, seed = 0x5eed5000): LongArticle {
  const r = mulberry32(seed);
  const [first, ...rest] = SEED_IDS;
  const own = seedArticle(first!);
  const paragraphs = [...own.paragraphs];
  let i = 0;
  for (const id of rest) for (const p of seedArticle(id).paragraphs) paragraphs.push(vary(p, i++));
  let words = paragraphs.reduce((s, p) => s + wordCount(p), 0);
  while (words < targetWords) {
    const n = 3 + Math.floor(r() * 2);
    const p = Array.from({ length: n }, () => fill(TEMPLATES[Math.floor(r() * TEMPLATES.length)]!, r)).join(' ');
    paragraphs.push(p);
    words += wordCount(p);
  }
  return { title: own.title, paragraphs, words };
}

/** The long article in the same news-site shell (nav, ads, rail, comments, footer) as the seed pages. */
export function longArticlePage(targetWords = 5000): { html: string; words: number } {
  const a = longArticle(targetWords);
  const body = a.paragraphs
    .map((p, i) => `    <p>${esc(p)}</p>\n${i > 0 && i % 12 === 0 ? '    <div class="ad">Advertisement · <a href="/ads">Why this ad?</a></div>\n' : ''}`)
    .join('');
  const base = articlePage(SEED_IDS[0]!);
  const start = base.indexOf('<article>');
  const end = base.indexOf('</article>');
  const html = `${base.slice(0, start)}<article>
    <h1>${esc(a.title)}</h1>
    <div class="byline">By Staff Reporters · <a href="/world">World</a></div>
${body}  ${base.slice(end)}`;
  return { html, words: a.words };
}
