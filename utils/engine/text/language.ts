// Is this article in English? The engine's lexicon, stemming and cues are English-only, so a
// page in another language would get nothing but false matches on names and numbers.
// A pure check: the share of words that are common English function words (in English prose
// about 35-50%, in French/German/Spanish under 8%), with the page's `lang` attribute as a hint.
// Scripts without spaces between words (Chinese, Japanese, Thai…) have hardly any Latin words.

const EN_FUNCTION_WORDS = new Set(
  (
    'the of and to a in is was that for on it with as by at from be has have had are were this ' +
    'which but not or an its his her their they he she we you i been will would said says could ' +
    'should about after before than then there when who what into over also more other some such ' +
    'these those no if so up out do does did can may our them him us one all any new between while'
  ).split(' '),
);

export type LanguageVerdict = { english: true } | { english: false; reason: string; lang: string | null };

/** Words we look at: the first few thousand are plenty and keep the check cheap on huge pages. */
const SAMPLE_WORDS = 3000;
/** Below this share the text is not English; English news text sits far above it. */
const MIN_SHARE = 0.2;
/** With an English `lang` hint we accept a lower share (headline-heavy or list-like articles). */
const MIN_SHARE_WITH_EN_HINT = 0.12;
/** Above this share of non-Latin letters the text is in another script. */
const MAX_OTHER_SCRIPT = 0.3;

export function functionWordShare(text: string): { share: number; words: number } {
  const words = text.toLowerCase().match(/[a-z\u00c0-\u024f']+/g) ?? [];
  const sample = words.length > SAMPLE_WORDS ? words.slice(0, SAMPLE_WORDS) : words;
  if (!sample.length) return { share: 0, words: 0 };
  let hits = 0;
  for (const w of sample) if (EN_FUNCTION_WORDS.has(w.replace(/'s$/, ''))) hits++;
  return { share: hits / sample.length, words: sample.length };
}

/** Share of letters outside Latin scripts (CJK, Cyrillic, Arabic, …) in the first 20,000 characters. */
function otherScriptShare(text: string): number {
  const s = text.slice(0, 20_000);
  const letters = s.match(/\p{L}/gu)?.length ?? 0;
  if (!letters) return 0;
  const latin = s.match(/\p{Script=Latin}/gu)?.length ?? 0;
  return (letters - latin) / letters;
}

/** `lang` attribute "fr-CA" → "fr"; null when absent or malformed. */
export function primaryLang(lang: string | null | undefined): string | null {
  const m = /^\s*([a-z]{2,3})(?:[-_][a-z0-9]+)*\s*$/i.exec(lang ?? '');
  return m ? m[1]!.toLowerCase() : null;
}

export function detectEnglish(text: string, langHint?: string | null): LanguageVerdict {
  const lang = primaryLang(langHint);
  if (otherScriptShare(text) > MAX_OTHER_SCRIPT) {
    return { english: false, lang, reason: 'the text is not in the Latin alphabet' };
  }
  const { share, words } = functionWordShare(text);
  // Too little text to judge: trust the hint, else let it through (extraction already demands 80 words).
  if (words < 30) return lang && lang !== 'en' ? { english: false, lang, reason: `the page says it is in “${lang}”` } : { english: true };
  const min = lang === 'en' ? MIN_SHARE_WITH_EN_HINT : MIN_SHARE;
  if (share >= min) return { english: true };
  return {
    english: false,
    lang,
    reason: lang && lang !== 'en' ? `the page says it is in “${lang}”` : 'few common English words in the text',
  };
}
