// Fingerprints for duplicate detection. Three kinds of duplicate matter to a reader:
//  1. the same URL stored twice (ignoring tracking parameters and #fragments);
//  2. the same text stored twice (ignoring case, punctuation and whitespace);
//  3. a syndicated copy: the same article republished with a different footer, headline tweak
//     or one extra line. MinHash over 5-word shingles estimates how much of the wording two
//     texts share; LSH bands turn "find a near-identical text" into a few index look-ups.
// Everything here is synchronous on purpose: IndexedDB upgrade transactions (migrations that
// backfill these fields) close as soon as they wait on anything that is not an IDB request,
// so crypto.subtle (async) cannot be used there.
import { httpUrl } from '../url';

/** Lower case, letters and digits only, single spaces. Two texts equal under this are the same text. */
export function normaliseText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * 53-bit string hash (cyrb53), hex. Not cryptographic: a match is only a candidate, and exact
 * duplicates are confirmed by comparing the normalised texts themselves.
 */
export function hash53(s: string, seed = 0): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

/** Hash of the normalised text: equal for texts that differ only in case, punctuation or spacing. */
export function contentHash(text: string): string {
  return hash53(normaliseText(text));
}

/** Query parameters that say how the reader arrived, not which article it is. */
const TRACKING_PARAM = /^(utm_.*|fbclid|gclid|mc_cid|mc_eid|ocid|cmpid|smid|ref|src)$/i;

/**
 * The form of a URL used to spot the same article stored twice: no fragment, no tracking
 * parameters, lower-case host, no trailing slash. Returns null for anything that is not http(s).
 */
export function urlKey(url: string | undefined | null): string | null {
  const u = url ? httpUrl(url) : null;
  if (!u) return null;
  u.hash = '';
  for (const name of [...u.searchParams.keys()]) if (TRACKING_PARAM.test(name)) u.searchParams.delete(name);
  u.searchParams.sort();
  const path = u.pathname.replace(/\/+$/, '') || '/';
  const query = u.searchParams.toString();
  return `${u.protocol}//${u.host.toLowerCase()}${path}${query ? `?${query}` : ''}`;
}

/** Words per shingle: long enough that shared 5-word runs mean shared wording, not shared topic. */
export const SHINGLE_WORDS = 5;
/** MinHash size: 64 values give a similarity estimate within about ±0.06 (1/√64 standard error scale). */
export const MINHASH_SIZE = 64;
/** 16 bands of 4 values: a pair at similarity 0.8 shares a band with probability > 0.999, at 0.3 about 0.12. */
export const BANDS = 16;
const ROWS_PER_BAND = MINHASH_SIZE / BANDS;
/** Estimated share of 5-word passages above which two texts are the same article (syndicated copy). */
export const NEAR_DUPLICATE_SIMILARITY = 0.8;

/** murmur3's finaliser: spreads the bits of a 32-bit value. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Fixed per-position seeds (derived, not random, so fingerprints are stable across releases). */
const SEEDS = Int32Array.from({ length: MINHASH_SIZE }, (_, i) => fmix32(0x9e3779b9 * (i + 1)));

/**
 * MinHash signature of the text's 5-word shingles: for each of the 64 seeds, the least
 * fmix32(fnv1a(shingle) ^ seed), a shingle being five words joined by single spaces.
 * Written for speed (an import fingerprints every document): shingles are hashed in place in
 * the normalised text (no slices or joins) and the 64 minima are taken over a typed array.
 * tests/storage/fingerprint.test.ts checks it against the plain version on thousands of texts:
 * stored signatures must never change.
 */
export function minhash(text: string, normalised: string = normaliseText(text)): number[] {
  const norm = normalised;
  // Start of each word (normaliseText leaves single spaces between words, none at either end).
  const starts: number[] = [];
  if (norm.length) {
    starts.push(0);
    for (let i = norm.indexOf(' '); i !== -1; i = norm.indexOf(' ', i + 1)) starts.push(i + 1);
  }
  const words = starts.length;
  const fnvRange = (from: number, to: number) => {
    let h = 0x811c9dc5;
    for (let i = from; i < to; i++) {
      h ^= norm.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    return h >>> 0;
  };
  const unique = new Set<number>();
  if (words < SHINGLE_WORDS) unique.add(fnvRange(0, norm.length));
  for (let i = 0; i + SHINGLE_WORDS <= words; i++) {
    unique.add(fnvRange(starts[i], i + SHINGLE_WORDS < words ? starts[i + SHINGLE_WORDS] - 1 : norm.length));
  }
  const shingles = Int32Array.from(unique);
  const sig = new Array<number>(MINHASH_SIZE);
  for (let k = 0; k < MINHASH_SIZE; k++) {
    const seed = SEEDS[k];
    let min = 0xffffffff;
    for (let j = 0; j < shingles.length; j++) {
      let h = shingles[j] ^ seed; // fmix32, inlined
      h ^= h >>> 16;
      h = Math.imul(h, 0x85ebca6b);
      h ^= h >>> 13;
      h = Math.imul(h, 0xc2b2ae35);
      h ^= h >>> 16;
      const v = h >>> 0;
      if (v < min) min = v;
    }
    sig[k] = min;
  }
  return sig;
}

/** LSH band keys of a signature ("<band>:<hash>"); texts sharing a key are candidates. */
export function bandKeys(sig: readonly number[]): string[] {
  const keys: string[] = [];
  for (let b = 0; b < BANDS; b++) {
    keys.push(`${b}:${hash53(sig.slice(b * ROWS_PER_BAND, (b + 1) * ROWS_PER_BAND).join(','))}`);
  }
  return keys;
}

/** Estimated Jaccard similarity of the two texts' shingle sets. */
export function signatureSimilarity(a: readonly number[], b: readonly number[]): number {
  if (a.length !== b.length || a.length === 0) return 0;
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}

/** All derived fields a stored document carries for duplicate detection. */
export interface Fingerprint {
  contentHash: string;
  urlKey: string | null;
  minhash: number[];
  bands: string[];
}

export function fingerprint(text: string, url?: string | null): Fingerprint {
  const normalised = normaliseText(text); // once for both the hash and the MinHash
  const sig = minhash(text, normalised);
  return { contentHash: hash53(normalised), urlKey: urlKey(url), minhash: sig, bands: bandKeys(sig) };
}
