// A contradiction's proof as the engine gives one (utils/engine/types.ts ContradictionProof), for
// hand-written reports: the engine puts one on every "contradicts" match, and the view shows a
// contradiction without one as "adds" (utils/page/proof-view.ts).
import type { ContradictionProof, Match } from '../../utils/engine/types';

export const PROOF: ContradictionProof = {
  kind: 'figure',
  about: 'the tariff rate',
  page: { value: '145 percent', span: { start: 16, end: 27 } },
  other: { value: '125 percent', span: { start: 16, end: 27 } },
};

/** The proof a "contradicts" match carries, nothing on the others. */
export const proofFor = (relation: Match['relation']): Pick<Match, 'proof'> => (relation === 'contradicts' ? { proof: PROOF } : {});
