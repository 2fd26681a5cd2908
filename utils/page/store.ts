// The content script's one piece of state, shared by the page glue and the sidebar.
import type { Report } from '../engine/types';
import { DEFAULT_PREFERENCES, type Preferences } from './preferences';

/** Also written to `<html data-source-compare>` for tests and scripts. */
export type PageStatus =
  | 'loading'
  | 'ready'
  | 'no-article'
  | 'no-coverage'
  | 'error'
  /** Not compared: the article is not in English (the message is in `error`). */
  | 'unsupported-language'
  /** Not compared: the page is too large to analyse without freezing it (the message is in `error`). */
  | 'too-large';

export interface SidebarState {
  status: PageStatus;
  report: Report | null;
  error: string | null;
  open: boolean;
  /** The claim the reader picked (in the page or the sidebar). */
  currentClaimId: string | null;
  /** Bumped on every pick, so picking the same claim again still scrolls its card into view. */
  focusSeq: number;
  /** Claims that are highlighted in the page (anchored and with matches). */
  highlightedIds: ReadonlySet<string>;
  /** Outcome of the "add this article to my library" button, once pressed. */
  addPage: { state: 'pending' | 'done' | 'error'; message: string } | null;
  /**
   * Whether the article is stored in the reader's library already (the background's answer,
   * by the add button's own rules); null until it answers. The button is offered only on false.
   */
  pageStored: boolean | null;
  /** Claims found in the page text, matched or not (for the unmatched claims on request, and navigation). */
  anchoredIds: ReadonlySet<string>;
  /** The reader's UI preferences (persisted by the controller). */
  prefs: Preferences;
  /** Sidebar folded to a tab at the window's edge. */
  collapsed: boolean;
  /** The page itself has a dark background: the sidebar follows it even under a light system theme. */
  pageDark: boolean;
  /** The first-run hint is on screen (first highlights ever, not yet dismissed). */
  hintVisible: boolean;
  /** Right edge (viewport px) of the article's claims in the unpushed page: decides push or beside. */
  articleRight: number | null;
  /**
   * The report holds its claims only; the rest (facts, what other outlets add, quotes, figures)
   * is on its way from the background (messages.ts `analyze-details`).
   */
  detailsPending: boolean;
}

export const initialState: SidebarState = {
  status: 'loading',
  report: null,
  error: null,
  open: false,
  currentClaimId: null,
  focusSeq: 0,
  highlightedIds: new Set(),
  addPage: null,
  pageStored: null,
  anchoredIds: new Set(),
  prefs: DEFAULT_PREFERENCES,
  collapsed: false,
  pageDark: false,
  hintVisible: false,
  articleRight: null,
  detailsPending: false,
};

export interface Store<T> {
  get(): T;
  set(patch: Partial<T>): void;
  subscribe(fn: (state: T) => void): () => void;
}

export function createStore<T extends object>(initial: T): Store<T> {
  let state = initial;
  const subs = new Set<(s: T) => void>();
  return {
    get: () => state,
    set(patch) {
      state = { ...state, ...patch };
      for (const fn of subs) fn(state);
    },
    subscribe(fn) {
      subs.add(fn);
      return () => subs.delete(fn);
    },
  };
}
