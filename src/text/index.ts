export {
  BYLINE_PIECE_DIVIDER,
  boilerplateStage,
  bylineParts,
  classifyFurniture,
  endsWithNewsroomRole,
  findBoilerplate,
  NEWSROOM_ROLES,
} from './boilerplate.js';
export { AGENCY_AND_DASH, findDatelines, isDatelinePlace } from './datelines.js';
export { findHeadings, looksLikeHeading } from './headings.js';
export { findParagraphs, paragraphStage } from './paragraphs.js';
export { findQuotes, quoteStage } from './quotes.js';
export { tokenize, tokenStage } from './tokens.js';
export { speakerTagAt, transcriptTags } from './transcripts.js';
export { type LexicalClasses, loadLexicalClasses } from './wordnet.js';
