import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The one wink-nlp instance, made deterministic.
 *
 * wink-nlp remembers every out-of-vocabulary word it has seen and afterwards
 * treats it as a known lexeme that its tokenizer will not split: once one
 * article contains a `Clinton's` it failed to split, every later `Clinton's`
 * stays one token. Results then depend on what was analyzed before (seen on
 * PolNeAR dev: 29 of 84 articles tokenized differently in reverse order).
 * We wrap wink-nlp's document-data wrapper so the tokenizer's `isLexeme` and
 * `_addTokenIfInCache` answer only for the model's own vocabulary; the OOV
 * cache still works for everything else. Pinned to wink-nlp 2.4.0, whose internals this relies on
 * (src/dd-wrapper.js, cache.intrinsicSize); a test checks the behaviour.
 */
const require = createRequire(import.meta.url);
const winkDir = dirname(require.resolve('wink-nlp'));
const wrapperPath = join(winkDir, 'dd-wrapper.js');

type Lookup = (text: string) => number[] | null;
interface RawDocData {
  cache: { lookup: Lookup; intrinsicSize: () => number };
}
type AddIfKnown = (text: string, precedingSpaces: number, nonBreakingSpaces: unknown) => number;
type Wrapper = (rdd: RawDocData) => { isLexeme: Lookup; _addTokenIfInCache: AddIfKnown };
/** wink-nlp's "not added, tokenize it further" answer from `_addTokenIfInCache`. */
const NOT_ADDED = 0;

const originalWrapper = require(wrapperPath) as Wrapper;
const cachedModule = require.cache[wrapperPath];
if (!cachedModule) throw new Error('wink-nlp: cannot patch its tokenizer (dd-wrapper.js not loaded)');
cachedModule.exports = (rdd: RawDocData) => {
  const wrapped = originalWrapper(rdd);
  const { cache } = rdd;
  const learnedEarlier = (found: number[] | null) => found !== null && found[0] >= cache.intrinsicSize();
  wrapped.isLexeme = (text: string) => {
    const found = cache.lookup(text);
    return learnedEarlier(found) ? null : found;
  };
  const addIfKnown = wrapped._addTokenIfInCache;
  wrapped._addTokenIfInCache = (text, precedingSpaces, nonBreakingSpaces) =>
    learnedEarlier(cache.lookup(text)) ? NOT_ADDED : addIfKnown(text, precedingSpaces, nonBreakingSpaces);
  return wrapped;
};

type WinkFactory = (model: unknown) => WinkNlp;
export interface WinkNlp {
  readDoc(text: string): WinkDoc;
  its: Record<string, unknown>;
}
export interface WinkDoc {
  tokens(): { out(field?: unknown): unknown[] };
  sentences(): { each(callback: (sentence: { out(field?: unknown): unknown }) => void): void };
}

const winkNLP = require('wink-nlp') as WinkFactory;
const model = require('wink-eng-lite-web-model') as unknown;

export const nlp: WinkNlp = winkNLP(model);
export const its = nlp.its;
