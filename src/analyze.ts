import { Doc, type Metadata, Pipeline } from './core/index.js';
import { attributionStageWith, loadModel } from './extract/index.js';
import { resolveStage } from './resolve/index.js';
import { boilerplateStage, paragraphStage, quoteStage, tokenStage } from './text/index.js';

const TEXT_STAGES = [paragraphStage, tokenStage, quoteStage, boilerplateStage];

/** Text layers only: what training and the taggers' features read. */
export const textPipeline = new Pipeline(TEXT_STAGES);

/** The full analysis: text → paragraphs → tokens → quotes → debris → attributions → entities and chains. */
export function createPipeline(options: { modelPath?: string } = {}): Pipeline {
  return new Pipeline([...TEXT_STAGES, attributionStageWith(options.modelPath), resolveStage]);
}

/** The standard analysis with the shipped model. */
export const defaultPipeline = createPipeline();

export type Analyzer = (text: string, file?: string, meta?: Partial<Metadata>) => Doc;

/** An analyzer bound to a pipeline (another model, for instance). */
export function createAnalyzer(pipeline: Pipeline = defaultPipeline): Analyzer {
  return (text, file = '-', meta) => {
    const doc = new Doc(text, file);
    if (meta) doc.meta = { ...doc.meta, ...meta };
    return pipeline.run(doc);
  };
}

/** Analyzes one article's text. `file` is recorded as given (path, `-` or URL). */
export const analyzeText: Analyzer = createAnalyzer();

/**
 * The full analysis with the model at `modelPath` (the shipped one when null).
 * The model is loaded now, so a file that cannot be read fails once (E040),
 * not once per article.
 */
export function analyzerWithModel(modelPath: string | null): Analyzer {
  if (modelPath === null) return analyzeText;
  loadModel(modelPath);
  return createAnalyzer(createPipeline({ modelPath }));
}
