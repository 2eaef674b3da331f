import { Doc, type Metadata, Pipeline } from './core/index.js';
import { attributionStage } from './extract/index.js';
import { boilerplateStage, paragraphStage, quoteStage, tokenStage } from './text/index.js';

const TEXT_STAGES = [paragraphStage, tokenStage, quoteStage, boilerplateStage];

/** Text layers only: what training and the taggers' features read. */
export const textPipeline = new Pipeline(TEXT_STAGES);

/** The standard analysis: text → paragraphs → tokens → quotes → debris → attributions. */
export const defaultPipeline = new Pipeline([...TEXT_STAGES, attributionStage]);

/** Analyzes one article's text. `file` is recorded as given (path, `-` or URL). */
export function analyzeText(text: string, file = '-', meta?: Partial<Metadata>): Doc {
  const doc = new Doc(text, file);
  if (meta) doc.meta = { ...doc.meta, ...meta };
  return defaultPipeline.run(doc);
}
