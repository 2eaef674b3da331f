import { type Doc, POS_TAGS } from '../core/index.js';
import { FNV_OFFSET, hashCharCode, hashRange, hashString } from '../learn/index.js';
import type { LexicalClasses } from '../text/index.js';

const QUOTE_MARKS = new Set(['"', '“', '”', '«', '»', '„', "''", '``']);
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

const NEVER_CUE_START = new Set(['PROPN', 'PRON', 'NUM', 'CCONJ', 'SCONJ', 'X', 'INTJ', 'SYM', 'SPACE', 'DET', 'ADP']);
/** A colon or a dash after a name introduces a quote (`Trump: "..."`, `"..." — Jane Doe`). */
const CUE_PUNCTUATION = new Set([':', '—', '–', '-', '―', '--']);

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
  const memo = lexicalMemo(lexicon);
  for (let i = 0; i < n; i++) {
    const lower = tokens.lower[i];
    const lemma = tokens.lemma[i];
    const from = tokens.start[i];
    const to = tokens.end[i];
    // Every mark the sets below know is at most two characters: longer tokens need no slice.
    const surface = to - from <= 2 ? text.slice(from, to) : '';
    view.lower[i] = hashString(lower);
    view.lemma[i] = hashString(lemma);
    view.pos[i] = tokens.pos[i] + 1;
    view.shape[i] = wordShapeHash(text, from, to);
    view.suffix[i] = hashRange(lower, Math.max(0, lower.length - 3), lower.length);
    const lexical = lexicalFlags(lexicon, memo, lemma);
    view.verbClass[i] = lexical.verbClass;
    view.speechVerb[i] = lexical.speechVerb;
    view.nounClass[i] = lexical.nounClass;
    const posTag = POS_TAGS[tokens.pos[i]];
    view.cueCandidate[i] = NEVER_CUE_START.has(posTag) || (posTag === 'PUNCT' && !CUE_PUNCTUATION.has(surface)) ? 0 : 1;
    const quoteMark = QUOTE_MARKS.has(surface) ? 1 : 0;
    view.isQuoteMark[i] = quoteMark;
    view.commasBefore[i + 1] = view.commasBefore[i] + (surface === ',' ? 1 : 0);
    view.quoteMarksBefore[i + 1] = view.quoteMarksBefore[i] + quoteMark;
    while (q < quotes.length && quotes[q].inner.end <= from) q++;
    if (q < quotes.length && quotes[q].inner.start <= from && to <= quotes[q].inner.end) {
      view.inQuote[i] = 1;
    }
  }
  return view;
}

interface LexicalFlags {
  verbClass: number;
  nounClass: number;
  speechVerb: number;
}
const NOT_IN_WORDNET: LexicalFlags = { verbClass: 0, nounClass: 0, speechVerb: 0 };
/** Per lexicon, the flags of each lemma looked up so far: a lemma recurs many times per article. */
const flagsByLexicon = new WeakMap<LexicalClasses, Map<string, LexicalFlags>>();
/** Lemmas remembered per lexicon before the memo starts afresh, so a long batch cannot grow it without bound. */
const MAX_REMEMBERED_LEMMAS = 200_000;

/** The memo of `lexicon`'s flags, started afresh when it has grown too large. */
function lexicalMemo(lexicon: LexicalClasses): Map<string, LexicalFlags> {
  let known = flagsByLexicon.get(lexicon);
  if (!known || known.size >= MAX_REMEMBERED_LEMMAS) {
    known = new Map();
    flagsByLexicon.set(lexicon, known);
  }
  return known;
}

function lexicalFlags(lexicon: LexicalClasses, known: Map<string, LexicalFlags>, lemma: string): LexicalFlags {
  let flags = known.get(lemma);
  if (flags) return flags;
  // Own properties only: a lemma such as `constructor` must not find Object's.
  const verbClasses = Object.hasOwn(lexicon.verbs, lemma) ? lexicon.verbs[lemma] : undefined;
  const nounClasses = Object.hasOwn(lexicon.nouns, lemma) ? lexicon.nouns[lemma] : undefined;
  flags =
    verbClasses || nounClasses
      ? {
          verbClass: verbClasses ? verbClasses[0] + 1 : 0,
          speechVerb: verbClasses?.some((c) => SPEECH_VERB_CLASSES.has(c)) ? 1 : 0,
          nounClass: nounClasses ? nounClasses[0] + 1 : 0,
        }
      : NOT_IN_WORDNET;
  known.set(lemma, flags);
  return flags;
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
