// Quotes: when the page and another outlet quote the same words (or the same speaker on the
// same point), compare the words inside the quotation marks. Different wording is a misquote
// risk; the word diff shows where they part.
import type { AnalyzedDoc } from '../story/coverage';
import type { CorpusIndex } from '../index/corpus-index';
import { wordDiff } from './diff';
import type { QuoteSpan, SentenceFeatures } from '../text/features';
import { retrieve } from '../index/retrieve';
import { MIN_QUOTE_WORDS, otherSpeaker, quoteKeys, SAME_QUOTE_OVERLAP, speakerOf } from '../text/speaker';
import type { Claim, QuoteCheck } from '../types';

/** Sentences retrieved per document to look for the same quote. */
const QUOTE_CANDIDATES = 5;

export function compareQuotes(page: SentenceFeatures[], claims: Claim[], docs: AnalyzedDoc[], index: CorpusIndex): QuoteCheck[] {
  const out: QuoteCheck[] = [];
  page.forEach((s, i) => {
    for (const q of s.quotes) {
      if (wordCount(q.text) < MIN_QUOTE_WORDS) continue;
      const qKeys = quoteKeys(q.text);
      if (qKeys.size < 2) continue;
      for (const { doc, outlet } of docs) {
        let best: { span: QuoteSpan; overlap: number; sentence: SentenceFeatures } | null = null;
        for (const [k] of retrieve(s, doc, index, QUOTE_CANDIDATES)) {
          const other = doc.sentences[k];
          for (const span of other.quotes) {
            if (wordCount(span.text) < MIN_QUOTE_WORDS) continue;
            const overlap = dice(qKeys, quoteKeys(span.text));
            if (overlap >= SAME_QUOTE_OVERLAP && (!best || overlap > best.overlap)) best = { span, overlap, sentence: other };
          }
        }
        if (!best) continue;
        const differs = fold(q.text) !== fold(best.span.text);
        const diff = wordDiff(q.text, best.span.text);
        const speaker = speakerOf(s.text, q), theirs = speakerOf(best.sentence.text, best.span);
        // The same words put in another mouth: a misattribution risk, whatever the wording.
        const misattributed = !!speaker && !!theirs && otherSpeaker(speaker, theirs);
        out.push({
          claimId: claims[i].id,
          quote: q.text,
          speaker,
          ...(theirs ? { otherSpeaker: theirs } : {}),
          source: doc.meta.id,
          outlet,
          otherQuote: best.span.text,
          differs: differs || misattributed,
          diff,
          why: misattributed
            ? `misattribution risk: this page attributes these words to ${speaker}, ${outlet} to ${theirs}`
            : differs ? misquoteWhy(diff, outlet) : `${outlet} quotes the same words`,
        });
      }
    }
  });
  return out;
}

function misquoteWhy(diff: { op: number; text: string }[], outlet: string): string {
  const page = diff.filter((d) => d.op === -1).map((d) => d.text.trim()).filter(Boolean);
  const other = diff.filter((d) => d.op === 1).map((d) => d.text.trim()).filter(Boolean);
  const show = (xs: string[]) => (xs.length ? xs.map((x) => `“${x}”`).join(', ') : 'nothing');
  return `misquote risk: this page has ${show(page)} where ${outlet} has ${show(other)}`;
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

function dice(a: Set<string>, b: Set<string>): number {
  let both = 0;
  for (const x of a) if (b.has(x)) both++;
  return a.size + b.size ? (2 * both) / (a.size + b.size) : 0;
}

/** Case, quote style and final punctuation do not make a misquote. */
function fold(s: string): string {
  return s.toLowerCase().replace(/[’‘]/g, "'").replace(/[^\p{L}\p{N}' ]+/gu, ' ').replace(/\s+/g, ' ').trim();
}
