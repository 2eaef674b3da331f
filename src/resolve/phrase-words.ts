import { type Doc, firstEndingAfter, isWhitespace, POS_TAGS, type Span } from '../core/index.js';
import { TITLE_WORDS } from './names.js';

/**
 * The words of a source phrase as mention analysis reads them: token views
 * with their part of speech, and the trimming that comes before any analysis.
 */

/** Part-of-speech numbers (wink-nlp's universal tags) that phrase analysis tests. */
export const PUNCT = POS_TAGS.indexOf('PUNCT');
export const DET = POS_TAGS.indexOf('DET');
export const NUM = POS_TAGS.indexOf('NUM');
export const ADP = POS_TAGS.indexOf('ADP');
export const VERB = POS_TAGS.indexOf('VERB');
export const AUX = POS_TAGS.indexOf('AUX');
export const PRON = POS_TAGS.indexOf('PRON');
export const SCONJ = POS_TAGS.indexOf('SCONJ');
export const PART = POS_TAGS.indexOf('PART');
export const NOUN = POS_TAGS.indexOf('NOUN');
export const ADJ = POS_TAGS.indexOf('ADJ');

/** A possessive ending: "Trump's claim" has source "Trump's". */
export const POSSESSIVE_END = /(?:'s|’s|'|’)$/;

/** One token of a phrase, cut to the phrase's span. */
export interface Word {
  text: string;
  lower: string;
  pos: number;
  start: number;
  end: number;
}

export function isCapitalised(word: Word): boolean {
  return /^[\p{Lu}\d]/u.test(word.text);
}

/** The word starts with a capital letter (not a digit, as `isCapitalised` allows). */
export function startsUpperCase(word: Word): boolean {
  return /^\p{Lu}/u.test(word.text);
}

/** A hyphen as a word of its own: `-`, and the Unicode hyphens `‐` and `‑`. */
export function isHyphen(word: Word): boolean {
  return word.text === '-' || word.text === '‐' || word.text === '‑';
}

/** `26-year-old` (five tokens) ending `words`: a person by their age. */
export function isAgeNoun(words: readonly Word[]): boolean {
  const n = words.length;
  return n >= 5 && words[n - 1].lower === 'old' && words[n - 3].lower === 'year' && /^\d+$/.test(words[n - 5].text);
}

/**
 * Word i is shaped like a past participle (lower case, in `-ed`) right after
 * a noun, opening a phrase about it: "a study published in ...", "a court
 * filing unsealed last week". Callers check the tag the tagger gave it.
 */
export function participleAfterNoun(words: readonly Word[], i: number): boolean {
  return i > 0 && words[i - 1].pos === NOUN && /^\p{Ll}+ed$/u.test(words[i].text);
}

export function startsLowerCase(word: Word): boolean {
  return /^\p{Ll}/u.test(word.text);
}

export function isTitleWord(word: Word): boolean {
  return TITLE_WORDS.has(word.lower.replace(/\.$/, ''));
}

/** "PENCE" in a transcript is Pence; acronyms (CNN, FBI) stay as they are. */
export function normalizeCase(word: string): string {
  // Dotted acronyms ("E.P.A.") stay too: they are no shouted name.
  if (word.length > 4 && word === word.toUpperCase() && /\p{Lu}/u.test(word) && !word.includes('.'))
    return word[0] + word.slice(1).toLowerCase();
  return word;
}

export function trimWords(words: Word[]): Word[] {
  let a = 0;
  let b = words.length;
  while (a < b && words[a].pos === PUNCT) a++;
  while (b > a && words[b - 1].pos === PUNCT) b--;
  return words.slice(a, b);
}

/** Quote marks, brackets and punctuation that cling to a source span's edges; a final possessive goes too. */
export function trimEdges(text: string, span: Span): Span | null {
  let start = span.start;
  let end = span.end;
  while (start < end && isEdgeCharacter(text.charCodeAt(start))) start++;
  while (end > start && isEdgeCharacter(text.charCodeAt(end - 1))) end--;
  const possessive = text.endsWith("'s", end) || text.endsWith('’s', end);
  if (possessive && end - start > 2) end -= 2;
  return end > start ? { start, end } : null;
}

/** The quote marks, brackets, bullets and punctuation `trimEdges` cuts, as a table by char code (a set lookup cost more). */
const EDGE_PUNCTUATION = tableOf('"“”‘’\'(),;:-–—[]•·▪');

function tableOf(characters: string): Uint8Array {
  const codes = [...characters].map((c) => c.charCodeAt(0));
  const table = new Uint8Array(Math.max(...codes) + 1);
  for (const code of codes) table[code] = 1;
  return table;
}

/** White space and the quote marks, brackets and punctuation `trimEdges` cuts. */
function isEdgeCharacter(code: number): boolean {
  return isWhitespace(code) || EDGE_PUNCTUATION[code] === 1;
}

/**
 * Visits a phrase's words: each token's piece inside `span`, less bracketed
 * asides ("Rep. Elijah E. Cummings (D-Md.)": the party and state are no part of the name).
 * `first` is `tokenAt(doc, span.start)`, which callers have at hand.
 */
function forEachWord(
  doc: Doc,
  span: Span,
  first: number,
  visit: (token: number, start: number, end: number) => void,
): void {
  const tokens = doc.need('tokens');
  let depth = 0;
  for (let t = first; t < tokens.count && tokens.start[t] < span.end; t++) {
    const start = Math.max(tokens.start[t], span.start);
    const end = Math.min(tokens.end[t], span.end);
    if (end <= start) continue;
    const bracket = end - start === 1 ? doc.text[start] : '';
    if (bracket === '(') depth++;
    else if (bracket === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0) visit(t, start, end);
  }
}

/** The words of the phrase at `span`, bracketed asides left out. */
export function phraseWords(doc: Doc, span: Span, first = tokenAt(doc, span.start)): Word[] {
  const tokens = doc.need('tokens');
  const words: Word[] = [];
  forEachWord(doc, span, first, (t, start, end) => {
    const text = doc.text.slice(start, end);
    words.push({ text, lower: text.toLowerCase(), pos: tokens.pos[t], start, end });
  });
  return words;
}

/**
 * The part-of-speech tags of `phraseWords(doc, span)`, one character each,
 * without building the words: with the phrase's text, all its analysis reads.
 */
export function phraseTags(doc: Doc, span: Span, first = tokenAt(doc, span.start)): string {
  const tokens = doc.need('tokens');
  let tags = '';
  forEachWord(doc, span, first, (t) => {
    tags += String.fromCharCode(TAG_CODE_BASE + tokens.pos[t]);
  });
  return tags;
}

/** Tags are written from "0" on: printable, one character per tag. */
const TAG_CODE_BASE = 48;

/** Index of the first token ending after `offset`. */
export function tokenAt(doc: Doc, offset: number): number {
  return firstEndingAfter(doc.need('tokens').end, offset);
}
