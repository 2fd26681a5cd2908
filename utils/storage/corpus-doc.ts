// The engine's view of a stored or exported document: its CorpusDoc fields, in one order, with
// the corpus bookkeeping (timestamps, fingerprints, hidden flag) left out. One function, so a
// field added to CorpusDoc reaches the index and export files alike.
import type { CorpusDoc } from '../engine/types';

export function toCorpusDoc(d: CorpusDoc): CorpusDoc {
  const doc: CorpusDoc = {
    id: d.id,
    outlet: d.outlet,
    outletNamed: d.outletNamed,
    headline: d.headline,
    date: d.date,
    lang: d.lang,
    text: d.text,
  };
  if (d.url !== undefined) doc.url = d.url;
  return doc;
}
