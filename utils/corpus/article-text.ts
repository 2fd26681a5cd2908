// Cleaning of stored article text: what a reader would not call part of the article
// (comment prompts, syndication footers, author bios, agency credits, a bare outlet name)
// is dropped from the END of the text by general rules. Nothing in the body is touched,
// so offsets into the cleaned text stay offsets into the original's prefix.

/** A trailing line is boilerplate when one of these says so. Order does not matter. */
const TRAILING_BOILERPLATE: { name: string; test: (line: string) => boolean }[] = [
  {
    // "To join the conversation, please log in", "Sign in to comment", "Register", "Logout"
    name: 'comment or account prompt',
    test: (l) =>
      /\b(log ?in|log ?out|sign ?in|sign ?up|register|subscribe|commenting as|join the conversation)\b/i.test(l) &&
      wordCount(l) <= 25,
  },
  {
    // WordPress-style syndication footer: "The post <title> appeared first on <site>."
    name: 'syndication footer',
    test: (l) => /^the post .+ appeared first on .+$/i.test(l),
  },
  {
    // "With inputs from agencies", "(Reporting by …; Editing by …)", "Additional reporting by …"
    name: 'agency or reporting credit',
    test: (l) =>
      /^\(?\s*(with (inputs|input|agency inputs) from|(additional )?reporting by|editing by|compiled by|written by)\b/i.test(l) &&
      wordCount(l) <= 30,
  },
  {
    // Author bio: "<Proper Name> covers …" / "<Name> is a reporter …" / "<Name> writes about …".
    name: 'author bio',
    test: (l) =>
      /^(\p{Lu}[\p{L}'’.-]*\s){1,3}(\p{Lu}[\p{L}'’.-]*)\s(covers|reports on|writes about|is an? (\w+ ){0,3}(reporter|correspondent|editor|writer|journalist|columnist))\b/u.test(
        l,
      ) && wordCount(l) <= 60,
  },
  {
    // A bare outlet name as a sign-off: a short Title Case line with no sentence punctuation.
    // Five words covers names like "The Wall Street Journal"; a real closing sentence is longer
    // or ends with punctuation.
    name: 'bare outlet name',
    test: (l) =>
      wordCount(l) <= 5 && !/[.!?:;"“”,]$/.test(l) && l.split(/\s+/).every((w) => /^(\p{Lu}|of$|the$|and$|&$)/u.test(w)),
  },
];

function wordCount(line: string): number {
  return line.split(/\s+/).filter(Boolean).length;
}

/** Normalises line endings and invisible characters without moving visible text. */
export function normaliseRaw(raw: string): string {
  return raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/** Drops trailing boilerplate lines; returns the cleaned text and what was dropped (for reports and tests). */
export function stripTrailingBoilerplate(text: string): { text: string; dropped: string[] } {
  const lines = normaliseRaw(text).split('\n');
  const dropped: string[] = [];
  while (lines.length > 1) {
    const last = lines[lines.length - 1].trim();
    if (last === '' || TRAILING_BOILERPLATE.some((rule) => rule.test(last))) {
      if (last) dropped.unshift(last);
      lines.pop();
    } else break;
  }
  return { text: lines.join('\n').trimEnd(), dropped };
}

/** The outlet named by a syndication footer ("… appeared first on New York Times."), if any. */
export function outletFromFooter(lines: string[]): string | null {
  for (const line of lines) {
    const m = /appeared first on (.+?)\.?$/i.exec(line);
    if (m) return m[1].trim();
  }
  return null;
}

/** A plain-text article: the first non-empty line is the headline; the text keeps it as its first line. */
export function parseTxtArticle(raw: string): { title: string; text: string; dropped: string[] } {
  const { text, dropped } = stripTrailingBoilerplate(normaliseRaw(raw).replace(/^\s*\n/, ''));
  const title = text.split('\n', 1)[0].trim();
  return { title, text, dropped };
}
