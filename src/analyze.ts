import { Doc, type Metadata, Pipeline } from './core/index.js';
import { attributionStagesWith, loadModel } from './extract/index.js';
import { resolveStages } from './resolve/index.js';
import { boilerplateStage, paragraphStage, quoteStage, tokenStage } from './text/index.js';

const TEXT_STAGES = [paragraphStage, tokenStage, quoteStage, boilerplateStage];

/** Text layers only: what training and the taggers' features read. */
export const textPipeline = new Pipeline(TEXT_STAGES);

/** Which model analyzes, and how sure an attribution must be to be kept (the model's floor by default). */
export interface AnalysisOptions {
  modelPath?: string;
  minConfidence?: number;
}

/** The full analysis: text → paragraphs → tokens → quotes → debris → cues → roles → attributions → mentions → entities and chains. */
export function createPipeline(options: AnalysisOptions = {}): Pipeline {
  return new Pipeline([
    ...TEXT_STAGES,
    ...attributionStagesWith(options.modelPath, options.minConfidence),
    ...resolveStages,
  ]);
}

/** The standard analysis with the shipped model. */
export const defaultPipeline = createPipeline();

/** One article to analyze: its text, where it came from, what is known of it. */
export interface ArticleInput {
  text: string;
  file?: string;
  meta?: Partial<Metadata>;
}

/** The analyzed document, or the error that stopped its analysis. */
export type AnalysisResult = Doc | { error: unknown };

export interface Analyzer {
  (text: string, file?: string, meta?: Partial<Metadata>): Doc;
  /** Several articles at once, stage by stage (faster over a corpus); without it, `analyzeAll` goes one by one. */
  batch?: (articles: readonly ArticleInput[]) => AnalysisResult[];
}

function newDoc({ text, file = '-', meta }: ArticleInput): Doc {
  const doc = new Doc(text, file);
  if (meta) doc.meta = { ...doc.meta, ...meta };
  return doc;
}

/** An analyzer bound to a pipeline (another model, for instance). */
export function createAnalyzer(pipeline: Pipeline = defaultPipeline): Analyzer {
  const analyze: Analyzer = (text, file, meta) => pipeline.run(newDoc({ text, file, meta }));
  analyze.batch = (articles) => {
    const docs = articles.map(newDoc);
    const failures = pipeline.runBatch(docs);
    return docs.map((doc, k) => failures[k] ?? doc);
  };
  return analyze;
}

/**
 * Articles analyzed together, stage by stage (`Analyzer.batch`), by the CLI
 * and the bench: a batch ends at this many articles or this many characters,
 * so a few huge inputs never sit in memory together. 32 was as fast as 64 or
 * 128 over PolNeAR train.
 */
export const BATCH_ARTICLES = 32;
export const BATCH_CHARACTERS = 1_000_000;
/** The CLI also analyzes a batch once its first article has waited this long for more (slow inputs: URLs). */
export const BATCH_WAIT_MS = 1000;

/** True when a batch holding these articles is full (`BATCH_ARTICLES`, `BATCH_CHARACTERS`). */
export function isFullBatch(articles: readonly { text: string }[]): boolean {
  let characters = 0;
  for (const article of articles) characters += article.text.length;
  return articles.length >= BATCH_ARTICLES || characters >= BATCH_CHARACTERS;
}

/** Analyzes the articles in order, as one batch when the analyzer can; a failure stays with its article. */
export function analyzeAll(analyze: Analyzer, articles: readonly ArticleInput[]): AnalysisResult[] {
  if (analyze.batch) return analyze.batch(articles);
  return articles.map(({ text, file, meta }) => {
    try {
      return analyze(text, file, meta);
    } catch (error) {
      return { error };
    }
  });
}

/** Analyzes one article's text. `file` is recorded as given (path, `-` or URL). */
export const analyzeText: Analyzer = createAnalyzer();

/**
 * The full analysis with the model at `modelPath` (the shipped one when null)
 * and, when given, another confidence floor. The model is loaded now, so a
 * file that cannot be read fails once (E040), not once per article.
 */
export function analyzerWithModel(modelPath: string | null, minConfidence?: number): Analyzer {
  if (modelPath === null && minConfidence === undefined) return analyzeText;
  loadModel(modelPath ?? undefined);
  return createAnalyzer(createPipeline({ modelPath: modelPath ?? undefined, minConfidence }));
}
