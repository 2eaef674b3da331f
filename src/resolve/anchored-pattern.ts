import { isWhitespace, type Span } from '../core/index.js';

/**
 * `text.matchAll(pattern)` for an expensive pattern whose every match holds a
 * cheap keyword near its start ("declined" in "has declined to comment"): a
 * scan for the keyword finds where matches can be, and the pattern is tried
 * (sticky) only at the positions a few words before each keyword, instead of
 * at every position of the text. The matches are the same, in the same order.
 */
export class AnchoredPattern {
  private readonly sticky: RegExp;
  private readonly keywords: readonly RegExp[];

  /**
   * `keyword` (or one of several: a few simple patterns scan faster than
   * their alternation) must match at some position inside every match of
   * `pattern` such that at most `runsBefore` runs of whitespace lie between
   * the match's start and that position; it may match elsewhere too (that
   * only costs tries). When given, `wordBefore` (anchored at both ends) must match every
   * whole word (run of non-whitespace) that lies in between. `pattern` must
   * not match the empty string.
   */
  constructor(
    pattern: RegExp,
    keyword: RegExp | readonly RegExp[],
    private readonly runsBefore: number,
    private readonly wordBefore?: RegExp,
  ) {
    const flags = pattern.flags.replace(/[gy]/g, '');
    this.sticky = new RegExp(pattern.source, `${flags}y`);
    this.keywords = (Array.isArray(keyword) ? keyword : [keyword]).map(
      (k: RegExp) => new RegExp(k.source, `${k.flags.replace(/[gy]/g, '')}g`),
    );
  }

  /** The spans of the matches `text.matchAll(pattern)` finds, in order. */
  findAll(text: string): Span[] {
    const found: Span[] = [];
    const unicode = this.sticky.unicode;
    // No match may start before `next` (the previous match ends there); every position before `tried` has been tried.
    let next = 0;
    let tried = 0;
    const ahead = this.keywords.map(() => -1);
    for (let k = this.keywordFrom(text, 0, ahead); k >= 0; k = this.keywordFrom(text, tried, ahead)) {
      // Keyword windows move right as keywords do, so positions are tried in order and each once.
      for (let p = Math.max(startBound(text, k, this.runsBefore, this.wordBefore), next, tried); p <= k; p++) {
        // A global search never starts inside a surrogate pair in unicode mode; neither may we.
        if (unicode && isLowSurrogate(text.charCodeAt(p)) && isHighSurrogate(text.charCodeAt(p - 1))) continue;
        this.sticky.lastIndex = p;
        const match = this.sticky.exec(text);
        if (!match) continue;
        if (match[0].length === 0) throw new Error('internal: an anchored pattern matched the empty string');
        found.push({ start: p, end: p + match[0].length });
        next = p + match[0].length;
        p = next - 1;
      }
      tried = Math.max(k + 1, next);
    }
    return found;
  }

  /**
   * The first position at or after `from` where a keyword matches, or -1.
   * `ahead` holds each keyword's next match found so far (-1: look again,
   * Infinity: none left); `from` only grows within one text, so a match found
   * at or after it is still the next one.
   */
  private keywordFrom(text: string, from: number, ahead: number[]): number {
    let first = Number.POSITIVE_INFINITY;
    for (let i = 0; i < this.keywords.length; i++) {
      if (ahead[i] < from) {
        const keyword = this.keywords[i];
        keyword.lastIndex = from;
        const match = keyword.exec(text);
        ahead[i] = match ? match.index : Number.POSITIVE_INFINITY;
      }
      first = Math.min(first, ahead[i]);
    }
    return first === Number.POSITIVE_INFINITY ? -1 : first;
  }
}

/**
 * The earliest start of a stretch that ends at `end` and holds at most `runs`
 * runs of whitespace, and whose whole words all match `word` when it is given:
 * right after the (runs + 1)-th run back from `end`, at the start of the first
 * word back that fails `word`, or 0.
 */
export function startBound(text: string, end: number, runs: number, word?: RegExp): number {
  let i = end;
  while (i > 0 && !isWhitespace(text.charCodeAt(i - 1))) i--;
  for (let seen = 0; i > 0; seen++) {
    if (seen === runs) return i;
    while (i > 0 && isWhitespace(text.charCodeAt(i - 1))) i--;
    const wordEnd = i;
    while (i > 0 && !isWhitespace(text.charCodeAt(i - 1))) i--;
    if (word && !word.test(text.slice(i, wordEnd))) return i;
  }
  return 0;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;
