// The engine's public surface. Everything here is pure TypeScript (no DOM) and is shared by
// the CLI (scripts/compare.ts), the benchmark and the extension's background.
export * from './types';
export { splitSentences } from './segment';
export { CorpusIndex } from './corpus-index';
export { analyzePage } from './analyze';
export { wordDiff, type DiffPart } from './diff';
