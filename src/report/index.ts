export * from './brat.js';
export { attributionId, toContractDocument, toContractError, toNdjsonLine } from './json.js';
export { computeReport, roundShare, sourceKey, sourceText } from './metrics.js';
export { renderTerminal, shorten, type TerminalOptions } from './terminal.js';
