// The fast MinHash must give exactly the signatures of the plain one: stored documents keep
// their signatures, and a new text is compared with them.
import { describe, expect, it } from 'vitest';
import { fingerprint, minhash, normaliseText, contentHash, MINHASH_SIZE, SHINGLE_WORDS } from '../../utils/storage/fingerprint';
import { articleText } from './helpers';

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
const SEEDS = Array.from({ length: MINHASH_SIZE }, (_, i) => fmix32(0x9e3779b9 * (i + 1)));

/** The MinHash as first written (slices and joins): the definition the stored signatures follow. */
function plainMinhash(text: string): number[] {
  const words = normaliseText(text).split(' ').filter(Boolean);
  const shingles = new Set<number>();
  if (words.length < SHINGLE_WORDS) shingles.add(fnv1a(words.join(' ')));
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) shingles.add(fnv1a(words.slice(i, i + SHINGLE_WORDS).join(' ')));
  const sig = new Array<number>(MINHASH_SIZE).fill(0xffffffff);
  for (const s of shingles) {
    for (let k = 0; k < MINHASH_SIZE; k++) {
      const v = fmix32(s ^ SEEDS[k]);
      if (v < sig[k]) sig[k] = v;
    }
  }
  return sig;
}

describe('minhash', () => {
  it('gives the same signatures as the plain definition', () => {
    const texts = [
      '', ' ', 'a', 'one two three four', 'one two three four five', 'one two three four five six',
      '  Héllo   wörld — “quoted” it’s 12 3 ', 'x '.repeat(10), '日本語 テキスト です 。 もう 一つ', 'Ünïcödé ﬁ ligature ＦＵＬＬ width',
      ...Array.from({ length: 300 }, (_, i) => articleText(i, 1 + (i % 40))),
    ];
    for (const t of texts) expect(minhash(t), JSON.stringify(t.slice(0, 60))).toEqual(plainMinhash(t));
  });

  it('a known signature does not change across releases', () => {
    const fp = fingerprint('The council said the bridge would reopen after repairs costing ten million.');
    expect(fp.contentHash).toBe(contentHash('The council said the bridge would reopen after repairs costing ten million.'));
    expect(fp.minhash.slice(0, 4)).toEqual(plainMinhash('The council said the bridge would reopen after repairs costing ten million.').slice(0, 4));
  });
});
