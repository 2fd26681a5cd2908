// Tables looked up by words of untrusted text. An object literal inherits Object.prototype, so a
// page's "constructor" (a word of English: a Formula One team, a builder) found a function there:
// the stemmer crashed on it, and a term of that name broke every inverted index built from plain
// objects. A table made here has no prototype: a word is in it only if we put it there.

/** A word-keyed table with no inherited keys, holding `entries`. */
export function wordTable<T>(entries: Record<string, T> = {}): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, entries);
}
