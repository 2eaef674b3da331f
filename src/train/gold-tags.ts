import { byStart, type Doc, firstEndingAfter, type Span } from '../core/index.js';
import type { AttributionSpans as GoldAttribution } from '../eval/index.js';
import { CONTENT_B, CONTENT_I, CUE_B, CUE_I, type CueSpan, SOURCE_B, SOURCE_I } from '../extract/index.js';

/** Token range [first, end) of the tokens a character span overlaps; null when none. */
export function tokensOf(doc: Doc, span: Span): { first: number; end: number } | null {
  const tokens = doc.need('tokens');
  const lo = firstEndingAfter(tokens.end, span.start);
  let end = lo;
  while (end < tokens.count && tokens.start[end] < span.end) end++;
  return end > lo ? { first: lo, end } : null;
}

/** Gold cue tags per token (B at each fragment's first token), and the cues as token ranges. */
export function goldCues(doc: Doc, gold: GoldAttribution[]): { tags: Uint8Array; cues: (CueSpan | null)[] } {
  const tags = new Uint8Array(doc.need('tokens').count);
  const cues = gold.map((attribution) => {
    let cue: CueSpan | null = null;
    for (const fragment of [...attribution.cue].sort(byStart)) {
      const range = tokensOf(doc, fragment);
      if (!range) continue;
      if (tags[range.first] === 0) tags[range.first] = CUE_B;
      for (let i = range.first + 1; i < range.end; i++) if (tags[i] === 0) tags[i] = CUE_I;
      cue ??= { first: range.first, end: range.end, margin: 0 };
    }
    return cue;
  });
  return { tags, cues };
}

/** Gold role tags over a window [first, end) for one attribution. */
export function goldRoles(doc: Doc, attribution: GoldAttribution, first: number, end: number): Uint8Array {
  const tags = new Uint8Array(end - first);
  const mark = (spans: Span[], begin: number, inside: number) => {
    for (const span of spans) {
      const range = tokensOf(doc, span);
      if (!range) continue;
      for (let i = Math.max(first, range.first); i < Math.min(end, range.end); i++) {
        const previous = i > first ? tags[i - 1 - first] : 0;
        tags[i - first] = i === range.first || (previous !== begin && previous !== inside) ? begin : inside;
      }
    }
  };
  mark(attribution.content, CONTENT_B, CONTENT_I);
  mark(attribution.source, SOURCE_B, SOURCE_I);
  return tags;
}
