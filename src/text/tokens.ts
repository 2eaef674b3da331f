import {
  type Doc,
  isWhitespace,
  POS_TAGS,
  type Sentence,
  type Span,
  type Stage,
  type TokenLayer,
} from '../core/index.js';
import { PARTY_TAG_BEFORE } from './party-tags.js';
import { posTags, readTokens } from './wink.js';

const POS_INDEX = new Map<string, number>(POS_TAGS.map((tag, i) => [tag, i]));
const UNKNOWN_POS = POS_INDEX.get('X') as number;
/** wink-nlp drops a few characters (a stray byte-order mark); look this far ahead to re-align. */
const REALIGN_WINDOW = 32;

/** Our POS index for each of wink-nlp's POS ids (built on first use: wink-nlp lists its tags once loaded). */
let posIndexOfWinkId: Uint8Array | null = null;

function posIndexTable(): Uint8Array {
  posIndexOfWinkId ??= Uint8Array.from(posTags(), (tag) =>
    tag === undefined ? UNKNOWN_POS : (POS_INDEX.get(tag) ?? UNKNOWN_POS),
  );
  return posIndexOfWinkId;
}

/** True when `value` has a character other than white space: wink-nlp returns line breaks as tokens of their own. */
function hasNonSpace(value: string): boolean {
  for (let k = 0; k < value.length; k++) if (!isWhitespace(value.charCodeAt(k))) return true;
  return false;
}

/** `text.startsWith(value, at)`, compared by char code: the builtin cost a tenth of this stage. */
function occursAt(text: string, value: string, at: number): boolean {
  if (at + value.length > text.length) return false;
  for (let k = 0; k < value.length; k++) if (text.charCodeAt(at + k) !== value.charCodeAt(k)) return false;
  return true;
}

/**
 * Latin letters beyond Latin-1 (`ć`, `ğ`, `ł`, `ễ`): wink-nlp's tokenizer
 * splits a word at each of them (`Petrović` → `Petrovi` + `ć`), cutting names
 * from half of Europe in pieces.
 */
const EXTENDED_LATIN = /[\u0100-\u024f\u1e00-\u1eff]/g;

/**
 * What wink-nlp reads: `text` with each extended Latin letter replaced by one
 * it knows, its base letter (`ć` → `c`) or else `x`/`X`, one code unit for
 * one, so offsets stay those of `text`; null when there is none to replace.
 */
export function winkReadableText(text: string): string | null {
  const readable = text.replace(EXTENDED_LATIN, baseLetter);
  return readable === text ? null : readable;
}

function baseLetter(letter: string): string {
  const base = letter.normalize('NFD').charCodeAt(0);
  if (base < 0x100 && isLetterCode(base)) return String.fromCharCode(base);
  return letter.toLowerCase() === letter ? 'x' : 'X';
}

function isLetterCode(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 0xc0 && code !== 0xd7 && code !== 0xf7);
}

/**
 * Words wink-nlp keeps together with a full stop as an abbreviation (`in.` for
 * inches, `no.` for number) that as often end a sentence (`weighed in.`,
 * `said no.`): before a capitalised word, a sentence starts there.
 */
const ENDS_LIKE_ABBREVIATION = new Set(['in.', 'no.']);

/**
 * `... shortly after 2 a.m. "I called 911," she said.`: after an abbreviation
 * wink-nlp goes on with the sentence, but an opening quotation mark and a
 * capital after it start a new one.
 */
function opensQuotation(text: string, from: number): boolean {
  let k = from;
  while (k < text.length && (text[k] === ' ' || text[k] === '\t')) k++;
  if (k === from || (text[k] !== '"' && text[k] !== '“')) return false;
  return /\p{Lu}/u.test(text[k + 1] ?? '');
}

/** A capital letter and a full stop: `A.` */
function isInitial(value: string): boolean {
  return value.length === 2 && value.endsWith('.') && startsCapitalised(value);
}

/** Whether `text` holds digits only from `from` up to `to`, where the next token starts with no space: `4` of `4A.` */
function isNumberGluedTo(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let k = from; k < to; k++) {
    const code = text.charCodeAt(k);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

function startsCapitalised(value: string): boolean {
  const code = value.charCodeAt(0);
  return code >= 65 && code <= 90;
}

/** The longest party tag and the space after it, in UTF-16 code units. */
const PARTY_TAG_WINDOW = 18;

/** A party tag cut at its inner full stop: `(D-N.` before `Y.)`, `, R-N.` before `Y.,`. */
const PARTY_TAG_HEAD_BEFORE = /(?:\(|,\s)[DRI]-\p{Lu}\.$/u;

/**
 * Whether a token at `at` goes on the sentence of a party tag right before it:
 * a comma or a lower-case word after the tag, or the tag's own tail (`Y.)`).
 */
function continuesPastPartyTag(text: string, at: number, value: string): boolean {
  const before = text.slice(Math.max(0, at - PARTY_TAG_WINDOW), at);
  if (PARTY_TAG_HEAD_BEFORE.test(before)) return /^\p{Lu}\.?\)?$/u.test(value);
  if (value !== ',' && !/^\p{Ll}/u.test(value)) return false;
  return PARTY_TAG_BEFORE.test(before);
}

/**
 * Tokens, POS and sentences from wink-nlp, with offsets into the original text.
 * wink-nlp gives each token's value and the spaces before it; offsets are
 * recovered by walking the text. The whole text goes through wink-nlp at once
 * (one call per paragraph cost twice as much); sentences are then cut at every
 * paragraph boundary, so none crosses one. One pass fills the packed arrays.
 */
export function tokenize(original: string, paragraphs: Span[]): { tokens: TokenLayer; sentences: Sentence[] } {
  // Tokens are placed in what wink-nlp read, whose offsets are the original's; a
  // token holding a replaced letter takes its word from the original.
  const replaced = winkReadableText(original);
  const text = replaced ?? original;
  const wink = readTokens(text);
  const posIndex = posIndexTable();
  const capacity = wink.count;
  const winkSentenceStarts = new Uint8Array(capacity + 1);
  for (const first of wink.sentenceStarts()) winkSentenceStarts[first] = 1;
  const start = new Int32Array(capacity);
  const end = new Int32Array(capacity);
  const pos = new Uint8Array(capacity);
  const lemma: string[] = [];
  const lower: string[] = [];
  const sentenceOf = new Int32Array(capacity);
  const sentences: Sentence[] = [];
  let count = 0;
  let cursor = 0;
  let paragraph = -1;
  let sentenceStartPending = false;
  for (let i = 0; i < capacity; i++) {
    const value = wink.value(i);
    cursor += wink.spacesBefore(i);
    if (winkSentenceStarts[i]) sentenceStartPending = true;
    if (!occursAt(text, value, cursor)) {
      const found = text.indexOf(value, cursor);
      if (found >= 0 && found - cursor <= REALIGN_WINDOW) cursor = found;
      else continue; // cannot place it: leave the token out rather than misplace it
    }
    const tokenStart = cursor;
    cursor += value.length;
    if (!hasNonSpace(value)) continue;
    // `Sen. Ana Ruiz (D-N.Y.), who ...`: wink-nlp ends a sentence at the party tag's full stop.
    if (sentenceStartPending && continuesPastPartyTag(text, tokenStart, value)) sentenceStartPending = false;
    start[count] = tokenStart;
    end[count] = cursor;
    pos[count] = posIndex[wink.posId(i)];
    if (replaced !== null && !occursAt(original, value, tokenStart)) {
      const word = original.slice(tokenStart, cursor).toLowerCase();
      lemma.push(word);
      lower.push(word);
    } else {
      lemma.push(wink.lowerLemma(i));
      lower.push(wink.lowerValue(i));
    }
    let newParagraph = false;
    while (paragraph + 1 < paragraphs.length && tokenStart >= paragraphs[paragraph + 1].start) {
      paragraph++;
      newParagraph = true;
    }
    const current = sentences[sentences.length - 1];
    if (sentenceStartPending || newParagraph || !current) {
      sentences.push({
        start: tokenStart,
        end: cursor,
        firstToken: count,
        endToken: count + 1,
        paragraph: Math.max(0, paragraph),
      });
    } else {
      current.end = cursor;
      current.endToken = count + 1;
    }
    sentenceOf[count] = sentences.length - 1;
    count++;
    // `Students also weighed in. Senior staff ...`: wink-nlp reads `in.` as the inch's abbreviation;
    // `the group No on 4A. He added ...`: it splits `4A.` into a number and an initial.
    const endsLikeAbbreviation =
      ENDS_LIKE_ABBREVIATION.has(value) ||
      (isInitial(value) && count > 1 && isNumberGluedTo(text, start[count - 2], tokenStart));
    sentenceStartPending =
      (endsLikeAbbreviation && i + 1 < capacity && startsCapitalised(wink.value(i + 1))) ||
      (value.endsWith('.') && value.length > 1 && opensQuotation(text, cursor));
  }
  const tokens: TokenLayer = {
    count,
    start: start.slice(0, count),
    end: end.slice(0, count),
    pos: pos.slice(0, count),
    lemma,
    lower,
    sentence: sentenceOf.slice(0, count),
  };
  return { tokens, sentences };
}

export const tokenStage: Stage = {
  name: 'tokens',
  needs: ['paragraphs'],
  adds: ['tokens', 'sentences'],
  run(doc: Doc) {
    const { tokens, sentences } = tokenize(doc.text, doc.need('paragraphs'));
    doc.tokens = tokens;
    doc.sentences = sentences;
  },
};
