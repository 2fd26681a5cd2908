// Each match carries its document's URL (when the document has one), so the sidebar can link
// to the other article (CONTRACT §4 `open-source`). The engine's report names documents by id
// only; the background owns the index, which knows their URLs.
import type { CorpusIndex } from '../engine/index/corpus-index';
import type { Report } from '../engine/types';
import { isHttpUrl } from '../storage/doc-validation';

export function withSourceUrls(report: Report, index: Pick<CorpusIndex, 'get'>): Report {
  const urls = new Map<string, string | null>();
  const urlOf = (id: string) => {
    if (!urls.has(id)) {
      const url = index.get(id)?.url;
      urls.set(id, url && isHttpUrl(url) ? url : null);
    }
    return urls.get(id)!;
  };
  return {
    ...report,
    claims: report.claims.map((c) => ({
      ...c,
      matches: c.matches.map((m) => {
        const url = urlOf(m.source);
        return url ? { ...m, url } : m;
      }),
    })),
  };
}
