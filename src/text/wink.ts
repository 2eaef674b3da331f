import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import { isAsciiLetterOrDigit, registerMemo } from '../core/index.js';

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
type Wrapper = (rdd: RawDocData) => DocData;

/**
 * wink-nlp 2.4.0's raw document data (`rdd` in src/wink-nlp.js): four numbers
 * per token in `tokens`, sentences as [first, last] token pairs.
 */
interface RawDocData {
  cache: WinkCache & {
    value: (lexeme: number) => string;
    valueOf: (feature: string, id: number) => string | undefined;
  };
  tokens: number[];
  sentences: [number, number, ...unknown[]][];
  nonBreakingSpaces: Record<number, string>;
}

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
/** The raw data of the latest document read, which `readTokens` reads directly. */
let latestDocData: RawDocData | null = null;

cachedModule.exports = (rdd: RawDocData) => {
  const wrapped = originalWrapper(rdd);
  const { cache } = rdd;
  latestCache = cache;
  latestDocData = rdd;
  const intrinsic = cache.intrinsicSize();
  const learned = (found: number[] | null) => found !== null && found[0] >= intrinsic;
  wrapped.isLexeme = (text: string) => {
    const found = cache.lookup(text);
    return learned(found) && SPLITTABLE.test(text) ? null : found;
  };
  const addIfKnown = wrapped._addTokenIfInCache;
  wrapped._addTokenIfInCache = (text, precedingSpaces, nonBreakingSpaces) => {
    if (!splittable(text)) return addIfKnown(text, precedingSpaces, nonBreakingSpaces);
    const found = cache.lookup(text);
    // An unknown word is not added either: no need for wink-nlp to look it up again.
    if (found === null || learned(found)) return NOT_ADDED;
    return addIfKnown(text, precedingSpaces, nonBreakingSpaces);
  };
  return wrapped;
};

/** `SPLITTABLE.test(text)`, deciding plain ASCII words without the regex (every chunk of text comes here). */
function splittable(text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k);
    if (code >= 128) return SPLITTABLE.test(text);
    if (!isAsciiLetterOrDigit(code)) return true;
  }
  return false;
}

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
const loadedModel = require('wink-eng-lite-web-model') as { metaCER: () => unknown; addons: unknown };
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

/** How wink-nlp 2.4.0 packs a token (src/constants.js): four numbers. */
const TOKEN_SIZE = 4;
/** Second number, low bits: spaces before the token; this value means they include non-breaking ones, kept aside. */
const SPACES_MASK = 0xffff;
/** Second number above this: the token is part of a contraction (`can't` → `ca`, `n't`). */
const CONTRACTION_FLOOR = 0xffff;
/** Third number: POS id in bits 20–25; for contractions, the lemma's lexeme in bits 0–19. */
const POS_MASK = 0x3f00000;
const POS_SHIFT = 20;
const POS_IDS = 64;

/**
 * Lower-cased lemmas and values, remembered per lexeme of one wink-nlp
 * instance (lexeme ids mean nothing to another); lemmas with the POS they
 * were found for. A lemma
 * depends on the lexeme and its POS only, since the lemmatizer consults the
 * built-in lexicon alone, so remembering it changes no result; a lexeme seen
 * with another POS is looked up again. Arrays indexed by lexeme: the memo is
 * as large as the instance's lexicon at most (bounded by MAX_LEARNED_WORDS),
 * and lookups cost two reads (a Map cost twice the time).
 */
class LemmaMemo {
  /** POS id + 1 of the lemma stored for each lexeme; 0: none stored. */
  private posPlusOne = new Uint8Array(1 << 17);
  private lemmas: string[] = [];
  /** Each lexeme's value lower-cased (the same whatever its POS). */
  readonly lowers: string[] = [];

  constructor(readonly owner: RawDocData['cache']) {}

  get(lexeme: number, posId: number): string | undefined {
    return lexeme < this.posPlusOne.length && this.posPlusOne[lexeme] === posId + 1 ? this.lemmas[lexeme] : undefined;
  }

  set(lexeme: number, posId: number, lemma: string): string {
    if (lexeme >= this.posPlusOne.length) this.grow(lexeme);
    this.posPlusOne[lexeme] = posId + 1;
    this.lemmas[lexeme] = lemma;
    return lemma;
  }

  private grow(lexeme: number): void {
    let size = this.posPlusOne.length;
    while (size <= lexeme) size *= 2;
    const larger = new Uint8Array(size);
    larger.set(this.posPlusOne);
    this.posPlusOne = larger;
  }
}
let lemmaMemo: LemmaMemo | null = null;
registerMemo(() => {
  lemmaMemo = null;
});

function lemmaMemoFor(cache: RawDocData['cache']): LemmaMemo {
  if (lemmaMemo?.owner !== cache) lemmaMemo = new LemmaMemo(cache);
  return lemmaMemo;
}

type TokenIts = (index: number, rdd: RawDocData, addons: unknown) => string | undefined;

/** wink-nlp's POS tag names by POS id, as `its.pos` maps them (undefined past the model's list). */
let posTagsById: (string | undefined)[] | null = null;

/**
 * One document's tokens read straight from wink-nlp's packed data: what
 * `tokens().out(its.…)` gives, without building an array of strings per field.
 */
export class WinkTokens {
  readonly count: number;
  private readonly data: number[];
  private readonly memo: LemmaMemo;

  constructor(private readonly rdd: RawDocData) {
    this.data = rdd.tokens;
    this.count = rdd.tokens.length / TOKEN_SIZE;
    this.memo = lemmaMemoFor(rdd.cache);
    posTagsById ??= Array.from({ length: POS_IDS }, (_, id) => rdd.cache.valueOf('pos', id));
  }

  /** `its.value`. */
  value(i: number): string {
    return this.rdd.cache.value(this.data[i * TOKEN_SIZE]);
  }

  /** `its.value` lower-cased. */
  lowerValue(i: number): string {
    const lexeme = this.data[i * TOKEN_SIZE];
    const lowers = this.memo.lowers;
    const known = lowers[lexeme];
    if (known !== undefined) return known;
    const lower = this.value(i).toLowerCase();
    lowers[lexeme] = lower;
    return lower;
  }

  /** The length of `its.precedingSpaces`. */
  spacesBefore(i: number): number {
    const count = this.data[i * TOKEN_SIZE + 1] & SPACES_MASK;
    return count < SPACES_MASK ? count : this.rdd.nonBreakingSpaces[i].length;
  }

  /** wink-nlp's POS id: an index into `posTags()`. */
  posId(i: number): number {
    return (this.data[i * TOKEN_SIZE + 2] & POS_MASK) >>> POS_SHIFT;
  }

  /** `its.lemma` (or the value when there is none), lower-cased. */
  lowerLemma(i: number): string {
    if (this.data[i * TOKEN_SIZE + 1] > CONTRACTION_FLOOR) return this.lemmaOrValue(i).toLowerCase();
    const lexeme = this.data[i * TOKEN_SIZE];
    const posId = this.posId(i);
    return this.memo.get(lexeme, posId) ?? this.memo.set(lexeme, posId, this.lemmaOrValue(i).toLowerCase());
  }

  /** Token indexes where wink-nlp starts a sentence. */
  sentenceStarts(): number[] {
    return this.rdd.sentences.map((sentence) => sentence[0]);
  }

  private lemmaOrValue(i: number): string {
    return (its.lemma as TokenIts)(i, this.rdd, model.addons) ?? this.value(i);
  }
}

/** wink-nlp's POS tag names, indexed by the ids `WinkTokens.posId` gives. */
export function posTags(): readonly (string | undefined)[] {
  if (!posTagsById) readTokens('');
  return posTagsById as (string | undefined)[];
}

/** wink-nlp's tokens of `text`, read from an instance that has not learned more than `maxLearned` words. */
export function readTokens(text: string, maxLearned = MAX_LEARNED_WORDS): WinkTokens {
  readDoc(text, maxLearned);
  if (!latestDocData) throw new Error('wink-nlp: document data not captured (dd-wrapper.js patch inactive)');
  const tokens = new WinkTokens(latestDocData);
  latestDocData = null;
  return tokens;
}
