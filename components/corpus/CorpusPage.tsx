// The library section of the options page: every stored document, one page at a time (search,
// a "Show" choice by kind, previous/next), open, delete with undo, pin remembered articles,
// hide/show seeds, group by story, import and export. It talks to IndexedDB directly through
// CorpusStore and tells the background after every change (`notifyChanged`).
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { CorpusDoc } from '../../utils/engine/types';
import type { CorpusStore } from '../../utils/storage/corpus-store';
import { StorageQuotaError } from '../../utils/storage/errors';
import { exportFileName, serializeExport } from '../../utils/storage/export-format';
import type { ParseHtml } from '../../utils/storage/article-input';
import type { StoredDoc, TrashedDoc } from '../../utils/storage/types';
import { CorpusTable, type ListItem, type RowActions } from './CorpusRow';
import { DocumentReader } from './DocumentReader';
import { formatBytes, formatDay, haystackOf, plural, toRows, type Row } from './format';
import { clusterStories } from '../../utils/corpus/story-clusters';
import { buildExport } from '../../utils/storage/export-format';
import { toCorpusDoc } from '../../utils/storage/corpus-doc';
import { importPickedFiles } from './import-files';
import { importNotice as describeImport, plainImportError } from './import-messages';
import { groupByStory } from './story-groups';
import { NoticeView } from './NoticeView';
import type { Notice as NoticeShape } from './notice';
import { Pager } from './Pager';
import { countKinds, LIBRARY_SHOW, pageWindow, selectRows, type LibraryShow } from '../../utils/corpus/library-list';

export interface CorpusPageProps {
  openStore(): Promise<CorpusStore>;
  /** The shipped seeds (parseSeedDocs of the bundled files): stored on first open, restored by "reset seeds". */
  seeds: readonly CorpusDoc[];
  parseHtml: ParseHtml;
  /** Tells the background the corpus changed, so it re-reads it. Failures are ignored (the background re-checks the revision anyway). */
  notifyChanged(revision: number): void;
  /**
   * Calls back when the background may have stored documents while this page is open (a fetch
   * run's progress); returns the unsubscribe. The list re-reads itself when the revision moved.
   */
  watchChanges?(onChange: () => void): () => void;
}

type Notice = NoticeShape | null;

/** What "Show" offers, in the reader's words. */
const SHOW_LABEL: Record<LibraryShow, string> = { all: 'All', fetched: 'Fetched from sources', remembered: 'Remembered as you read', added: 'Added or imported by you', seed: 'Seeds' };

/** Progress reaches the page at most this often: each update re-renders the page. */
const PROGRESS_EVERY_MS = 100;
/**
 * Above this many documents "group by story" uses the simple wording measure: the engine's
 * grouping costs about one analysis (25–40 ms at 1,000–10,000 documents, README) per story and
 * per lone article, so 2,000 documents take up to about a minute in the background.
 */
const MAX_ENGINE_GROUPING_DOCS = 2_000;
/** The list is filtered this long after the last keystroke (at 10,000 documents a filter takes a few tens of ms). */
const SEARCH_DELAY_MS = 120;

function errorText(e: unknown): string {
  if (e instanceof StorageQuotaError) return e.message;
  return `Something went wrong: ${e instanceof Error ? e.message : String(e)}. Nothing was changed.`;
}

export function CorpusPage({ openStore, seeds, parseHtml, notifyChanged, watchChanges }: CorpusPageProps) {
  const [store, setStore] = useState<CorpusStore | null>(null);
  const [docs, setDocs] = useState<StoredDoc[] | null>(null);
  const [trash, setTrash] = useState<TrashedDoc[]>([]);
  const [query, setQuery] = useState('');
  /** `query` once typing paused: what the list is filtered by. */
  const [filter, setFilter] = useState('');
  const [grouped, setGrouped] = useState(false);
  const [show, setShow] = useState<LibraryShow>('all');
  /** The page of the list shown (0-based; clamped by pageWindow when the list shrinks). */
  const [page, setPage] = useState(0);
  const [openId, setOpenId] = useState<string | null>(null);
  /** The document whose outlet is being renamed, and the name typed so far. */
  const [editing, setEditing] = useState<{ id: string; outlet: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice>(null);
  const [importNotice, setImportNotice] = useState<Notice>(null);
  const [progress, setProgress] = useState<{ done: number; total: number; phase: string } | null>(null);
  const [usage, setUsage] = useState<string | null>(null);
  const revision = useRef(-1);
  const fileInput = useRef<HTMLInputElement>(null);

  const reload = useCallback(async (s: CorpusStore) => {
    const [list, t, rev] = await Promise.all([s.listDocuments(), s.listTrash(), s.revision()]);
    revision.current = rev;
    setDocs(list);
    setTrash(t);
    const est = await navigator.storage?.estimate?.().catch(() => null);
    if (est?.usage != null && est.quota) setUsage(`Using ${formatBytes(est.usage)} of about ${formatBytes(est.quota)} the browser allows this extension.`);
  }, []);

  useEffect(() => {
    let cancelled = false;
    (async () => {
      try {
        const s = await openStore();
        if (cancelled) return s.close();
        const seeded = await s.ensureSeeds(seeds);
        if (seeded.added.length || seeded.updated.length) notifyChanged(await s.revision());
        setStore(s);
        await reload(s);
      } catch (e) {
        setNotice({ kind: 'alert', text: `The corpus could not be opened: ${e instanceof Error ? e.message : String(e)}` });
        setDocs([]);
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [openStore, seeds, reload, notifyChanged]);

  // The sidebar may add a page while this page is open: re-read when the reader comes back, or
  // when a fetch run moves on.
  useEffect(() => {
    if (!store) return;
    const refresh = async () => {
      if ((await store.revision()) !== revision.current) await reload(store);
    };
    const check = async () => {
      if (document.visibilityState === 'visible') await refresh();
    };
    document.addEventListener('visibilitychange', check);
    window.addEventListener('focus', check);
    // A fetch run stores articles while the reader watches its progress on this very page.
    const stop = watchChanges?.(() => void refresh().catch(() => {}));
    return () => {
      document.removeEventListener('visibilitychange', check);
      window.removeEventListener('focus', check);
      stop?.();
    };
  }, [store, reload, watchChanges]);

  /** Runs a change, re-reads the corpus, tells the background; errors become an alert. */
  const change = useCallback(
    async (what: (s: CorpusStore) => Promise<Notice | void>) => {
      if (!store) return;
      setBusy(true);
      try {
        const n = await what(store);
        if (n !== undefined) setNotice(n);
      } catch (e) {
        setNotice({ kind: 'alert', text: errorText(e) });
      } finally {
        await reload(store);
        notifyChanged(revision.current);
        setBusy(false);
      }
    },
    [store, reload, notifyChanged],
  );

  useEffect(() => {
    if (query === filter) return;
    const t = setTimeout(() => setFilter(query), query ? SEARCH_DELAY_MS : 0);
    return () => clearTimeout(t);
  }, [query, filter]);

  // Derived data per document, kept across re-reads for documents that did not change.
  const rowCache = useRef<Map<string, Row>>(new Map());
  const rows = useMemo(() => {
    rowCache.current = toRows(docs ?? [], rowCache.current);
    return [...rowCache.current.values()].sort(byNewest);
  }, [docs]);
  const visible = useMemo(() => selectRows(rows, show, filter, haystackOf), [rows, show, filter]);
  const counts = useMemo(() => countKinds(docs ?? []), [docs]);
  // Another search, kind or grouping is another list: start at its first page.
  useEffect(() => setPage(0), [filter, show, grouped]);
  // Story groups, computed only while "group by story" is on: the engine's coverage
  // (utils/corpus/story-clusters.ts) up to MAX_ENGINE_GROUPING_DOCS documents, analysed a few
  // at a time so the page stays responsive; beyond that, the simple wording measure.
  const [stories, setStories] = useState<{ forDocs: StoredDoc[]; groups: string[][]; engine: boolean } | null>(null);
  const [storyProgress, setStoryProgress] = useState<{ done: number; total: number } | null>(null);
  useEffect(() => {
    if (!grouped || !docs || stories?.forDocs === docs) return;
    if (docs.length > MAX_ENGINE_GROUPING_DOCS) {
      setStories({ forDocs: docs, groups: groupByStory(docs.map((d) => ({ id: d.id, text: d.text }))).map((g) => g.ids), engine: false });
      return;
    }
    const signal = { aborted: false };
    let last = 0;
    clusterStories(docs.map(toCorpusDoc), {
      signal,
      onProgress: (done, total) => {
        const now = performance.now();
        if (now - last < PROGRESS_EVERY_MS) return;
        last = now;
        setStoryProgress({ done, total });
      },
    }).then((groups) => {
      if (signal.aborted) return;
      setStoryProgress(null);
      setStories({ forDocs: docs, groups, engine: true });
    });
    return () => {
      signal.aborted = true;
    };
  }, [grouped, docs, stories]);
  const grouping = useMemo(() => {
    if (!grouped || !stories) return null;
    const byId = new Map(visible.map((r) => [r.doc.id, r]));
    const items: ListItem[] = [];
    const alone: Row[] = [];
    const exports = new Map<string, string[]>();
    const groups = stories.groups
      .map((ids) => ids.map((id) => byId.get(id)).filter((r): r is Row => !!r).sort(byNewestStory))
      .filter((members) => members.length > 0)
      // Newest story first: by its newest article's date (or, without one, when it was stored).
      .sort((a, b) => storyDay(b[0]!).localeCompare(storyDay(a[0]!)));
    for (const members of groups) {
      if (members.length === 1) {
        alone.push(members[0]!);
        continue;
      }
      const key = `story ${members[0]!.doc.id}`;
      exports.set(key, members.map((m) => m.doc.id));
      const outlets = [...new Set(members.map((m) => m.doc.outlet))];
      const days = members.map((m) => m.doc.date).filter((d): d is string => !!d).sort();
      const when = days.length ? (days[0] === days.at(-1) ? formatDay(days[0]!) : `${formatDay(days[0]!)} – ${formatDay(days.at(-1)!)}`) : 'no dates stated';
      // Keys of headings contain a space, which no document id can.
      items.push({
        key,
        exportKey: key,
        heading: `“${members[0]!.doc.headline}” — ${plural(members.length, 'article')} from ${plural(outlets.length, 'outlet')} (${outlets.join(', ')}); ${when}`,
      });
      for (const row of members) items.push({ row });
    }
    if (alone.length) {
      items.push({ key: 'alone ', heading: `On their own: ${plural(alone.length, 'article')} no other article covers` });
      for (const row of alone.sort(byNewest)) items.push({ row });
    }
    return { items, stories: exports.size, exports, engine: stories.engine };
  }, [grouped, visible, stories]);
  const items: readonly ListItem[] = useMemo(() => visible.map((row) => ({ row })), [visible]);
  // One page of the list in the DOM, whatever the library's size.
  const listed = grouping ? grouping.items : items;
  const win = pageWindow(listed.length, page);
  const pageItems = useMemo(() => listed.slice(win.start, win.end), [listed, win.start, win.end]);

  const remove = (id: string) =>
    change(async (s) => {
      const doc = docs?.find((d) => d.id === id);
      await s.deleteDocument(id);
      return { kind: 'status', text: `Deleted “${doc?.headline ?? id}”.`, undoId: id };
    });
  const actions: RowActions = {
    open: setOpenId,
    remove,
    setPinned: (id, pinned) =>
      change(async (s) => {
        const doc = docs?.find((d) => d.id === id);
        await s.setPinned(id, pinned);
        return { kind: 'status', text: pinned ? `Pinned “${doc?.headline ?? id}”: it is kept whatever the limits say.` : `Unpinned “${doc?.headline ?? id}”.` };
      }),
    exportStory: (key) => exportStory(key),
    editOutlet: (id) => {
      const doc = docs?.find((d) => d.id === id);
      if (doc) setEditing({ id, outlet: doc.outlet });
    },
    setHidden: (id, hidden) =>
      change(async (s) => {
        const doc = docs?.find((d) => d.id === id);
        await s.setHidden(id, hidden);
        return { kind: 'status', text: hidden ? `Hidden “${doc?.headline ?? id}”: it is no longer compared. “Reset seeds” brings it back.` : `“${doc?.headline ?? id}” is shown and compared again.` };
      }),
  };

  const restore = (id: string) =>
    change(async (s) => {
      const r = await s.restoreDocument(id);
      const doc = (await s.getDocument(id)) ?? null;
      return r.status === 'stored'
        ? { kind: 'status', text: `Restored “${doc?.headline ?? id}”.` }
        : { kind: 'alert', text: 'That document is no longer in the trash; nothing was restored.' };
    });

  const resetSeeds = () =>
    change(async (s) => {
      const r = await s.resetSeeds(seeds);
      const n = r.added.length + r.updated.length;
      return { kind: 'status', text: n ? `Seeds reset: ${plural(n, 'seed')} shown or restored as shipped.` : 'All seeds were already shown as shipped.' };
    });

  const onImport = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const files = [...(input.files ?? [])];
    if (!store || files.length === 0) return;
    setBusy(true);
    setImportNotice(null);
    setProgress({ done: 0, total: 1, phase: 'reading' });
    try {
      let last = 0;
      const r = await importPickedFiles(store, files, {
        parseHtml,
        onProgress: (done, total, phase) => {
          const now = performance.now();
          if (now - last < PROGRESS_EVERY_MS && done < total) return;
          last = now;
          setProgress({ done, total, phase });
        },
      });
      if (r.ok) {
        setImportNotice(describeImport({ added: r.result.added.length, skipped: r.result.skipped, rejected: r.rejected }));
      } else {
        setImportNotice({ kind: 'alert', text: 'Nothing was imported. Your library is unchanged because:', details: r.errors.map(plainImportError) });
      }
    } catch (err) {
      setImportNotice({ kind: 'alert', text: errorText(err) });
    } finally {
      input.value = ''; // choosing the same file again must fire `change` again
      setProgress(null);
      // A "Deleted … Undo" whose document the import brought back is stale: its trashed copy is
      // gone (the store drops it), so the notice goes too. An undo of something else stays.
      const stillTrashed = new Set((await store.listTrash()).map((t) => t.id));
      setNotice((n) => (n?.undoId && !stillTrashed.has(n.undoId) ? null : n));
      await reload(store);
      notifyChanged(revision.current);
      setBusy(false);
    }
  };

  /** Saves an export file through a download link. */
  const download = (text: string, name: string) => {
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    document.body.append(a);
    a.click();
    a.remove();
    // Revoke later: the download may still be reading the Blob.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  };

  const onExport = async () => {
    if (!store) return;
    try {
      const name = exportFileName();
      download(serializeExport(await store.exportCorpus()), name);
      setNotice({ kind: 'status', text: `Exported ${plural(docs?.length ?? 0, 'document')} to ${name}.` });
    } catch (e) {
      setNotice({ kind: 'alert', text: errorText(e) });
    }
  };

  /** One story alone, in the same format as the whole corpus (importable elsewhere). */
  const exportStory = (key: string) => {
    const ids = new Set(grouping?.exports.get(key) ?? []);
    const members = (docs ?? []).filter((d) => ids.has(d.id));
    if (!members.length) return;
    const name = exportFileName().replace('source-compare-corpus-', 'source-compare-story-');
    download(serializeExport(buildExport(members)), name);
    setNotice({ kind: 'status', text: `Exported the story “${members[0]!.headline}” (${plural(members.length, 'document')}) to ${name}.` });
  };

  const saveOutlet = (ev: Event) => {
    ev.preventDefault();
    if (!editing) return;
    const { id, outlet } = editing;
    void change(async (s) => {
      const doc = docs?.find((d) => d.id === id);
      let found: boolean;
      try {
        found = await s.setOutlet(id, outlet);
      } catch (e) {
        // An empty or over-long name: say so and keep the form open with what was typed.
        if (e instanceof TypeError) return { kind: 'alert', text: e.message };
        throw e;
      }
      if (!found) return { kind: 'alert', text: 'That document is no longer in your library; nothing was changed.' };
      setEditing(null);
      return { kind: 'status', text: `The outlet of “${doc?.headline ?? id}” is now “${outlet.replace(/\s+/g, ' ').trim()}”.` };
    });
  };
  const editingDoc = editing ? docs?.find((d) => d.id === editing.id) : undefined;

  const openDoc = openId ? docs?.find((d) => d.id === openId) : undefined;
  const total = docs?.length ?? 0;
  const hiddenCount = docs?.filter((d) => d.hidden).length ?? 0;

  return (
    <section id="library" class="cp-library" aria-labelledby="cp-library-h">
      <header class="cp-header">
        <h2 id="cp-library-h">Your library</h2>
        <p class="cp-lede">
          The articles your pages are compared with. Everything is stored in this browser only.{' '}
          {docs && (
            <span data-testid="corpus-count">
              {plural(total, 'document')}
              {hiddenCount ? `, ${hiddenCount} hidden` : ''}.
            </span>
          )}
        </p>
        {usage && <p class="cp-note">{usage}</p>}
      </header>

      <section class="cp-tools" aria-label="Import and export">
        <div class="cp-tool">
          <label for="cp-import" class="cp-label">
            Import a library export (.json) or articles (.txt, .html)
          </label>
          <input
            id="cp-import"
            ref={fileInput}
            type="file"
            data-testid="import-file"
            accept=".json,.txt,.html,.htm,application/json,text/plain,text/html"
            multiple
            disabled={!store || busy}
            onChange={onImport}
          />
          <label for="cp-import-folder" class="cp-label">
            …or a folder of articles
          </label>
          <input id="cp-import-folder" type="file" data-testid="import-folder" multiple disabled={!store || busy} onChange={onImport} {...FOLDER_PICKER} />
          <p class="cp-note">Each file is imported on its own: files without an article are listed with the reason, and the others are imported.</p>
          {progress && (
            <div class="cp-progress" role="status">
              <progress max={progress.total || 1} value={progress.done} />
              <span>
                {progress.phase}… {progress.total > 1 ? `${progress.done.toLocaleString()} of ${progress.total.toLocaleString()}` : ''}
              </span>
            </div>
          )}
          {importNotice && <NoticeView notice={importNotice} testid="import-result" />}
        </div>
        <div class="cp-tool cp-tool-row">
          <button type="button" class="cp-button" data-testid="export" onClick={onExport} disabled={!store}>
            Export your library (.json)
          </button>
          <button type="button" class="cp-button cp-button-quiet" data-testid="reset-seeds" onClick={resetSeeds} disabled={!store || busy}>
            Reset seeds
          </button>
        </div>
      </section>

      {notice && <NoticeView notice={notice} onUndo={notice.undoId ? () => restore(notice.undoId!) : undefined} onDismiss={() => setNotice(null)} testid="notice" />}

      {editing && editingDoc && (
        <form class="cp-outlet-edit" onSubmit={saveOutlet} data-testid="outlet-form">
          <label class="cp-label" for="cp-outlet-input">
            Outlet of “{editingDoc.headline}”
          </label>
          <input
            id="cp-outlet-input"
            data-testid="outlet-input"
            value={editing.outlet}
            maxLength={200}
            onInput={(e) => setEditing({ id: editing.id, outlet: (e.currentTarget as HTMLInputElement).value })}
            autoFocus
          />
          <button type="submit" class="cp-button" data-testid="save-outlet" disabled={busy}>
            Save
          </button>
          <button type="button" class="cp-button cp-button-quiet" onClick={() => setEditing(null)}>
            Cancel
          </button>
        </form>
      )}

      <section class="cp-list" aria-labelledby="cp-list-h">
        <div class="cp-list-head">
          <h3 id="cp-list-h">Documents</h3>
          <label class="cp-search">
            <span class="cp-label">Search</span>
            <input
              type="search"
              value={query}
              onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)}
              onKeyDown={(e) => e.key === 'Enter' && setFilter(query)}
              placeholder="Outlet, headline or text"
              data-testid="search"
            />
          </label>
          <label class="cp-search">
            <span class="cp-label">Show</span>
            <select value={show} onChange={(e) => setShow((e.currentTarget as HTMLSelectElement).value as LibraryShow)} data-testid="library-show">
              {LIBRARY_SHOW.map((k) => (
                <option key={k} value={k}>
                  {SHOW_LABEL[k]} ({counts[k].toLocaleString()})
                </option>
              ))}
            </select>
          </label>
          <label class="cp-check">
            <input type="checkbox" checked={grouped} onChange={(e) => setGrouped((e.currentTarget as HTMLInputElement).checked)} data-testid="group-toggle" />
            Group by story
          </label>
        </div>
        {show === 'remembered' && <p class="cp-note">Remembered articles, newest first. Pinned ones are never removed by the limits set under “Remember what you read”.</p>}
        {docs === null ? (
          <p role="status">Opening your library…</p>
        ) : visible.length === 0 ? (
          <p role="status">
            {total === 0
              ? 'Your library is empty. Import articles, or add pages from the sidebar.'
              : filter
                ? `No document matches “${filter}”${show === 'all' ? '' : ` among ${SHOW_LABEL[show].toLowerCase()}`}.`
                : `Nothing here yet: no document is ${SHOW_LABEL[show].toLowerCase()}.`}
          </p>
        ) : grouped && !grouping ? (
          <p role="status" data-testid="grouping-progress">
            Grouping by story…{storyProgress ? ` ${storyProgress.done.toLocaleString()} of ${storyProgress.total.toLocaleString()} articles` : ''}
          </p>
        ) : (
          <>
            {grouping && (
              <p class="cp-note">
                {grouping.engine
                  ? 'Grouped by the comparison engine: articles in one story are those it compares with each other. Newest story first.'
                  : 'Grouped by shared wording (a simple measure used for libraries this large, not the comparison engine): articles in one group probably tell the same story.'}
              </p>
            )}
            <CorpusTable
              items={pageItems}
              actions={actions}
              busy={busy}
              caption={
                grouping
                  ? `${plural(grouping.stories, 'story', 'stories')} of more than one article${filter ? ` among the documents matching “${filter}”` : ''}`
                  : filter
                    ? `${plural(visible.length, 'document')} matching “${filter}”`
                    : show === 'all'
                      ? 'All documents, newest first'
                      : `${SHOW_LABEL[show]}: ${plural(visible.length, 'document')}, newest first`
              }
            />
            <Pager win={win} total={listed.length} onPage={setPage} noun={grouping ? 'lines' : 'documents'} />
          </>
        )}
      </section>

      {trash.length > 0 && (
        <section class="cp-trash" aria-labelledby="cp-trash-h">
          <details>
            <summary>
              <h3 id="cp-trash-h" class="cp-inline-h">
                Recently deleted ({trash.length})
              </h3>
            </summary>
            <p class="cp-note">Deleted documents can be restored for 30 days.</p>
            <ul class="cp-trash-list">
              {trash.map((t) => (
                <li key={t.id}>
                  <span>
                    {t.doc.headline} <span class="cp-note">({t.doc.outlet})</span>
                  </span>
                  <button type="button" class="cp-button cp-button-quiet" onClick={() => restore(t.id)} disabled={busy} aria-label={`Restore “${t.doc.headline}”`}>
                    Restore
                  </button>
                </li>
              ))}
            </ul>
          </details>
        </section>
      )}

      {openDoc && <DocumentReader doc={openDoc} onClose={() => setOpenId(null)} />}
    </section>
  );
}

/**
 * The folder picker's attribute: Chromium and Firefox both take `webkitdirectory`, which
 * Preact's typings do not list. A folder's files then arrive like a multiple selection.
 */
const FOLDER_PICKER = { webkitdirectory: true } as Record<string, unknown>;

/** The day a story's article stands for: its date, or (without one) the day it was stored. */
function storyDay(r: Row): string {
  return r.doc.date ?? r.doc.addedAt.slice(0, 10);
}

function byNewestStory(a: Row, b: Row): number {
  return storyDay(b).localeCompare(storyDay(a)) || byNewest(a, b);
}

function byNewest(a: Row, b: Row): number {
  return b.doc.addedAt.localeCompare(a.doc.addedAt) || (a.doc.id < b.doc.id ? -1 : 1);
}
