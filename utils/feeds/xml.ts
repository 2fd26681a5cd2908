// A small, strict-where-it-matters XML reader for feeds. No DOM (Chrome's MV3 service worker
// has no DOMParser) and no dependency: see the commit that added it for the measured comparison
// with fast-xml-parser, feedsmith and @rowanmanning/feed-parser.
//
// What it does not do, on purpose:
// - It never reads a DOCTYPE's declarations. An internal subset is skipped (and its <!ENTITY>
//   declarations counted, so the caller can say they were ignored); external entities are never
//   resolved, so "billion laughs" and XXE documents cost one linear scan.
// - It does not validate names or character ranges. Feeds in the wild have unescaped '&' and
//   the odd invalid character; refusing them would lose valid items for no safety gain.
// What it does check: the element structure (every end tag matches its start tag, one root,
// bounded depth). A structural error stops the reading and is reported with its line and
// column; the elements read so far are returned, marked closed or not, so the caller can keep
// every item that was complete before the problem.
import { decodeEntities } from './text';
import { shortened } from '../text-cut';

export interface XmlElement {
  /** The name as written, with its prefix ("dc:creator"). */
  name: string;
  /** The local name ("creator"). */
  local: string;
  /** The namespace URI its prefix (or the default namespace) resolves to; '' for none. */
  ns: string;
  /** Attributes by their name as written; values entity-decoded. */
  attrs: Record<string, string>;
  children: XmlNode[];
  /** False when the document ended or broke before this element's end tag. */
  closed: boolean;
  /** The xml:base in effect (resolved against the parent's); null when none was given. */
  base: string | null;
  /** Prefix → namespace URI in scope. */
  scope: Record<string, string>;
  /** Offset of '<' in the text (for messages). */
  offset: number;
}
export type XmlNode = XmlElement | string;

export interface XmlError {
  message: string;
  line: number; // 1-based
  column: number; // 1-based, in UTF-16 units
  offset: number;
}

export interface XmlDocument {
  root: XmlElement | null;
  /** The first structural problem; null for a well-formed document. */
  error: XmlError | null;
  /** How many <!ENTITY> declarations the DOCTYPE had (none are used). */
  entityDeclarations: number;
  /** The DOCTYPE's root name ("html" for an HTML page), or null. */
  doctype: string | null;
}

/** Deeper than any feed; a limit so a hostile `<a><a><a>…` cannot exhaust a recursive reader. */
export const MAX_DEPTH = 256;

const XML_NS = 'http://www.w3.org/XML/1998/namespace';
const NAME = /[^\s/>=<"'&]+/y;
/**
 * How much of a name an error message quotes. A name runs to the next space or '>', so a hostile
 * feed's may be megabytes long; the message is one line of a source's history in the options page.
 */
const SHOWN_NAME_CHARS = 60;
const shownName = (name: string) => shortened(name, SHOWN_NAME_CHARS);
const WS = /\s*/y;

export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

function splitName(name: string): [prefix: string, local: string] {
  const c = name.indexOf(':');
  return c < 0 ? ['', name] : [name.slice(0, c), name.slice(c + 1)];
}

function resolveBase(value: string, parent: string | null): string | null {
  try {
    return new URL(value, parent ?? undefined).href;
  } catch {
    return parent; // a relative xml:base with no absolute base above it: ignore it
  }
}

export function parseXml(text: string): XmlDocument {
  const doc: XmlDocument = { root: null, error: null, entityDeclarations: 0, doctype: null };
  const stack: XmlElement[] = [];
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let rootDone = false;
  const fail = (message: string, at: number): XmlDocument => {
    doc.error = { message, offset: at, ...lineColumn(text, at) };
    return doc;
  };
  const len = text.length;
  while (i < len) {
    const lt = text.indexOf('<', i);
    const textEnd = lt < 0 ? len : lt;
    if (textEnd > i) {
      const chunk = text.slice(i, textEnd);
      const top = stack[stack.length - 1];
      if (top) top.children.push(decodeEntities(chunk));
      else if (chunk.trim()) return fail(rootDone ? 'text after the end of the root element' : 'text before the root element', i);
      i = textEnd;
      if (lt < 0) break;
    }
    // i === lt
    if (text.startsWith('<!--', i)) {
      const e = text.indexOf('-->', i + 4);
      if (e < 0) return fail('a comment (<!--) is never closed', i);
      i = e + 3;
      continue;
    }
    if (text.startsWith('<![CDATA[', i)) {
      const e = text.indexOf(']]>', i + 9);
      if (e < 0) return fail('a CDATA section is never closed', i);
      const top = stack[stack.length - 1];
      if (!top) return fail('a CDATA section outside the root element', i);
      top.children.push(text.slice(i + 9, e)); // CDATA is literal: no entity decoding
      i = e + 3;
      continue;
    }
    if (text.startsWith('<?', i)) {
      const e = text.indexOf('?>', i + 2);
      if (e < 0) return fail('a processing instruction (<?) is never closed', i);
      i = e + 2;
      continue;
    }
    if (text.startsWith('<!', i)) {
      if (!/^<!DOCTYPE\s/i.test(text.slice(i, i + 10))) return fail('a "<!" that is neither a comment, CDATA nor a DOCTYPE', i);
      if (stack.length || rootDone) return fail('a DOCTYPE inside the document', i);
      // Skip the DOCTYPE without interpreting it: brackets of the internal subset, quoted
      // strings (which may hold '>' or ']') and comments inside it.
      let j = i + 9;
      let depth = 0;
      let end = -1;
      while (j < len) {
        const c = text[j];
        if (c === '"' || c === "'") {
          const q = text.indexOf(c, j + 1);
          if (q < 0) break;
          j = q + 1;
        } else if (c === '<' && text.startsWith('<!--', j)) {
          const q = text.indexOf('-->', j + 4);
          if (q < 0) break;
          j = q + 3;
        } else if (c === '<' && text.startsWith('<!ENTITY', j)) {
          doc.entityDeclarations++;
          j += 8;
        } else if (c === '[') (depth++, j++);
        else if (c === ']') (depth--, j++);
        else if (c === '>' && depth <= 0) {
          end = j;
          break;
        } else j++;
      }
      if (end < 0) return fail('a DOCTYPE is never closed', i);
      doc.doctype = /^<!DOCTYPE\s+([^\s[>]+)/i.exec(text.slice(i, i + 200))?.[1] ?? '';
      i = end + 1;
      continue;
    }
    if (text.charCodeAt(i + 1) === 47) {
      // An end tag.
      NAME.lastIndex = i + 2;
      const m = NAME.exec(text);
      const gt = text.indexOf('>', i);
      const name = m ? m[0] : '';
      const top = stack[stack.length - 1];
      if (!top) return fail(`an end tag </${shownName(name)}> with no element open`, i);
      if (name !== top.name) {
        const at = lineColumn(text, top.offset);
        return fail(`expected </${shownName(top.name)}> (opened at line ${at.line}, column ${at.column}), found </${shownName(name)}>`, i);
      }
      if (gt < 0 || text.slice(NAME.lastIndex, gt).trim()) return fail(`the end tag </${shownName(name)}> is not closed with '>'`, i);
      top.closed = true;
      stack.pop();
      if (!stack.length) rootDone = true;
      i = gt + 1;
      continue;
    }
    // A start tag.
    NAME.lastIndex = i + 1;
    const m = NAME.exec(text);
    if (!m) return fail("'<' is not followed by a name (an unescaped '<' in text?)", i);
    if (rootDone) return fail(`a second root element <${shownName(m[0])}>`, i);
    if (stack.length >= MAX_DEPTH) return fail(`elements nested deeper than ${MAX_DEPTH} levels`, i);
    const parent = stack[stack.length - 1];
    // No prototype: an attribute named "constructor" or "__proto__" is just an attribute.
    const attrs: Record<string, string> = Object.create(null);
    let j = NAME.lastIndex;
    let selfClosing = false;
    for (;;) {
      WS.lastIndex = j;
      WS.exec(text);
      j = WS.lastIndex;
      if (j >= len) return fail(`the start tag <${shownName(m[0])}> is never closed`, i);
      if (text[j] === '>') {
        j++;
        break;
      }
      if (text.startsWith('/>', j)) {
        selfClosing = true;
        j += 2;
        break;
      }
      NAME.lastIndex = j;
      const a = NAME.exec(text);
      if (!a) return fail(`unexpected ${JSON.stringify(text[j])} in the start tag <${shownName(m[0])}>`, j);
      j = NAME.lastIndex;
      WS.lastIndex = j;
      WS.exec(text);
      j = WS.lastIndex;
      if (text[j] !== '=') return fail(`the attribute ${shownName(a[0])} of <${shownName(m[0])}> has no value`, j);
      WS.lastIndex = j + 1;
      WS.exec(text);
      j = WS.lastIndex;
      const q = text[j];
      if (q !== '"' && q !== "'") return fail(`the value of the attribute ${shownName(a[0])} of <${shownName(m[0])}> is not quoted`, j);
      const qe = text.indexOf(q, j + 1);
      if (qe < 0) return fail(`the value of the attribute ${shownName(a[0])} of <${shownName(m[0])}> is never closed`, j);
      // A repeated attribute is an XML error, but a harmless one: the first value is kept.
      if (!(a[0] in attrs)) attrs[a[0]] = decodeEntities(text.slice(j + 1, qe)).replace(/[\t\n\r]/g, ' ');
      j = qe + 1;
    }
    // Prefix maps without a prototype, so a prefix such as "constructor" resolves to nothing.
    let scope: Record<string, string> = parent ? parent.scope : Object.assign(Object.create(null), { xml: XML_NS });
    for (const k in attrs) {
      if (k === 'xmlns' || k.startsWith('xmlns:')) {
        if (scope === parent?.scope) scope = Object.assign(Object.create(null), scope);
        scope[k === 'xmlns' ? '' : k.slice(6)] = attrs[k];
      }
    }
    const [prefix, local] = splitName(m[0]);
    const base = attrs['xml:base'] !== undefined ? resolveBase(attrs['xml:base'], parent?.base ?? null) : (parent?.base ?? null);
    const el: XmlElement = { name: m[0], local, ns: scope[prefix] ?? '', attrs, children: [], closed: selfClosing, base, scope, offset: i };
    if (parent) parent.children.push(el);
    else doc.root = el;
    if (selfClosing) {
      if (!parent) rootDone = true;
    } else stack.push(el);
    i = j;
  }
  if (!doc.root) return fail('no root element', len);
  if (stack.length) {
    const top = stack[stack.length - 1];
    const at = lineColumn(text, top.offset);
    return fail(`the text ends before </${shownName(top.name)}> (opened at line ${at.line}, column ${at.column})`, len);
  }
  return doc;
}

/** Child elements, optionally only those with this local name (and namespace, when given). */
export function childElements(el: XmlElement, local?: string, ns?: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const c of el.children) {
    if (typeof c === 'string') continue;
    if (local !== undefined && c.local !== local) continue;
    if (ns !== undefined && c.ns !== ns) continue;
    out.push(c);
  }
  return out;
}

export function firstChild(el: XmlElement, local: string, ns?: string): XmlElement | null {
  for (const c of el.children) if (typeof c !== 'string' && c.local === local && (ns === undefined || c.ns === ns)) return c;
  return null;
}

/** All text inside, descendants included (their tags dropped). Depth is bounded by MAX_DEPTH. */
export function textContent(el: XmlElement): string {
  let s = '';
  for (const c of el.children) s += typeof c === 'string' ? c : textContent(c);
  return s;
}

/** An attribute by local name and namespace URI ('' for an unprefixed attribute). */
export function attrNS(el: XmlElement, local: string, ns: string): string | undefined {
  for (const k in el.attrs) {
    const [p, l] = splitName(k);
    if (l !== local) continue;
    if ((p ? el.scope[p] ?? '' : '') === ns) return el.attrs[k];
  }
  return undefined;
}

/**
 * Markup inside an element written back as text (Atom's type="xhtml" content holds elements,
 * not text). Only used to feed htmlToText, which drops the tags again; attribute values are not
 * needed for that and are left out.
 */
export function innerMarkup(el: XmlElement): string {
  let s = '';
  for (const c of el.children) {
    if (typeof c === 'string') s += c.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    else s += `<${c.local}>${innerMarkup(c)}</${c.local}>`;
  }
  return s;
}
