// The engine's public surface. Everything here is pure TypeScript (no DOM) and is shared by
// the CLI (scripts/compare.ts), the benchmark and the extension's background.
export * from './types';
export { splitSentences } from './text/segment';
export { CorpusIndex, TERMS_REVISION, type IndexedDocEntry } from './index/corpus-index';
export { analyzeInStages, analyzePage, type StagedReport } from './analyze';
export { wordDiff, type DiffPart } from './report/diff';
