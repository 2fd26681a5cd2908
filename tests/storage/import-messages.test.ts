// Import results in plain language: each validator error (precise, with field paths, used by
// the CLI) as the sentence the options page shows; none shows a field path or an id.
import { describe, expect, it } from 'vitest';
import { importNotice, importSummary, plainImportError, skippedLine } from '../../components/corpus/import-messages';
import { validateImport, serializeExport } from '../../utils/storage/export-format';

const good = () => ({ format: 'source-compare-corpus', version: 1, exportedAt: '2025-06-01T00:00:00.000Z', documents: [] as unknown[] });

describe('plainImportError', () => {
  it.each([
    ['c.json: file: it is empty', '“c.json” is empty.'],
    ['c.json: file: not valid JSON (the file looks truncated): Unexpected end of JSON input', '“c.json” looks cut off: it ends before the export does. Export the corpus again and import the new file.'],
    ['c.json: file: not valid JSON: Unexpected token h', '“c.json” is not a corpus export (it is not JSON). Choose a .json file exported from this page, or .txt/.html articles.'],
    ['c.json: format: expected "source-compare-corpus", got nothing (missing)', '“c.json” is not a Source Compare corpus export (it does not say it is one).'],
    ['c.json: format: expected "source-compare-corpus", got "zotero"', '“c.json” is not a Source Compare corpus export (it says it is "zotero").'],
    ['c.json: version: the file is version 3, made by a newer release; this one reads version 1', '“c.json” was exported by a newer version of Source Compare. Update the extension, then import it again.'],
    ['c.json: documents[1].text: expected a string, got number', 'Article 2 in “c.json” is damaged: its “text” field should be a string but is number.'],
    ['c.json: file: 65.0 MB is larger than the limit of 64.0 MB', '“c.json” is too large to import (65.0 MB; the limit is 64.0 MB).'],
    ['huge.txt: larger than the limit of 5 MB per file', '“huge.txt”: larger than the limit of 5 MB per file'],
    ['Choose either one .json export, or .txt/.html articles — not both at once.', 'Choose either one .json export, or .txt/.html articles — not both at once.'],
  ])('%s', (raw, plain) => {
    expect(plainImportError(raw)).toBe(plain);
  });

  it('every error the validator gives for these broken files reads without a field path', () => {
    const broken = [
      '',
      'nope',
      serializeExport(good() as never).slice(0, 40),
      JSON.stringify({ ...good(), format: undefined }),
      JSON.stringify({ ...good(), documents: [{ id: 'u_1', outlet: 3 }] }),
    ];
    for (const text of broken) {
      const r = validateImport(text);
      expect(r.ok).toBe(false);
      for (const e of (r as { errors: string[] }).errors) expect(plainImportError(`x.json: ${e}`)).not.toMatch(/documents\[|\bgot nothing\b|^file:|u_1/);
    }
  });
});

describe('import summaries', () => {
  it('names skipped articles by headline', () => {
    expect(skippedLine({ headline: 'Bridge reopens', reason: 'already in your library' })).toBe('“Bridge reopens”: not imported, already in your library.');
    expect(importSummary(2, 0)).toBe('Imported 2 documents into your library.');
    expect(importSummary(1, 2)).toBe('Imported 1 document into your library; 2 documents skipped.');
    expect(importSummary(0, 1)).toBe('Nothing new was imported: the article is already in your library or copies of stored ones.');
  });
});

describe('importNotice (what the options page announces)', () => {
  const note = { name: 'note.txt', reason: 'no article found: 12 words, fewer than the 80 an article has' };
  const dupe = { headline: 'Bridge reopens', reason: 'already in your library' };

  it('imports the valid files and lists the skipped one with its reason, as a status', () => {
    expect(importNotice({ added: 267, skipped: [], rejected: [note] })).toEqual({
      kind: 'status',
      text: 'Imported 267 documents into your library; 1 file could not be imported.',
      details: ['“note.txt”: no article found: 12 words, fewer than the 80 an article has'],
    });
  });

  it('lists files left out before articles already stored', () => {
    const n = importNotice({ added: 2, skipped: [dupe], rejected: [note, { name: 'photo.png', reason: 'not a .txt, .html or .json file' }] });
    expect(n.kind).toBe('status');
    expect(n.text).toBe('Imported 2 documents into your library; 1 document skipped; 2 files could not be imported.');
    expect(n.details).toEqual(['“note.txt”: no article found: 12 words, fewer than the 80 an article has', 'photo.png: not a .txt, .html or .json file', '“Bridge reopens”: not imported, already in your library.']);
  });

  it('is an alert only when nothing could be imported because files failed', () => {
    expect(importNotice({ added: 0, skipped: [], rejected: [note] })).toMatchObject({ kind: 'alert', text: 'Nothing was imported: 1 file could not be imported.' });
    expect(importNotice({ added: 0, skipped: [dupe], rejected: [note] })).toMatchObject({ kind: 'alert', text: 'Nothing was imported: 1 file could not be imported, and 1 article was already in your library.' });
    // Everything already stored is not a failure.
    expect(importNotice({ added: 0, skipped: [dupe], rejected: [] })).toMatchObject({ kind: 'status', text: /^Nothing new was imported/ });
  });
});
