// Field-by-field checks of one document, shared by imports (strict: every field, nothing
// unknown) and by addDocument (the bookkeeping fields may be left out). Each problem names
// the field: `documents[3].text: expected a string, got number`.
import {
  ID_PATTERN,
  MAX_AUTHOR_CHARS,
  MAX_HEADLINE_CHARS,
  MAX_ID_CHARS,
  MAX_OUTLET_CHARS,
  MAX_TEXT_CHARS,
  MAX_URL_CHARS,
} from './limits';
import { httpUrl } from '../url';
import { shortened } from '../text-cut';

export function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** YYYY-MM-DD that is a real calendar day. */
export function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
}

/** A timestamp exactly as Date#toISOString writes it (so a round trip keeps it byte for byte). */
export function isIsoTimestamp(s: string): boolean {
  const d = new Date(s);
  return !Number.isNaN(d.getTime()) && d.toISOString() === s;
}

export function isHttpUrl(s: string): boolean {
  return httpUrl(s) !== null;
}

const LANG_PATTERN = /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/;

export const DOC_FIELDS = ['id', 'outlet', 'outletNamed', 'headline', 'date', 'lang', 'url', 'author', 'text', 'addedAt', 'source', 'hidden', 'remembered', 'pinned'] as const;

export interface FieldRules {
  /** Import entries carry an id; a new document from a page gets one made. */
  requireId: boolean;
  /** Import entries carry addedAt/source/hidden and no other field. */
  strict?: boolean;
}

function quote(s: string, max = 40): string {
  return JSON.stringify(shortened(s, max));
}

/**
 * A value read from a file, as an error message shows it: a string quoted and cut, a number or
 * true/false as written, anything else by its kind. Never JSON.stringify of the value itself: a
 * file's value may be a megabyte long or nested 100,000 levels deep (JSON.parse reads that, and
 * stringifying it again overflowed the stack), and a message must stay one short line.
 */
export function shownValue(v: unknown): string {
  if (v === undefined) return 'nothing (missing)';
  if (typeof v === 'string') return quote(v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return typeName(v);
}

/** A field's name from a file, cut like a value (a key may be as long as the file). */
export function fieldName(key: string, max = 40): string {
  return shortened(key, max);
}

/** Problems with `value` as a stored document; empty when it is fine. */
export function validateDocFields(value: unknown, label: string, rules: FieldRules): string[] {
  if (!isRecord(value)) return [`${label}: expected an object, got ${typeName(value)}`];
  const problems: string[] = [];
  const at = (field: string) => `${label}.${field}`;
  const str = (field: string, max: number, opts: { optional?: boolean; nonEmpty?: boolean } = {}): string | null => {
    const v = value[field];
    if (v === undefined && opts.optional) return null;
    if (v === undefined) {
      problems.push(`${at(field)}: missing (expected a string)`);
      return null;
    }
    if (typeof v !== 'string') {
      problems.push(`${at(field)}: expected a string, got ${typeName(v)}`);
      return null;
    }
    if (v.length > max) problems.push(`${at(field)}: ${v.length.toLocaleString('en')} characters; the limit is ${max.toLocaleString('en')}`);
    if (opts.nonEmpty !== false && v.trim() === '') problems.push(`${at(field)}: must not be empty`);
    return v;
  };
  const bool = (field: string, optional: boolean) => {
    const v = value[field];
    if (v === undefined && optional) return;
    if (typeof v !== 'boolean') problems.push(`${at(field)}: expected true or false, got ${v === undefined ? 'nothing (missing)' : typeName(v)}`);
  };
  const bookkeepingOptional = !rules.strict;

  const id = str('id', MAX_ID_CHARS, { optional: !rules.requireId });
  if (id !== null && id.trim() !== '' && !ID_PATTERN.test(id)) {
    problems.push(`${at('id')}: ${quote(id)} may only contain letters, digits and . _ : - (and must start with a letter or digit)`);
  }
  str('outlet', MAX_OUTLET_CHARS);
  bool('outletNamed', false);
  str('headline', MAX_HEADLINE_CHARS);
  if (!('date' in value)) problems.push(`${at('date')}: missing (expected "YYYY-MM-DD" or null)`);
  else if (value.date !== null) {
    if (typeof value.date !== 'string') problems.push(`${at('date')}: expected "YYYY-MM-DD" or null, got ${typeName(value.date)}`);
    else if (!isIsoDate(value.date)) problems.push(`${at('date')}: ${quote(value.date)} is not a calendar date written YYYY-MM-DD`);
  }
  const lang = str('lang', 35);
  if (lang && !LANG_PATTERN.test(lang)) problems.push(`${at('lang')}: ${quote(lang)} is not a language tag like "en" or "pt-BR"`);
  const url = str('url', MAX_URL_CHARS, { optional: true });
  if (url && !isHttpUrl(url)) problems.push(`${at('url')}: ${quote(url)} is not an http(s) address`);
  str('author', MAX_AUTHOR_CHARS, { optional: true });
  str('text', MAX_TEXT_CHARS);
  bool('remembered', true);
  bool('pinned', true);
  // Only documents a fetch run stores carry these (never imports: they are not in DOC_FIELDS).
  const fetchedFrom = str('fetchedFrom', MAX_URL_CHARS, { optional: true });
  if (fetchedFrom && !isHttpUrl(fetchedFrom)) problems.push(`${at('fetchedFrom')}: ${quote(fetchedFrom)} is not an http(s) address`);
  bool('summaryOnly', true);
  const addedAt = str('addedAt', 40, { optional: bookkeepingOptional });
  if (addedAt && !isIsoTimestamp(addedAt)) problems.push(`${at('addedAt')}: ${quote(addedAt)} is not a timestamp like "2025-05-01T12:00:00.000Z"`);
  const source = value.source;
  if (!(source === undefined && bookkeepingOptional) && source !== 'seed' && source !== 'user') {
    problems.push(`${at('source')}: expected "seed" or "user", got ${typeof source === 'string' ? quote(source) : source === undefined ? 'nothing (missing)' : typeName(source)}`);
  }
  bool('hidden', bookkeepingOptional);
  if (rules.strict) {
    for (const key of Object.keys(value)) {
      if (!(DOC_FIELDS as readonly string[]).includes(key)) problems.push(`${at(fieldName(key))}: unknown field`);
    }
  }
  return problems;
}
