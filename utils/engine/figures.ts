import type { AnalyzedDoc } from './analyze';
import type { SentenceFeatures } from './features';
import type { Claim, FigureRow } from './types';

export function compareFigures(_page: SentenceFeatures[], _claims: Claim[], _docs: AnalyzedDoc[]): FigureRow[] {
  return [];
}
