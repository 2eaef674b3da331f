export { boilerplateStage } from './boilerplate.js';
export { findParagraphs, paragraphStage } from './paragraphs.js';
export { quoteStage } from './quotes.js';
export { tokenize, tokenStage } from './tokens.js';
