import { type Doc, POS_TAGS } from '../core/index.js';
import { hashString } from '../learn/index.js';
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
  for (let i = 0; i < n; i++) {
    const lower = tokens.lower[i];
    const surface = doc.text.slice(tokens.start[i], tokens.end[i]);
    view.lower[i] = hashString(lower);
    view.lemma[i] = hashString(tokens.lemma[i]);
    view.pos[i] = tokens.pos[i] + 1;
    view.shape[i] = hashString(wordShape(surface));
    view.suffix[i] = hashString(lower.length > 3 ? lower.slice(-3) : lower);
    const verbClasses = lexicon.verbs[tokens.lemma[i]];
    if (verbClasses) {
      view.verbClass[i] = verbClasses[0] + 1;
      view.speechVerb[i] = verbClasses.some((c) => SPEECH_VERB_CLASSES.has(c)) ? 1 : 0;
    }
    const nounClasses = lexicon.nouns[tokens.lemma[i]];
    if (nounClasses) view.nounClass[i] = nounClasses[0] + 1;
    const posTag = POS_TAGS[tokens.pos[i]];
    view.cueCandidate[i] = NEVER_CUE_START.has(posTag) || (posTag === 'PUNCT' && !CUE_PUNCTUATION.has(surface)) ? 0 : 1;
    const quoteMark = QUOTE_MARKS.has(surface) ? 1 : 0;
    view.isQuoteMark[i] = quoteMark;
    view.commasBefore[i + 1] = view.commasBefore[i] + (surface === ',' ? 1 : 0);
    view.quoteMarksBefore[i + 1] = view.quoteMarksBefore[i] + quoteMark;
    while (q < quotes.length && quotes[q].inner.end <= tokens.start[i]) q++;
    if (q < quotes.length && quotes[q].inner.start <= tokens.start[i] && tokens.end[i] <= quotes[q].inner.end) {
      view.inQuote[i] = 1;
    }
  }
  return view;
}

/** `Hillary` → `Xx`, `2016` → `d`, `U.S.` → `X.X.`: capitalisation and digits without the word. */
function wordShape(word: string): string {
  let shape = '';
  let last = '';
  const length = Math.min(word.length, 12);
  for (let k = 0; k < length; k++) {
    const ch = word[k];
    const code = word.charCodeAt(k);
    let c: string;
    if (code >= 65 && code <= 90) c = 'X';
    else if (code >= 97 && code <= 122) c = 'x';
    else if (code >= 48 && code <= 57) c = 'd';
    else if (code < 128) c = ch;
    else c = ch.toLowerCase() !== ch ? 'X' : ch.toUpperCase() !== ch ? 'x' : ch;
    if (c !== last) shape += c;
    last = c;
  }
  return shape;
}
