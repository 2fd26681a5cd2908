// Untrusted text from feeds made plain: entities decoded, markup reduced to its text, control
// characters removed, whitespace collapsed, length capped. The output is meant to be set as text
// (textContent, Preact children), never as HTML: this module does not sanitise HTML, it removes it.
// No DOM: Chrome's MV3 service worker has none, and the tests run in Node.
import { cutText } from '../text-cut';

/**
 * The HTML named entities feeds actually use. Not the full table of 2,231 names: the `entities`
 * package's decoder that has them all is 39 KB minified, and a name outside this list is left
 * as written (harmless in plain text, and visibly so). XML's five are here too.
 */
const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ensp: '\u2002', emsp: '\u2003',
  thinsp: '\u2009', zwnj: '\u200c', zwj: '\u200d', shy: '\u00ad', ndash: '\u2013', mdash: '\u2014',
  lsquo: '\u2018', rsquo: '\u2019', sbquo: '\u201a', ldquo: '\u201c', rdquo: '\u201d', bdquo: '\u201e',
  laquo: '\u00ab', raquo: '\u00bb', lsaquo: '\u2039', rsaquo: '\u203a', hellip: '\u2026', bull: '\u2022',
  middot: '\u00b7', copy: '\u00a9', reg: '\u00ae', trade: '\u2122', deg: '\u00b0', plusmn: '\u00b1',
  times: '\u00d7', divide: '\u00f7', frac12: '\u00bd', frac14: '\u00bc', frac34: '\u00be', euro: '\u20ac',
  pound: '\u00a3', yen: '\u00a5', cent: '\u00a2', sect: '\u00a7', para: '\u00b6', dagger: '\u2020',
  prime: '\u2032', Prime: '\u2033', minus: '\u2212', iexcl: '\u00a1', iquest: '\u00bf',
  agrave: 'à', aacute: 'á', acirc: 'â', atilde: 'ã', auml: 'ä', aring: 'å', aelig: 'æ', ccedil: 'ç',
  egrave: 'è', eacute: 'é', ecirc: 'ê', euml: 'ë', igrave: 'ì', iacute: 'í', icirc: 'î', iuml: 'ï',
  ntilde: 'ñ', ograve: 'ò', oacute: 'ó', ocirc: 'ô', otilde: 'õ', ouml: 'ö', oslash: 'ø', ugrave: 'ù',
  uacute: 'ú', ucirc: 'û', uuml: 'ü', yacute: 'ý', yuml: 'ÿ', szlig: 'ß', Agrave: 'À', Aacute: 'Á',
  Acirc: 'Â', Atilde: 'Ã', Auml: 'Ä', Aring: 'Å', AElig: 'Æ', Ccedil: 'Ç', Egrave: 'È', Eacute: 'É',
  Ecirc: 'Ê', Euml: 'Ë', Igrave: 'Ì', Iacute: 'Í', Icirc: 'Î', Iuml: 'Ï', Ntilde: 'Ñ', Ograve: 'Ò',
  Oacute: 'Ó', Ocirc: 'Ô', Otilde: 'Õ', Ouml: 'Ö', Oslash: 'Ø', Ugrave: 'Ù', Uacute: 'Ú', Ucirc: 'Û',
  Uuml: 'Ü', Yacute: 'Ý', oelig: 'œ', OElig: 'Œ', scaron: 'š', Scaron: 'Š', zcaron: 'ž', Zcaron: 'Ž',
};

const ENTITY = /&(?:#(\d{1,8})|#[xX]([0-9a-fA-F]{1,7})|([A-Za-z][A-Za-z0-9]{1,31}));?/g;

function codePoint(n: number): string {
  // NUL, surrogates and values past Unicode are what a hostile feed would use to break a consumer.
  if (!(n > 0 && n <= 0x10ffff) || (n >= 0xd800 && n <= 0xdfff)) return '\ufffd';
  return String.fromCodePoint(n);
}

/**
 * Character references and the named entities above decoded, once. Everything else (including
 * names a DOCTYPE declared, such as "billion laughs" entities) stays as written: nothing is ever
 * expanded from a declaration, so decoding is linear in the input and never grows it much.
 */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(ENTITY, (m, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (dec !== undefined) return codePoint(parseInt(dec, 10));
    if (hex !== undefined) return codePoint(parseInt(hex, 16));
    if (name !== undefined && Object.prototype.hasOwnProperty.call(NAMED, name) && m.endsWith(';')) return NAMED[name];
    return m;
  });
}

/** C0/C1 controls (but tab and line breaks), bidi overrides and BOMs: nothing a reader should see in a title. */
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ufeff]/g;

/** Controls removed and every run of whitespace (no-break spaces too) made one space, trimmed. */
export function cleanText(s: string): string {
  return s.replace(CONTROLS, '').replace(/[\s\u00a0]+/g, ' ').trim();
}

/**
 * At most `max` UTF-16 units: cut at the last space in the final fifth if there is one (a word is
 * not split), never inside a surrogate pair, and marked with an ellipsis.
 */
export function cutAtWord(s: string, max: number): string {
  if (s.length <= max) return s;
  let end = max - 1; // room for the ellipsis
  const space = s.lastIndexOf(' ', end);
  if (space >= end * 0.8) end = space;
  return cutText(s, end).trimEnd() + '…';
}

/** Elements whose content is not text a reader sees; dropped whole, with their content. */
const HIDDEN = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'object', 'svg', 'math', 'head', 'title', 'textarea', 'select']);

/** Tags that end a line or a box when rendered, so the words on either side are separate. */
const BLOCK = new Set([
  'p', 'br', 'div', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'td', 'th', 'table',
  'blockquote', 'pre', 'hr', 'section', 'article', 'aside', 'header', 'footer', 'figure', 'figcaption', 'nav', 'main',
  'address', 'caption', 'details', 'summary', 'form', 'fieldset', 'legend', 'img', 'video', 'audio', 'picture',
]);

export interface HtmlTag {
  name: string; // lower-case
  closing: boolean;
  attrs: Record<string, string>; // names lower-case, values entity-decoded; the first of a repeated name wins
  start: number;
  end: number; // just past '>'
}

const TAG_NAME = /[A-Za-z][^\s/>]*/y;
const ATTR = /[\s/]*([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/y;

/**
 * A tolerant reader of one HTML tag at `at` (where `<` is), the way browsers read them: a quoted
 * value may hold '>', an attribute without a value is ''. null when `<` starts no tag ("a < b");
 * 'eof' when the tag never ends: then nothing after it can be a tag either, and the caller must
 * stop rather than try the next '<' (which would rescan to the end each time: quadratic on
 * "<a <a <a …"). Used to turn feed HTML into text and to find `<link>`s in a page's head.
 */
export function readTag(html: string, at: number): HtmlTag | null | 'eof' {
  let i = at + 1;
  const closing = html.charCodeAt(i) === 47; // '/'
  if (closing) i++;
  TAG_NAME.lastIndex = i;
  const m = TAG_NAME.exec(html);
  if (!m) return null;
  i = TAG_NAME.lastIndex;
  // No prototype: an attribute named "constructor" or "__proto__" is just an attribute.
  const attrs: Record<string, string> = Object.create(null);
  for (;;) {
    while (i < html.length && /[\s/]/.test(html[i])) i++;
    if (i >= html.length) return 'eof';
    if (html[i] === '>') break;
    ATTR.lastIndex = i;
    const a = ATTR.exec(html);
    if (!a || ATTR.lastIndex === i) {
      i++; // a stray quote or '<': skip it as a browser would
      continue;
    }
    i = ATTR.lastIndex;
    const name = a[1].toLowerCase();
    if (!(name in attrs)) attrs[name] = decodeEntities(a[2] ?? a[3] ?? a[4] ?? '');
  }
  return { name: m[0].toLowerCase(), closing, attrs, start: at, end: i + 1 };
}

/**
 * Where markup that is not a tag ends: a comment, a `<!…>` or `<?…>` declaration. -1 when `at`
 * starts none of them.
 */
export function skipNonTag(html: string, at: number): number {
  if (html.startsWith('<!--', at)) {
    const e = html.indexOf('-->', at + 4);
    return e < 0 ? html.length : e + 3;
  }
  const c = html[at + 1];
  if (c === '!' || c === '?') {
    const e = html.indexOf('>', at + 2);
    return e < 0 ? html.length : e + 1;
  }
  return -1;
}

/**
 * HTML (a feed's description, an Atom `type="html"` text) as plain text: tags removed, the
 * content of script, style and the like removed with them, entities decoded, whitespace
 * collapsed. `<img onerror=…>` leaves nothing; `&lt;script&gt;` (escaped, so text the author
 * meant to show) comes back as the characters "<script>", which are inert as text.
 */
export function htmlToText(html: string): string {
  if (!html.includes('<')) return cleanText(decodeEntities(html));
  const out: string[] = [];
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      out.push(decodeEntities(html.slice(i)));
      break;
    }
    if (lt > i) out.push(decodeEntities(html.slice(i, lt)));
    const skip = skipNonTag(html, lt);
    if (skip >= 0) {
      i = skip;
      continue;
    }
    const tag = readTag(html, lt);
    if (tag === 'eof') break; // a tag cut off at the end (browsers drop it too)
    if (!tag) {
      // Not a tag ("a < b", or a tag cut off at the end): the '<' is text.
      out.push('<');
      i = lt + 1;
      continue;
    }
    i = tag.end;
    // A block tag separates words ("a</p><p>b" is "a b"); an inline one does not ("<i>agreed</i>.").
    if (BLOCK.has(tag.name)) out.push(' ');
    if (!tag.closing && HIDDEN.has(tag.name)) {
      const close = new RegExp(`</${tag.name}[\\s>/]`, 'ig');
      close.lastIndex = i;
      const m = close.exec(html);
      if (!m) break; // an unclosed <script>: everything after it is its content
      const gt = html.indexOf('>', m.index);
      i = gt < 0 ? html.length : gt + 1;
    }
  }
  return cleanText(out.join(''));
}
