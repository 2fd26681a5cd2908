export { buildTextMap, normalizeText, rangeForSpan, resolveSpan, type TextMap, type TextMapOptions } from './text-map';
export { anchorQuotes, fuzzyFind, type AnchorSpan } from './match';
