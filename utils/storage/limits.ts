// Size limits for what enters the corpus. Each number says why it is what it is; they are
// checked before anything is written, and an import that breaks one is rejected whole.

/**
 * Largest import file: 64 MiB. The engine is benchmarked up to 10,000 documents; news articles
 * average about 5 KB of text (the seeds: 2.5–7.3 KB, long reads 20–30 KB), so a 10,000-document
 * export is about 50 MB of JSON. 64 MiB covers that with headroom, while JSON.parse of the file
 * in the options page stays within a few hundred MB of memory.
 */
export const MAX_IMPORT_BYTES = 64 * 1024 * 1024;

/** Most documents in one import: twice the largest corpus the engine is benchmarked at (10,000). */
export const MAX_IMPORT_DOCS = 20_000;

/**
 * Longest document text: 400,000 characters (about 60,000 words), the same cap the content
 * script applies to a page's text before analysis (utils/messages.ts MAX_TEXT_CHARS). A longer
 * "article" is a book or a dump, and no page the reader adds could produce it.
 */
export const MAX_TEXT_CHARS = 400_000;

/** Headline: 2,000 characters, the cap on page titles sent for analysis (utils/messages.ts). */
export const MAX_HEADLINE_CHARS = 2_000;
/** Outlet name: 200 characters; the longest real outlet names are under 80. */
export const MAX_OUTLET_CHARS = 200;
/** Author line: 300 characters, what utils/article/metadata.ts keeps of a page's author field (several names fit). */
export const MAX_AUTHOR_CHARS = 300;
/** URL: 8,000 characters, the cap on page URLs sent for analysis and about what browsers keep in history. */
export const MAX_URL_CHARS = 8_000;
/** Ids are keys and HTML attribute values: short, and only characters that need no escaping anywhere. */
export const MAX_ID_CHARS = 128;
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;

/**
 * One .txt/.html file in a file-selection import: 5 MiB. Saved news pages with inline scripts
 * and styles reach 1–3 MB; the article inside is far smaller.
 */
export const MAX_ARTICLE_FILE_BYTES = 5 * 1024 * 1024;
/** Files in one .txt/.html selection: each is parsed in the page, one at a time. */
export const MAX_ARTICLE_FILES = 2_000;

/**
 * The derived-data cache (store `derivedData`): at most 256 documents, as many as a running
 * background keeps derived data for in memory (corpus-index.ts DERIVED_CACHE_DOCS): a page
 * loads ≤ 41 candidates, so this is the working set of six or more recent stories. And at most
 * 8 M characters: a document's copy measured 6.2–25 K characters, 11.7 K on average (the 34
 * documents of the seeds' story in the 10,000-article synthetic library), so 256 typical ones
 * (~3 M) fit with room, and very long articles cannot make the cache grow past ~16 MB on disk.
 */
export const DERIVED_DATA_LIMITS = { docs: 256, chars: 8_000_000 } as const;

/** Errors listed for one rejected import; more would bury the first (usually the cause of the rest). */
export const MAX_REPORTED_ERRORS = 20;
