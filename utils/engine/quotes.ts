import type { AnalyzedDoc } from './analyze';
import type { SentenceFeatures } from './features';
import type { Claim, QuoteCheck } from './types';

export function compareQuotes(_page: SentenceFeatures[], _claims: Claim[], _docs: AnalyzedDoc[]): QuoteCheck[] {
  return [];
}
