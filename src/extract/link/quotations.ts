// Linking rules that fit contents to quotations: whole, cut off by the sentence splitter, or continued.

import { type Doc, isAsciiLowerCase } from '../../core/index.js';
import type { CueSpan } from '../cue-tagger.js';
import { posTagOf, type TokenView } from '../token-view.js';
import {
  firstQuoteEndingAfter,
  leastMargin,
  quotedTokenIn,
  quoteStartingAt,
  type Run,
  tokenAtOrAfter,
} from './runs.js';

/**
 * Direct quotes are mechanical: when a content takes in any words of a
 * quotation, the whole quotation is the content, including the paragraphs it
 * continues into (which may lie beyond the tagger's window). Gap and snap
 * settings were chosen on 20 % of train held out (content exact +0.024,
 * relation +0.010 there against a gap of 6 and snapping at half a quote).
 */
export function snapToQuotes(doc: Doc, runs: Run[], cue: CueSpan): void {
  const quotes = doc.need('quotes');
  const tokens = doc.need('tokens');
  for (const run of runs) {
    const runStart = tokens.start[run.first];
    const runEnd = tokens.end[run.end - 1];
    for (let q = firstQuoteEndingAfter(quotes, runStart); q < quotes.length && quotes[q].start < runEnd; q++) {
      const quote = quotes[q];
      const covered = Math.min(runEnd, quote.inner.end) - Math.max(runStart, quote.inner.start);
      if (covered <= 0) continue;
      let last = q;
      while (quotes[last].continues && last + 1 < quotes.length) last++;
      const first = tokenAtOrAfter(tokens, quote.start);
      const end = tokenAtOrAfter(tokens, quotes[last].end);
      // Never swallow the cue itself (`"…," she said, "…"` keeps two pieces).
      if (first < run.first && !(first < cue.end && run.first >= cue.end)) run.first = first;
      if (end > run.end && !(end > cue.first && run.end <= cue.first)) run.end = end;
    }
  }
}

/**
 * `Asked whether she had practised, she said, "I read it once."` and
 * `Taking it in, the governor said, "..."`: when a quotation opens right after the
 * cue, the unquoted words before the source are the narrator's, not the
 * content (held-out train, fixed taggers: content exact +0.0038 to +0.0052,
 * relation +0.0002 to +0.0006 on each of four seeds; cue and source exact
 * −0.0002 to +0.0000 through the confidence floor).
 */
export function withoutNarrationBeforeQuote(view: TokenView, runs: Run[], cue: CueSpan, source?: Run): Run[] {
  if (!source || source.end > cue.first) return runs;
  if (!runs.some((run) => run.first >= cue.end && run.first <= cue.end + 1 && view.isQuoteMark[run.first] === 1))
    return runs;
  // A conjunction alone stays: PolNeAR's content of `But, he said, "..."` opens with `But`
  // (content exact +0.0003 to +0.0004 more on each seed).
  const conjunction = (run: Run) => run.end - run.first <= 2 && posTagOf(view, run.first) === 'CCONJ';
  const kept = runs.filter((run) => run.end > source.first || quotedTokenIn(view, run) || conjunction(run));
  return kept.length > 0 ? kept : runs;
}

/**
 * `"I leave that to others," he says during a car ride. "I just do my day
 * job."`: a quotation that opens the next sentence of the paragraph goes on
 * the same speaker's words, when the content before the cue is a quotation,
 * none comes after the cue outside the new quotation (the tagger often
 * begins it with a quote mark alone: `"...," said X, an epidemiologist at
 * Y. "..."` had lost its second half), and the new quotation's sentences hold no
 * cue of their own (held-out train, fixed taggers: content exact +0.0034 to
 * +0.0049, relation +0.0005 to +0.0010 on each of four seeds, nothing else
 * moved by more than 0.0002; and where the tagger had begun the quotation,
 * often with its opening mark alone: content exact +0.0007 to +0.0021 more).
 * A quotation left open at its paragraph's end is followed into the
 * paragraphs it runs on into, one piece each (`told cheering supporters.
 * "This was ... [paragraph] "I will ..."` had lost both; held-out unchanged
 * on seeds 1 and 2).
 */
export function continuedQuotation(
  doc: Doc,
  view: TokenView,
  runs: Run[],
  cue: CueSpan,
  isCueToken: Uint8Array,
): Run[] {
  if (!runs.some((run) => run.end <= cue.first && view.isQuoteMark[run.first] === 1)) return runs;
  const sentences = doc.need('sentences');
  const tokens = doc.need('tokens');
  const s = view.sentence[cue.first];
  const next = sentences[s + 1];
  if (!next || next.paragraph !== sentences[s].paragraph || !view.isQuoteMark[next.firstToken]) return runs;
  const quotes = doc.need('quotes');
  const first = quoteStartingAt(quotes, tokens.start[next.firstToken]);
  if (!first) return runs;
  // A quotation left open at its paragraph's end goes on in the next one's (`continues`): one piece each.
  const pieces = [first];
  for (let q = quotes.indexOf(first); q + 1 < quotes.length && !pieces[pieces.length - 1].closed; q++) {
    if (!pieces[pieces.length - 1].continues || pieces.length > MAX_CONTINUED_PARAGRAPHS) return runs;
    pieces.push(quotes[q + 1]);
  }
  if (!pieces[pieces.length - 1].closed) return runs;
  // Pieces the tagger began inside the quotation (often a quote mark alone) give way to the
  // whole of it; a piece after the cue that starts elsewhere is content of another kind.
  const quoteEnd = tokenAtOrAfter(tokens, pieces[pieces.length - 1].end);
  if (runs.some((run) => run.first >= cue.end && (run.first < next.firstToken || run.first >= quoteEnd))) return runs;
  const margin = leastMargin(runs);
  const added = pieces.map((quote, k) => ({
    first: k === 0 ? next.firstToken : tokenAtOrAfter(tokens, quote.start),
    end: tokenAtOrAfter(tokens, quote.end),
    margin,
  }));
  for (const run of added) {
    const sentenceEnd = sentences[view.sentence[run.end - 1]].endToken;
    for (let j = run.first; j < sentenceEnd; j++) if (isCueToken[j]) return runs;
  }
  const before = runs.filter((run) => run.first < cue.end);
  return [...before, ...added];
}

/** The most paragraphs a continued quotation is followed into. */
const MAX_CONTINUED_PARAGRAPHS = 8;

/** How far into its sentence a cue may stand and still own the quotation cut off before it. */
const CUT_OFF_CUE_REACH = 6;

/**
 * wink-nlp ends a sentence at `?"` and `!"` (and at `."` before a lower-case
 * word), so in `"Is it fair?" the mayor said.` the tagger, which looks at the
 * sentence before only when the cue's opens inside a quotation, never sees
 * the quotation. When the cue's sentence starts right after such a cut, in
 * the same paragraph, and the cue stands near its start, the quotation is the
 * content's first piece (held-out train: relation +0.005 to +0.006, content
 * exact +0.004 to +0.005 on each of four seeds). Its margin is 0: the
 * taggers did not choose it.
 */
export function quotationCutOff(doc: Doc, view: TokenView, cue: CueSpan): Run | null {
  const sentences = doc.need('sentences');
  const tokens = doc.need('tokens');
  const s = view.sentence[cue.first];
  if (s === 0) return null;
  const opening = sentences[s].firstToken;
  if (opening < 2 || !view.isQuoteMark[opening - 1] || sentences[s - 1].paragraph !== sentences[s].paragraph)
    return null;
  const lowerCase = isAsciiLowerCase(doc.text.charCodeAt(tokens.start[opening]));
  const mark = tokens.lower[opening - 2];
  if (!lowerCase && mark !== '?' && mark !== '!') return null;
  // The cue comes early in its sentence: `the mayor said.`, `said the mayor.`
  if (cue.first - opening > CUT_OFF_CUE_REACH) return null;
  const quotes = doc.need('quotes');
  const closeEnd = tokens.end[opening - 1];
  const quote = quotes.find((q) => q.end === closeEnd);
  if (!quote) return null;
  const start = tokenAtOrAfter(tokens, quote.start);
  return start < opening ? { first: start, end: opening, margin: 0 } : null;
}
