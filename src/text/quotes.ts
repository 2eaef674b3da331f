import { type Doc, isWhitespace, type Quote, type Span, type Stage } from '../core/index.js';

/**
 * Double quotation marks that can open a quote, each with the marks that may
 * close it. Straight marks are ambiguous and context decides (see `findQuotes`).
 * Mixed typography (`"…”`, `“…"`) is common in scraped copy, so curly and
 * straight marks close each other.
 */
/** Each opening mark with the marks that may close it. */
type ClosersOf = Readonly<Record<string, readonly string[]>>;

const CLOSERS_OF: ClosersOf = {
  '"': ['"', '”', '“'],
  '“': ['”', '"', '“'],
  // Swedish/Finnish style ”…”, and sloppy copy that uses the closing mark twice.
  '”': ['”', '"'],
  // German and Polish open low: „…“ and „…”.
  '„': ['“', '”'],
  '«': ['»'],
  // German and Danish point the guillemets inward: »…«.
  '»': ['«'],
  // Two apostrophes stand for a double mark in NYT copy (PolNeAR) and PTB-style text.
  "''": ["''", '"'],
  '``': ["''", '"'],
};

/**
 * Single marks as the outer quotation marks (British and Irish copy: ‘…’),
 * used in a text with no double mark, or whose speech opens with single
 * marks only (see `closersFor`).
 * A `’` before a letter is an apostrophe; a plural possessive inside such a
 * quote (`the traders’ union`) still closes it early.
 */
const SINGLE_CLOSERS_OF: ClosersOf = { ...CLOSERS_OF, '‘': ['’'], '’': ['’'] };
/**
 * Straight single marks as the outer marks (`'We were lucky,' she said.`),
 * in a text with no double mark whose quotations open paragraphs or follow a
 * colon. An apostrophe between letters (`it's`, `O'Rourke`) or before a digit
 * or an elision (`'90s`, `'em`) is no mark (see `readOuterMark`).
 */
const STRAIGHT_SINGLE_CLOSERS_OF: ClosersOf = { ...SINGLE_CLOSERS_OF, "'": ["'", '’'], '‘': ['’', "'"] };
/** Any double quotation mark, curly, straight, low, angled or written as two apostrophes. */
export const DOUBLE_MARK = /["“”„«»]|''|``/;
const SINGLE_OPENING = /(?:^|[\s([{—–-])‘[\p{L}\p{N}]/u;
/** A straight single mark opening a capitalised quotation at a paragraph's start or after a colon. */
const STRAIGHT_SINGLE_OPENING = /(?:^|: )'\p{Lu}/mu;

/**
 * Speech opened by a mark at a paragraph's or sentence's start or after a
 * colon, single or double; a single mark's opens a sentence in lower case
 * (not a headline in capitals quoted in a newsletter: `‘EUROPEANS ASK IF ...’`).
 */
const STRAIGHT_SINGLE_SPEECH = /(?:^|[:.?!] )'\p{Lu}\p{Ll}/gmu;
const CURLY_SINGLE_SPEECH = /(?:^|[:.?!] )‘\p{Lu}\p{Ll}/gmu;
const DOUBLE_SPEECH = /(?:^|[:.?!] )(?:["“„«]|''|``)\p{Lu}/mu;
/** Single-mark speech openings that make single marks the outer ones beside double marks. */
const MIN_SINGLE_SPEECH = 2;

/**
 * The marks the text quotes with: double ones, or single ones where it has no
 * double mark (British style), or where speech opens with single marks at
 * least twice and never with double ones, which then mark words inside it or
 * in the narration (`said: 'We had "no choice".'`, tabloid and regional
 * British copy).
 */
function closersFor(text: string): ClosersOf {
  if (DOUBLE_MARK.test(text)) {
    if (DOUBLE_SPEECH.test(text)) return CLOSERS_OF;
    if (countOf(STRAIGHT_SINGLE_SPEECH, text) >= MIN_SINGLE_SPEECH) return STRAIGHT_SINGLE_CLOSERS_OF;
    return countOf(CURLY_SINGLE_SPEECH, text) >= MIN_SINGLE_SPEECH ? SINGLE_CLOSERS_OF : CLOSERS_OF;
  }
  if (STRAIGHT_SINGLE_OPENING.test(text)) return STRAIGHT_SINGLE_CLOSERS_OF;
  return SINGLE_OPENING.test(text) ? SINGLE_CLOSERS_OF : CLOSERS_OF;
}

function countOf(pattern: RegExp, text: string): number {
  let count = 0;
  for (const _ of text.matchAll(pattern)) count++;
  return count;
}

/** Marks whose opening or closing role does not depend on context. */
const UNAMBIGUOUS_OPENERS = new Set(['“', '„', '«', '``']);
/** Marks that normally close, so they open only where the context clearly says so. */
const CLOSING_SHAPED_OPENERS = new Set(['”', '»', '’']);

/**
 * Closing marks that may just as well open the next quote, so they close only
 * when they do not clearly open one (`…here," she said` but not `said "We…`).
 * A mark with spaces on both sides closes: `'a flight to quality,' " he said`
 * is Washington Post style for a single mark inside a double one. “ is here
 * because sloppy copy uses it at both ends.
 */
const AMBIGUOUS_CLOSERS = new Set(['"', "''", '“']);

/** Characters after which a quote mark can open: `(“`, `—"`, `/"`, or a nesting quote mark. */
const OPENING_NEIGHBOURS = new Set([...'([{—–-/"“„«»‘\'']);

/**
 * Words that begin with an apostrophe ('em, 'til, 'cause); a single mark before
 * them is an elision, not a nested quote. Digits ('90s) are excluded separately.
 */
const ELISIONS_AFTER_APOSTROPHE = /^(?:em|til|tis|twas|cause|cos|cuz|n|round|bout|nuff|ol)(?![\p{L}\p{N}])/iu;
/** Longest elision above plus the character after it: how far to look. */
const ELISION_LOOKAHEAD = 6;

/** A quote of bare punctuation (`"."`, `""`) is a stray mark pair, not quoted words. */
const HAS_WORD_CHAR = /[\p{L}\p{N}]/u;

interface Mark {
  mark: string;
  length: number;
}

interface OpenQuote {
  start: number;
  mark: string;
  length: number;
}

/**
 * Pairs quotation marks paragraph by paragraph, in one left-to-right pass
 * (linear time whatever the marks). Rules:
 * - a straight `"` closes an open quote unless it clearly opens one (space or
 *   start before, a word after); it opens one unless it clearly closes one
 *   (non-space before, space, punctuation or end after);
 * - a mark that clearly opens while a quote of its kind is open means the open
 *   quote lost its close mark: that quote ends, unclosed, before the new one;
 * - single marks ‘ ’ ' count only nested inside a double quote, and only where
 *   they cannot be apostrophes (don’t, Clinton’s, ’90s); a nested quote left
 *   open when its enclosing quote ends is dropped; in copy with no double
 *   mark, or whose speech opens with single marks only, they are the outer
 *   marks (British style);
 * - a quote still open at the end of its paragraph runs to the paragraph end,
 *   and `continues` when the next paragraph opens with a quote mark (news
 *   convention for quotes over several paragraphs);
 * - quotes with no letter or digit inside are dropped.
 */
export function findQuotes(text: string, paragraphs: readonly Span[]): Quote[] {
  const quotes: Quote[] = [];
  const closersOf = closersFor(text);
  let pendingContinuation: Quote | null = null;
  for (const paragraph of paragraphs) {
    if (pendingContinuation && opensWithQuoteMark(text, paragraph, closersOf)) pendingContinuation.continues = true;
    pendingContinuation = pairInParagraph(text, paragraph, quotes, closersOf);
  }
  return quotes.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Adds the paragraph's quotes to `out`; returns the quote left open at its end, if any. */
function pairInParagraph(text: string, paragraph: Span, out: Quote[], closersOf: ClosersOf): Quote | null {
  let open: OpenQuote | null = null;
  let nested: OpenQuote | null = null;
  const { start: from, end: to } = paragraph;
  let i = from;
  while (i < to) {
    if (!isQuoteMarkChar(text.charCodeAt(i))) {
      i++; // neither a double mark nor a single one: nothing to pair here
      continue;
    }
    const found = readOuterMark(text, i, to, closersOf);
    if (!found) {
      if (open) nested = pairNested(text, i, paragraph, nested, out);
      i++;
      continue;
    }
    const spaceBefore = i === from || isSpace(text.charCodeAt(i - 1));
    const openingBefore = spaceBefore || OPENING_NEIGHBOURS.has(text[i - 1]);
    const afterIndex = i + found.length;
    const spaceAfter = afterIndex >= to || isSpace(text.charCodeAt(afterIndex));
    const clearlyClosing = !spaceBefore && (spaceAfter || isClosingNeighbour(text[afterIndex]));
    const clearlyOpening = openingBefore && !spaceAfter && !isClosingNeighbour(text[afterIndex]);
    const closes = open && closersOf[open.mark].includes(found.mark);
    if (open && closes && (!AMBIGUOUS_CLOSERS.has(found.mark) || !clearlyOpening)) {
      pushQuote(text, open, i, i + found.length, true, out);
      open = null;
      nested = null;
    } else if (open && clearlyOpening && (closes || found.mark === open.mark)) {
      // The open quote lost its close mark; a new one starts here.
      pushQuote(text, open, i, i, false, out);
      open = { start: i, mark: found.mark, length: found.length };
      nested = null;
    } else if (!open && canOpen(found.mark, clearlyOpening, clearlyClosing, spaceAfter)) {
      open = { start: i, mark: found.mark, length: found.length };
    }
    i += found.length;
  }
  return open ? pushQuote(text, open, to, to, false, out) : null;
}

function canOpen(mark: string, clearlyOpening: boolean, clearlyClosing: boolean, spaceAfter: boolean): boolean {
  if (CLOSING_SHAPED_OPENERS.has(mark)) return clearlyOpening;
  // French copy sets guillemets apart with spaces: « Oui », so space after an unambiguous opener is fine.
  if (UNAMBIGUOUS_OPENERS.has(mark)) return !clearlyClosing;
  return !spaceAfter && !clearlyClosing;
}

/** Looks for a nested single quote at `i`; returns the nested quote still open after it. */
function pairNested(
  text: string,
  i: number,
  paragraph: Span,
  nested: OpenQuote | null,
  out: Quote[],
): OpenQuote | null {
  const ch = text[i];
  if (ch !== '‘' && ch !== '’' && ch !== "'") return nested;
  const before = i === paragraph.start ? ' ' : text[i - 1];
  const after = i + 1 < paragraph.end ? text[i + 1] : ' ';
  const letterAfter = isWordChar(after);
  if (nested && ch !== '‘' && !isSpace(before.charCodeAt(0)) && !letterAfter) {
    pushQuote(text, nested, i, i + 1, true, out);
    return null;
  }
  const opensHere =
    ch !== '’' &&
    (isSpace(before.charCodeAt(0)) || OPENING_NEIGHBOURS.has(before)) &&
    /\p{L}/u.test(after) &&
    !ELISIONS_AFTER_APOSTROPHE.test(text.slice(i + 1, Math.min(paragraph.end, i + 1 + ELISION_LOOKAHEAD)));
  return opensHere ? { start: i, mark: ch, length: 1 } : nested;
}

/**
 * Characters that can be (part of) a quote mark: " ' ` “ ” „ « » ‘ ’. The
 * pairing loop skips every other character without looking further.
 */
function isQuoteMarkChar(code: number): boolean {
  if (code < 128) return code === 34 || code === 39 || code === 96;
  return code === 0xab || code === 0xbb || (code >= 0x2018 && code <= 0x2019) || (code >= 0x201c && code <= 0x201e);
}

/**
 * An outer quote mark at `i` (two apostrophes or backticks count as one), or
 * null. With single marks as outer marks, a `’` before a letter is an
 * apostrophe (`don’t`), never a mark.
 */
function readOuterMark(text: string, i: number, end: number, closersOf: ClosersOf): Mark | null {
  const ch = text[i];
  if (ch === "'" || ch === '`') {
    if (i + 1 < end && text[i + 1] === ch) return { mark: ch + ch, length: 2 };
    return ch === "'" && Object.hasOwn(closersOf, ch) && !isApostrophe(text, i, end) ? { mark: ch, length: 1 } : null;
  }
  if (ch === '’' && i + 1 < end && isWordChar(text[i + 1])) return null;
  return Object.hasOwn(closersOf, ch) ? { mark: ch, length: 1 } : null;
}

/** A straight `'` inside a word (`it's`), or opening a year or an elision (`'90s`, `'em`). */
function isApostrophe(text: string, i: number, end: number): boolean {
  const after = i + 1 < end ? text[i + 1] : ' ';
  if (i > 0 && isWordChar(text[i - 1]) && isWordChar(after)) return true;
  return (
    /\p{N}/u.test(after) || ELISIONS_AFTER_APOSTROPHE.test(text.slice(i + 1, Math.min(end, i + 1 + ELISION_LOOKAHEAD)))
  );
}

function opensWithQuoteMark(text: string, paragraph: Span, closersOf: ClosersOf): boolean {
  const found = readOuterMark(text, paragraph.start, paragraph.end, closersOf);
  if (!found) return false;
  const afterIndex = paragraph.start + found.length;
  const spaceAfter = afterIndex >= paragraph.end || isSpace(text.charCodeAt(afterIndex));
  return canOpen(found.mark, !spaceAfter, false, spaceAfter);
}

/** Records the quote from `open` to a close mark at [closeStart, closeEnd); returns it. */
function pushQuote(
  text: string,
  open: OpenQuote,
  closeStart: number,
  closeEnd: number,
  closed: boolean,
  out: Quote[],
): Quote | null {
  const inner = trimmed(text, open.start + open.length, closeStart);
  if (!HAS_WORD_CHAR.test(text.slice(inner.start, inner.end))) return null;
  const end = closed ? closeEnd : inner.end;
  const quote: Quote = { start: open.start, end, inner, closed, continues: false };
  out.push(quote);
  return quote;
}

function trimmed(text: string, start: number, end: number): Span {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return { start, end };
}

/** Punctuation that may follow a closing mark: `",` `".` `")` `"—`. */
function isClosingNeighbour(ch: string): boolean {
  return '.,;:!?)]}…—–-/'.includes(ch) || Object.hasOwn(CLOSERS_OF, ch) || ch === '’' || ch === "'";
}

function isWordChar(ch: string): boolean {
  return HAS_WORD_CHAR.test(ch);
}

/** White space as `\s` knows it, and control characters too: neither opens nor closes a quotation. */
function isSpace(code: number): boolean {
  return code <= 32 || isWhitespace(code);
}

export const quoteStage: Stage = {
  name: 'quotes',
  needs: ['paragraphs'],
  adds: ['quotes'],
  run(doc: Doc) {
    doc.quotes = findQuotes(doc.text, doc.need('paragraphs'));
  },
};
