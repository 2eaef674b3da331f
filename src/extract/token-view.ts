import { type Doc, memoByObject, POS_TAGS, type Quote } from '../core/index.js';
import { FNV_OFFSET, hashCharCode, hashRange, hashString } from '../learn/index.js';
import type { LexicalClasses } from '../text/index.js';

const BOUNDARY = hashString('<boundary>');

/**
 * Per-token values the taggers' features combine, hashed once per document:
 * word, lemma, POS, shape, suffix, quote state, and prefix counts of commas
 * and quote marks so "how many commas lie between" is O(1).
 */
export interface TokenView {
  count: number;
  lower: Int32Array;
  lemma: Int32Array;
  pos: Int32Array;
  shape: Int32Array;
  suffix: Int32Array;
  /** 1 when the token lies inside quotation marks. */
  inQuote: Uint8Array;
  isQuoteMark: Uint8Array;
  /** commasBefore[i] = commas among tokens [0, i). */
  commasBefore: Int32Array;
  quoteMarksBefore: Int32Array;
  sentence: Int32Array;
  /** WordNet lexicographer file of the lemma's first verb / noun sense, plus one (0: not in WordNet). */
  verbClass: Uint8Array;
  nounClass: Uint8Array;
  /** 1 when one of the lemma's first verb senses is communication or cognition (say, claim, believe). */
  speechVerb: Uint8Array;
  /**
   * 0 for tokens that practically never start a cue, which the cue tagger
   * skips: names, pronouns, numbers, determiners, prepositions, conjunctions,
   * and punctuation other than colons and dashes. In PolNeAR train they are
   * 56 % of tokens but start under 5 % of cues (PUNCT counted whole), and
   * skipping them lost nothing on dev.
   */
  cueCandidate: Uint8Array;
  /** Hash used for positions outside the document. */
  boundary: number;
}

/** `nounClass` of WordNet's noun.person (lexicographer file 18, plus one): `director`, `spokeswoman`. */
export const PERSON_NOUN_CLASS = 19;
/** `nounClass` of WordNet's noun.group (file 14, plus one): `crowd`, `audience`. */
export const GROUP_NOUN_CLASS = 15;

const NEVER_CUE_START = new Set(['PROPN', 'PRON', 'NUM', 'CCONJ', 'SCONJ', 'X', 'INTJ', 'SYM', 'SPACE', 'DET', 'ADP']);
/** By POS index: 1 where a token may start a cue (punctuation is decided by its mark). */
const MAY_START_CUE = Uint8Array.from(POS_TAGS, (tag) => (NEVER_CUE_START.has(tag) ? 0 : 1));
const PUNCT = POS_TAGS.indexOf('PUNCT');

/** Token i's POS tag (the view stores its index plus one, so that 0 can stand for outside the sentence). */
export function posTagOf(view: TokenView, i: number): string {
  return POS_TAGS[view.pos[i] - 1];
}

/** Whether token k is a comma. */
export function isCommaToken(view: TokenView, k: number): boolean {
  return view.commasBefore[k + 1] > view.commasBefore[k];
}

/** Whether a quote mark lies among tokens `first` to `end`. */
export function hasQuoteMarkIn(view: TokenView, first: number, end: number): boolean {
  for (let k = first; k < end; k++) if (view.isQuoteMark[k]) return true;
  return false;
}

/** Whether token i is inside a quotation or is one of its marks. */
export function isQuoted(view: TokenView, i: number): boolean {
  return view.inQuote[i] === 1 || view.isQuoteMark[i] === 1;
}

/** What a token of one or two characters is as punctuation (bit flags; 0 for anything else). */
export const COMMA = 1;
export const QUOTE_MARK = 2;
/** A colon or a dash after a name introduces a quote (`Trump: "..."`, `"..." — Jane Doe`). */
export const CUE_PUNCTUATION = 4;

/** The marks `"` `“` `”` `«` `»` `„` `''` ``` `` ```, commas, and `:` `—` `–` `-` `―` `--`, read from char codes (no slice per token). */
export function punctuationKind(text: string, from: number, to: number): number {
  if (to - from === 1) {
    switch (text.charCodeAt(from)) {
      case 0x2c:
        return COMMA;
      case 0x22:
      case 0x201c:
      case 0x201d:
      case 0xab:
      case 0xbb:
      case 0x201e:
        return QUOTE_MARK;
      case 0x3a:
      case 0x2014:
      case 0x2013:
      case 0x2d:
      case 0x2015:
        return CUE_PUNCTUATION;
      default:
        return 0;
    }
  }
  if (to - from === 2) {
    const first = text.charCodeAt(from);
    if (first !== text.charCodeAt(from + 1)) return 0;
    if (first === 0x27 || first === 0x60) return QUOTE_MARK; // '' and ``
    if (first === 0x2d) return CUE_PUNCTUATION; // --
  }
  return 0;
}

/**
 * Offsets of the `‘` and `’` (or straight `'`) that open or close an outermost quotation: the
 * quotes layer makes single marks outer marks only in British copy (no double
 * mark anywhere), so this is empty elsewhere and nested single marks inside
 * double quotes never count. Everywhere else `‘` and `’` are apostrophes,
 * which `punctuationKind` leaves out.
 */
function outerSingleMarks(text: string, quotes: readonly Quote[]): Set<number> {
  const marks = new Set<number>();
  let outerEnd = -1;
  for (const quote of quotes) {
    if (quote.start < outerEnd) continue; // nested in the quotation before (the layer lists it after)
    outerEnd = quote.end;
    if (isSingleMark(text, quote.start, '‘')) marks.add(quote.start);
    if (quote.closed && isSingleMark(text, quote.end - 1, '’')) marks.add(quote.end - 1);
  }
  return marks;
}

/** A `curly` mark or a lone straight `'` at `i` (two apostrophes are a double mark, NYT style). */
function isSingleMark(text: string, i: number, curly: string): boolean {
  if (text[i] === curly) return true;
  return text[i] === "'" && text[i - 1] !== "'" && text[i + 1] !== "'";
}

/**
 * wink-nlp splits the double marks written as two apostrophes (NYT's `''`)
 * or two backticks (PTB's opening ``` `` ```) into two tokens: either is a quote mark.
 */
function isHalfOfDoubledMark(text: string, i: number): boolean {
  const mark = text[i];
  return (mark === "'" || mark === '`') && (text[i - 1] === mark || text[i + 1] === mark);
}

/** verb.cognition and verb.communication. */
const SPEECH_VERB_CLASSES = new Set([31, 32]);

export function buildTokenView(doc: Doc, lexicon: LexicalClasses): TokenView {
  const tokens = doc.need('tokens');
  const quotes = doc.need('quotes');
  const n = tokens.count;
  const view: TokenView = {
    count: n,
    lower: new Int32Array(n),
    lemma: new Int32Array(n),
    pos: new Int32Array(n),
    shape: new Int32Array(n),
    suffix: new Int32Array(n),
    inQuote: new Uint8Array(n),
    isQuoteMark: new Uint8Array(n),
    commasBefore: new Int32Array(n + 1),
    quoteMarksBefore: new Int32Array(n + 1),
    sentence: tokens.sentence,
    verbClass: new Uint8Array(n),
    nounClass: new Uint8Array(n),
    speechVerb: new Uint8Array(n),
    cueCandidate: new Uint8Array(n),
    boundary: BOUNDARY,
  };
  let q = 0;
  const text = doc.text;
  const flags = lexicalFlagsCache(lexicon);
  const singleMarks = outerSingleMarks(text, quotes);
  for (let i = 0; i < n; i++) {
    const lower = tokens.lower[i];
    const lemma = tokens.lemma[i];
    const from = tokens.start[i];
    const to = tokens.end[i];
    const pos = tokens.pos[i];
    view.lower[i] = hashString(lower);
    const lemmaHash = hashString(lemma);
    view.lemma[i] = lemmaHash;
    view.pos[i] = pos + 1;
    view.shape[i] = wordShapeHash(text, from, to);
    view.suffix[i] = hashRange(lower, Math.max(0, lower.length - 3), lower.length);
    const lexical = flags.of(lemma, lemmaHash);
    view.verbClass[i] = lexical & 0xff;
    view.nounClass[i] = (lexical >>> 8) & 0xff;
    view.speechVerb[i] = lexical >>> 16;
    const halfOfDouble = to - from === 1 && isHalfOfDoubledMark(text, from);
    const quoteByContext = to - from === 1 && (singleMarks.has(from) || halfOfDouble);
    const mark = to - from <= 2 ? punctuationKind(text, from, to) | (quoteByContext ? QUOTE_MARK : 0) : 0;
    view.cueCandidate[i] = pos === PUNCT ? (mark & CUE_PUNCTUATION ? 1 : 0) : MAY_START_CUE[pos];
    const quoteMark = mark & QUOTE_MARK ? 1 : 0;
    view.isQuoteMark[i] = quoteMark;
    view.commasBefore[i + 1] = view.commasBefore[i] + (mark & COMMA);
    // The two halves of `''` are one mark.
    view.quoteMarksBefore[i + 1] =
      view.quoteMarksBefore[i] + (halfOfDouble && text[from - 1] === text[from] ? 0 : quoteMark);
    while (q < quotes.length && quotes[q].inner.end <= from) q++;
    if (q < quotes.length && quotes[q].inner.start <= from && to <= quotes[q].inner.end) {
      view.inQuote[i] = 1;
    }
  }
  return view;
}

/** Entries of the lemma → WordNet flags cache (direct-mapped by the lemma's hash). */
const FLAG_CACHE_BITS = 16;

/**
 * Per lexicon, the WordNet flags of lemmas looked up so far, packed as
 * `verbClass | nounClass << 8 | speechVerb << 16`: a lemma recurs many times
 * per article. Direct-mapped by the lemma hash the view computes anyway, and
 * checked against the lemma itself, so it is exact, bounded and needs no
 * string hashing of its own.
 */
class LexicalFlagsCache {
  private readonly lemmas: (string | undefined)[] = new Array(1 << FLAG_CACHE_BITS);
  private readonly flags = new Int32Array(1 << FLAG_CACHE_BITS);

  constructor(private readonly lexicon: LexicalClasses) {}

  of(lemma: string, hash: number): number {
    const slot = hash & ((1 << FLAG_CACHE_BITS) - 1);
    if (this.lemmas[slot] === lemma) return this.flags[slot];
    const flags = lexicalFlags(this.lexicon, lemma);
    this.lemmas[slot] = lemma;
    this.flags[slot] = flags;
    return flags;
  }
}

const lexicalFlagsCache = memoByObject((lexicon: LexicalClasses) => new LexicalFlagsCache(lexicon));

/** The lemma's WordNet flags, packed as in `LexicalFlagsCache`. */
function lexicalFlags(lexicon: LexicalClasses, lemma: string): number {
  // Own properties only: a lemma such as `constructor` must not find Object's.
  const verbClasses = Object.hasOwn(lexicon.verbs, lemma) ? lexicon.verbs[lemma] : undefined;
  const nounClasses = Object.hasOwn(lexicon.nouns, lemma) ? lexicon.nouns[lemma] : undefined;
  const verbClass = verbClasses ? verbClasses[0] + 1 : 0;
  const nounClass = nounClasses ? nounClasses[0] + 1 : 0;
  const speechVerb = verbClasses?.some((c) => SPEECH_VERB_CLASSES.has(c)) ? 1 : 0;
  return verbClass | (nounClass << 8) | (speechVerb << 16);
}

const UPPER_X = 88;
const LOWER_X = 120;
const DIGIT_D = 100;
const MAX_SHAPE_CHARS = 12;

/**
 * Hash of the word's shape — `Hillary` → `Xx`, `2016` → `d`, `U.S.` → `X.X.`:
 * capitalisation and digits without the word (first 12 characters, runs
 * collapsed) — hashed as it is read, so no shape string is built.
 */
export function wordShapeHash(text: string, from: number, to: number): number {
  let hash = FNV_OFFSET;
  let last = -1;
  const end = Math.min(to, from + MAX_SHAPE_CHARS);
  for (let k = from; k < end; k++) {
    const code = text.charCodeAt(k);
    let c: number;
    if (code >= 65 && code <= 90) c = UPPER_X;
    else if (code >= 97 && code <= 122) c = LOWER_X;
    else if (code >= 48 && code <= 57) c = DIGIT_D;
    else if (code < 128) c = code;
    else {
      const ch = text[k];
      c = ch.toLowerCase() !== ch ? UPPER_X : ch.toUpperCase() !== ch ? LOWER_X : code;
    }
    if (c !== last) hash = hashCharCode(hash, c);
    last = c;
  }
  return hash | 0;
}
