import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';

/**
 * The one wink-nlp instance, made deterministic.
 *
 * wink-nlp remembers every out-of-vocabulary word it has seen and afterwards
 * treats it as a known lexeme that its tokenizer will not split: once one
 * article contains a `Clinton's` it failed to split, every later `Clinton's`
 * stays one token. Results then depend on what was analyzed before (seen on
 * PolNeAR dev: 29 of 84 articles tokenized differently in reverse order).
 * We wrap wink-nlp's document-data wrapper, through which the tokenizer asks
 * the cache whether a word is known (`isLexeme`, `_addTokenIfInCache`), so
 * that learned words no longer change how text is split. Pinned to wink-nlp 2.4.0, whose internals this relies on
 * (src/dd-wrapper.js, cache.intrinsicSize); a test checks the behaviour.
 */
const require = createRequire(import.meta.url);
const winkDir = dirname(require.resolve('wink-nlp'));
const wrapperPath = join(winkDir, 'dd-wrapper.js');

// Another module may have loaded wink-nlp already, binding the unpatched
// wrapper: drop wink-nlp's modules from the cache so that ours is a fresh copy
// built on the patched wrapper (the other copy keeps working as it was).
for (const key of Object.keys(require.cache)) {
  if (key.startsWith(winkDir + sep)) delete require.cache[key];
}

type Lookup = (text: string) => number[] | null;
interface WinkCache {
  lookup: Lookup;
  intrinsicSize: () => number;
  currentSize: () => number;
}
type AddIfKnown = (text: string, precedingSpaces: number, nonBreakingSpaces: unknown) => number;
interface DocData {
  isLexeme: Lookup;
  _addTokenIfInCache: AddIfKnown;
}
type Wrapper = (rdd: { cache: WinkCache }) => DocData;

/** Anything but letters and digits: where wink-nlp's tokenizer may split a word. */
const SPLITTABLE = /[^\p{L}\p{N}]/u;
/** wink-nlp's "not added, tokenize it further" answer from `_addTokenIfInCache`. */
const NOT_ADDED = 0;

/**
 * The tokenizer's two questions to the cache no longer find words learned from
 * earlier documents when they could be split (`Clinton's`, `post-war`,
 * `U.S.-led`). A learned plain word or number is one token either way, so it
 * keeps wink-nlp's fast path; the regex runs first so plain words pay nothing.
 */
const originalWrapper = require(wrapperPath) as Wrapper;
const cachedModule = require.cache[wrapperPath];
if (!cachedModule) throw new Error('wink-nlp: cannot patch its tokenizer (dd-wrapper.js not loaded)');
/** The cache of the instance that read the latest document (each instance has its own). */
let latestCache: WinkCache | null = null;

cachedModule.exports = (rdd: { cache: WinkCache }) => {
  const wrapped = originalWrapper(rdd);
  const { cache } = rdd;
  latestCache = cache;
  const intrinsic = cache.intrinsicSize();
  const learned = (found: number[] | null) => found !== null && found[0] >= intrinsic;
  wrapped.isLexeme = (text: string) => {
    const found = cache.lookup(text);
    return learned(found) && SPLITTABLE.test(text) ? null : found;
  };
  const addIfKnown = wrapped._addTokenIfInCache;
  wrapped._addTokenIfInCache = (text, precedingSpaces, nonBreakingSpaces) =>
    SPLITTABLE.test(text) && learned(cache.lookup(text))
      ? NOT_ADDED
      : addIfKnown(text, precedingSpaces, nonBreakingSpaces);
  return wrapped;
};

type WinkFactory = (model: unknown, pipe?: string[]) => WinkNlp;
export interface WinkNlp {
  readDoc(text: string): WinkDoc;
  its: Record<string, unknown>;
}
export interface WinkDoc {
  tokens(): { out(field?: unknown): unknown[] };
  sentences(): { each(callback: (sentence: { out(field?: unknown): unknown }) => void): void };
}

const winkNLP = require('wink-nlp') as WinkFactory;
const loadedModel = require('wink-eng-lite-web-model') as { metaCER: () => unknown };
/**
 * wink-eng-lite-web-model 1.8.1's `metaCER()` stringifies its machines into the
 * module's own variable, so each new instance escapes the previous string again
 * and the 21st fails with "Invalid string length": every instance here shares
 * the first result.
 */
const metaCER = loadedModel.metaCER();
const model = { ...loadedModel, metaCER: () => metaCER };

/**
 * Only what whosaid reads: sentence boundaries and POS (lemmas come on demand).
 * wink-nlp's default pipe also runs negation, sentiment and named-entity
 * automata, which cost a third of its time here and change no POS tag
 * (checked on 200 PolNeAR articles).
 */
const PIPE = ['sbd', 'pos'];

let nlp: WinkNlp = winkNLP(model, PIPE);
export const its = nlp.its;

/**
 * Words wink-nlp may learn before its instance is replaced by a fresh one.
 * It keeps every new word in memory (about 100 bytes each), which would grow
 * without bound over a corpus; with learning made harmless above, a fresh
 * instance gives the same tokens and tags. 200,000 words ≈ 20 MB, and a new
 * instance costs ~80 ms.
 */
export const MAX_LEARNED_WORDS = 200_000;

/** Words the current instance has learned so far. */
export function learnedWords(): number {
  return latestCache ? latestCache.currentSize() - latestCache.intrinsicSize() : 0;
}

/** wink-nlp's reading of `text`, from an instance that has not learned more than `maxLearned` words. */
export function readDoc(text: string, maxLearned = MAX_LEARNED_WORDS): WinkDoc {
  if (learnedWords() > maxLearned) {
    nlp = winkNLP(model, PIPE);
    latestCache = null;
  }
  return nlp.readDoc(text);
}
