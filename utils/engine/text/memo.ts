// One value per sentence object, computed on first use. A stored sentence is compared with
// many claims and a claim with many sentences; the values below depend on the sentence alone.
import type { SentenceFeatures } from './features';

/** `compute`, memoised per sentence object (a WeakMap: nothing outlives its sentence). */
export function perSentence<T>(compute: (s: SentenceFeatures) => T): (s: SentenceFeatures) => T {
  const cache = new WeakMap<SentenceFeatures, T>();
  return (s) => {
    if (cache.has(s)) return cache.get(s) as T;
    const value = compute(s);
    cache.set(s, value);
    return value;
  };
}
