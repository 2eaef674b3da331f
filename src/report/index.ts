export * from './brat.js';
export { embedJson, escapeHtml, renderHtml } from './html.js';
export { attributionId, toContractDocument, toContractError, toNdjsonLine } from './json.js';
export { computeReport, roundShare, sourceKey, sourceText } from './metrics.js';
export { type Chain, type SourcingSummary, summarizeSourcing } from './sourcing.js';
export { renderTerminal, shorten, type TerminalOptions } from './terminal.js';
