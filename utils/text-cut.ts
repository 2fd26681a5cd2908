// Cutting untrusted text to a length limit without splitting a character: a cut between the two
// halves of a surrogate pair (an emoji, a CJK extension character) would store a lone half, which
// shows as a replacement character and is not valid UTF-16 for encodeURIComponent.

/** `s` cut to at most `max` UTF-16 units, never inside a surrogate pair. */
export function cutText(s: string, max: number): string {
  if (s.length <= max) return s;
  const last = s.charCodeAt(max - 1);
  return s.slice(0, last >= 0xd800 && last <= 0xdbff ? max - 1 : max);
}

/** `s` cut as `cutText` does, with "…" when anything was cut (for a name or a value in a message). */
export function shortened(s: string, max: number): string {
  return s.length > max ? `${cutText(s, max)}…` : s;
}
