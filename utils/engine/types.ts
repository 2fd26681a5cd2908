// The engine's data model. Pure data: no DOM, no browser APIs, so the same engine runs in
// Node (CLI, bench, tests) and in the extension's background.

export type Relation = 'agree' | 'adds' | 'contradicts';

/** What a reader needs to know about a stored article, taken only from what it says. */
export interface DocMeta {
  /** Corpus id. For a seed: its file name without `.txt`. */
  id: string;
  /** Display name of the outlet; when the text does not name it, says so (e.g. "Unnamed outlet, citing the WSJ"). */
  outlet: string;
  /** False when the text itself does not name its outlet. */
  outletNamed: boolean;
  headline: string;
  /** ISO date (YYYY-MM-DD) when the text states one, else null. */
  date: string | null;
  /** BCP-47 language tag, e.g. "en". */
  lang: string;
  url?: string;
}

/** A stored article: metadata plus its cleaned text (headline first, boilerplate removed). */
export interface CorpusDoc extends DocMeta {
  text: string;
}

/** A half-open range [start, end) of UTF-16 code units in some text. */
export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {
  text: string;
}

/** The article being read. `text` is what Readability (or a .txt file) gave; claims carry offsets into it. */
export interface PageInput {
  title: string;
  text: string;
  url?: string;
  lang?: string;
  /** The page's own publication day (YYYY-MM-DD, from its metadata), when it states one. */
  date?: string | null;
}

export interface Match {
  /** Corpus id of the other document. */
  source: string;
  outlet: string;
  /** The other outlet's sentence. */
  text: string;
  relation: Relation;
  /** One short reason a reader understands. */
  why: string;
  /** Pair similarity in [0, 1]; higher is closer. */
  score: number;
  /** Index of the matched sentence within its document's sentences. */
  sentenceIndex: number;
  /** The story fact (`Report.facts[].id`) the other sentence belongs to, when it belongs to one. */
  factId?: string;
  /**
   * Why the pair contradicts, as evidence a reader can check: present on every "contradicts"
   * match (a cue that cannot build its proof does not make one; relations.ts), absent otherwise.
   */
  proof?: ContradictionProof;
}

/** One side of a contradiction's proof: the value as that sentence words it, and where. */
export interface ProofSide {
  /** The value in the sentence's own words ("more than four hours", "Geneva", "not attend"). */
  value: string;
  /** Where those words are in the sentence (offsets into that sentence's text). */
  span: Span;
  /**
   * The day that side's report is from ("6 May"), when both reports are dated and the days
   * differ: a stance or a toll may have changed between them (relations/dated-reasons.ts).
   */
  day?: string;
}

/**
 * What makes two sentences contradict: both state the same quantity or fact (`about`, in words
 * both sentences use) with values that cannot both be true.
 */
export interface ContradictionProof {
  /** figure: two values of one quantity; date / place / person: two settings of one event;
   *  polarity: one side asserts what the other denies (or its antonym); precondition: two
   *  conditions that require different things. */
  kind: 'figure' | 'date' | 'place' | 'person' | 'polarity' | 'precondition';
  /** What both sides measure or assert ("people killed", "talks", "reduce tariffs"). */
  about: string;
  /** The page's side (offsets into the claim's text). */
  page: ProofSide;
  /** The other outlet's side (offsets into the match's text). */
  other: ProofSide;
}

export interface Claim extends Span {
  /** Stable within one report: "c" + sentence index in the page. */
  id: string;
  text: string;
  matches: Match[];
}

/** A fact other outlets report that the page leaves out, one entry per fact. */
export interface Addition {
  source: string;
  outlet: string;
  text: string;
  /** Sentence number of `text` in that document. */
  sentenceIndex?: number;
  /** Other outlets reporting the same fact (same shape, without `alsoReportedBy`). */
  alsoReportedBy: { source: string; outlet: string; text: string; sentenceIndex?: number }[];
  /** The story fact (`Report.facts[].id`) it belongs to, when other outlets report it too. */
  factId?: string;
  /** Ranking weight: higher adds more (material details, number of outlets). */
  weight: number;
}

/** A corpus document judged to cover the same story as the page. */
export interface StoryDoc {
  source: string;
  outlet: string;
  headline: string;
  date: string | null;
  /** Story-gate similarity in [0, 1]. */
  relatedness: number;
  /**
   * Syndicated copies and near-duplicates of this document (mostly the same sentences), folded
   * into it: they are not compared separately.
   */
  copies?: { source: string; outlet: string }[];
  /**
   * Admitted because the other covering documents vouch for it, not on the page's evidence
   * alone (a near miss of the story gate: see story-gate.ts, condition 4).
   */
  companion?: true;
}

export interface Report {
  title: string;
  /** Corpus id of the document that is this page (excluded from comparison), if any. */
  self: string | null;
  /** Corpus documents that cover the same story; only these are matched against. */
  coverage: StoryDoc[];
  claims: Claim[];
  additions: Addition[];
  /** Quotes of the same speaker in other outlets, compared word by word. */
  quotes: QuoteCheck[];
  /** Figures on the page and the values other outlets give for the same quantity. */
  figures: FigureRow[];
  /** Why nothing was compared, when the page could not be (e.g. a language not supported yet). */
  notice?: string;
  /**
   * Set by the background (not the engine) while the reader's library is still being indexed
   * (after an import or an upgrade): the page was compared with the `searchable` articles only,
   * `pending` more are on their way.
   */
  indexing?: { searchable: number; pending: number };
  /**
   * The story's facts that this page's claims link to, and those it leaves out: each is the set
   * of sentences, across the covering outlets, that report one specific fact.
   */
  facts: Fact[];
  /**
   * Set by the extension's background, never by the engine (it knows nothing of feeds): how much
   * of the coverage came from the sources the reader follows, and how fresh they are (issue 22).
   */
  freshness?: LibraryFreshness;
}

/** What the sidebar says about the library a report was compared with (utils/follow/freshness.ts). */
export interface LibraryFreshness {
  /** Covering articles fetched from followed sources. */
  fetchedArticles: number;
  /** Distinct feeds those articles came from. */
  fetchedSources: number;
  /** Sources the reader follows now. */
  following: number;
  /** ISO time of the latest successful fetch of any followed source; null before the first. */
  lastFetchAt: string | null;
}

/** One sentence of a stored document that reports a fact. */
export interface FactMember {
  source: string;
  outlet: string;
  /** Sentence number in that document. */
  sentenceIndex: number;
  text: string;
}

/** A value a fact's members give (a figure, a date, a place, a person), and who gives it. */
export interface FactValue {
  kind: 'figure' | 'date' | 'place' | 'person';
  /** As the first member giving it writes it ("145 per cent", "Geneva", "Wang Yi"). */
  label: string;
  /** Figures only: the number and its unit ("%", "USD", "count", …). */
  value?: number;
  unit?: string;
  /** Corpus ids of the members that give this value. */
  sources: string[];
}

/** A specific fact reported across outlets of one story. */
export interface Fact {
  /** Stable within one report: "f" + a number. */
  id: string;
  members: FactMember[];
  values: FactValue[];
  /** How many distinct outlets report it (syndicated copies counted once). */
  outlets: number;
  /** Claims of the page linked to this fact; empty for a fact the page leaves out. */
  claimIds: string[];
}

/** Two outlets quoting the same speaker: the quoted words compared. */
export interface QuoteCheck {
  /** Claim id on the page holding the quote. */
  claimId: string;
  /** The page's quoted words (without quotation marks). */
  quote: string;
  /** Who is quoted, when the sentence names them; else null. */
  speaker: string | null;
  /** Who the other outlet's sentence says is quoted, when it names them. */
  otherSpeaker?: string;
  source: string;
  outlet: string;
  /** The other outlet's quoted words. */
  otherQuote: string;
  /** True when the words differ beyond punctuation/case (a misquote risk), or the two name different speakers (a misattribution risk). */
  differs: boolean;
  /** Word diff from the page's quote (-1) to the other outlet's (1). */
  diff: { op: -1 | 0 | 1; text: string }[];
  why: string;
}

/** One number on the page and what other outlets give for the same quantity. */
export interface FigureRow {
  claimId: string;
  /** The figure as the page writes it ("145 per cent"). */
  label: string;
  value: number;
  /** "%", "USD", "count", … */
  unit: string;
  /** What is measured (concept keys near the figure, e.g. ["tariff"]). */
  about: string[];
  others: { source: string; outlet: string; label: string; value: number; agrees: boolean; text: string }[];
}
