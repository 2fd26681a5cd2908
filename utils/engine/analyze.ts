// analyzePage: the page's sentences become claims; each claim is matched against the sentences
// of the stored documents that pass the story gate, through the per-document inverted index
// (BM25) and then a pair score; each match carries a relation and a reason.
// The stages, in the order the data flows (see README.md): text → index → story → relations →
// facts → report. Each stage's helpers live in its folder; this file only sequences them.
import type { CorpusIndex, IndexedDoc } from './index/corpus-index';
import { claimCandidates } from './index/candidates';
import { ClaimScores, LinkScores } from './relations/corroboration';
import { dateContradictions } from './relations/dated-reasons';
import { looseOnlyWhereBest, matchClaim } from './relations/match-claim';
import { linkFacts } from './facts/report-facts';
import { findAdditions } from './report/additions';
import { compareFigures } from './report/figures';
import { compareQuotes } from './report/quotes';
import { storyBackground } from './story/background';
import { centralRestatements } from './story/central-claim';
import { findSelf, storyCoverage } from './story/coverage';
import { pageProfile } from './story/story-gate';
import { sentenceFeatures, type SentenceFeatures } from './text/features';
import { linkSentenceContext } from './facts/measure';
import { linkSubjectPronouns } from './text/anaphora';
import { detectEnglish } from './text/language';
import { splitSentences } from './text/segment';
import type { Claim, PageInput, Report, Sentence } from './types';

export { shortOutlet, type AnalyzedDoc } from './story/coverage';

/**
 * The text stage on its own: the page's sentences, the language gate and (for English) each
 * sentence's features, linked to their neighbours. It reads no library, so a caller that must
 * first read one from disk computes it while the reads are in flight (page-retrieval.ts) and
 * hands it to analyzePage.
 */
export interface PreparedPage {
  sentences: Sentence[];
  language: ReturnType<typeof detectEnglish>;
  /** Empty when the page is not English. */
  feats: SentenceFeatures[];
}

export function preparePage(page: PageInput): PreparedPage {
  const sentences = splitSentences(page.text);
  // The lexicon, stemmer and cues are English-only: another language would get nothing but
  // false matches on names and numbers, so it gets its claims and a plain notice instead.
  const language = detectEnglish(page.text, page.lang);
  if (!language.english) return { sentences, language, feats: [] };
  const feats = sentences.map(sentenceFeatures);
  linkSentenceContext(feats);
  linkSubjectPronouns(feats);
  return { sentences, language, feats };
}

export function analyzePage(page: PageInput, index: CorpusIndex, prepared: PreparedPage = preparePage(page)): Report {
  return analyzeInStages(page, index, prepared).finish();
}

/**
 * A report in two steps, for a caller that shows the first before the second is done (the
 * extension's background, issue 21). `claims` is the report with every claim's matches and the
 * coverage (what highlights and cards need), its facts, additions, quotes and figures still
 * empty; `finish()` adds them and returns exactly what `analyzePage` returns. The second step
 * is the story's facts (every pair of its documents linked), what other outlets add, quotes and
 * figures: on a worker's first page, in a fresh isolate, it was a quarter to two fifths of the
 * engine's time (80–180 ms of 250–650 in a cold Node process at 10,000 documents, 3–20 ms warm,
 * where the story's facts are memoised).
 */
export interface StagedReport {
  /** The claims and coverage; `facts`, `additions`, `quotes` and `figures` empty, no `factId` yet. */
  claims: Report;
  /** The whole report (computed once; the same as `analyzePage`). */
  finish(): Report;
  /** `claims` is the whole report already (a page in another language: nothing was compared). */
  complete: boolean;
}

export function analyzeInStages(page: PageInput, index: CorpusIndex, prepared: PreparedPage = preparePage(page)): StagedReport {
  // Text: sentences, the language gate, then each sentence's features.
  const { sentences, language, feats } = prepared;
  if (!language.english) {
    return done({
      title: page.title,
      self: null,
      coverage: [],
      claims: sentences.map((s, i) => ({ id: 'c' + i, start: s.start, end: s.end, text: s.text, matches: [] })),
      additions: [],
      quotes: [],
      figures: [],
      facts: [],
      notice: `Language not supported yet: ${language.reason}. Only English articles are compared.`,
    });
  }
  let profile = pageProfile(feats);

  // Story: the page itself if stored, then the documents that cover the same story.
  const self = findSelf(page.text, sentences, profile, index);
  const exclude = new Set<string>(self ? [self] : []);
  // When the page is a stored document, the stored copy (cleaned of boilerplate) describes the
  // story better than the page's raw text.
  if (self) profile = pageProfile(index.indexed(self)!.sentenceTerms.map((terms) => ({ terms })), index.indexed(self));
  // Statistics of the page's and one document's sentences together, once per document: what the
  // gate's pair scores and every BM25 retrieval read (a function of the two texts alone).
  const pairs = new Map<IndexedDoc, CorpusIndex>();
  const pairOf = (doc: IndexedDoc) => pairs.get(doc) ?? pairs.set(doc, index.pair(doc, feats)).get(doc)!;
  const candidatesOf = claimCandidates(feats, pairOf);
  const { coverage, docs } = storyCoverage(profile, feats, index, exclude, pairOf, candidatesOf);
  const background = storyBackground(feats, docs);
  const [pageCentral, ...docCentral] = centralRestatements([feats, ...docs.map(({ doc }) => doc.sentences)], background);
  const central = docs.map((d, k) => ({ ...d, central: docCentral[k] }));

  // From here on every score reads the story's own sentence statistics (the stored copy of the
  // page and the covering documents), not the whole corpus's: what else is stored changes no
  // verdict (issue 20).
  const story = index.story([...(self ? [index.indexed(self)!] : []), ...docs.map((d) => d.doc)]);
  // Claim-to-sentence pair scores (each pair is read once, then once more for a lede).
  const claimScores = new ClaimScores(story);

  // Relations: each claim's matches in the covering documents.
  const links = new LinkScores(story);
  const claims: Claim[] = feats.map((f, i) => ({
    id: 'c' + i,
    start: f.start,
    end: f.end,
    text: f.text,
    matches: matchClaim(f, pageCentral.has(i), central, story, background, links, (doc) => candidatesOf(doc, i), claimScores),
  }));

  looseOnlyWhereBest(claims);

  // A contradiction between reports of two different days says both days (a stance or a toll
  // may have changed between them).
  const docOf = new Map(docs.map((d) => [d.doc.meta.id, d]));
  dateContradictions(claims, (id) => docOf.get(id)?.doc.meta.date, (id) => docOf.get(id)?.short ?? '', page.date);

  let whole: Report | undefined;
  return {
    claims: { title: page.title, self, coverage, claims, additions: [], quotes: [], figures: [], facts: [] },
    complete: false,
    finish() {
      if (whole) return whole;
      // Facts: each match linked to the story fact it reports; what the page leaves out, one
      // entry per fact, most widely reported first.
      const { facts, additions } = linkFacts(claims, findAdditions(feats, claims, docs, story), docs, story);
      // Report: what the other documents add, their quotes and their figures, beside the claims.
      whole = {
        title: page.title,
        self,
        coverage,
        claims,
        additions,
        quotes: compareQuotes(feats, claims, docs, story),
        figures: compareFigures(feats, claims, docs, story),
        facts,
      };
      return whole;
    },
  };
}

/** A report with nothing left for a second step. */
function done(report: Report): StagedReport {
  return { claims: report, finish: () => report, complete: true };
}
