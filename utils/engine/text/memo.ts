// One value per sentence object, computed on first use. A stored sentence is compared with
// many claims and a claim with many sentences; the values below depend on the sentence alone.
import type { SentenceFeatures } from './features';

/** `compute`, memoised per sentence object (a WeakMap: nothing outlives its sentence). */
export function perSentence<T>(compute: (s: SentenceFeatures) => T): (s: SentenceFeatures) => T {
  const cache = new WeakMap<SentenceFeatures, T>();
  return (s) => {
    // One lookup when the value is known (`has` only for a value that is itself undefined).
    const known = cache.get(s);
    if (known !== undefined || cache.has(s)) return known as T;
    const value = compute(s);
    cache.set(s, value);
    return value;
  };
}
