export * from './calendar.js';
export * from './characters.js';
export * from './contract.js';
export * from './document.js';
export * from './errors.js';
export * from './memos.js';
export * from './pipeline.js';
export * from './span.js';
