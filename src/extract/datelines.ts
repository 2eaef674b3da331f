import type { AttributionLayerItem, Doc, Span } from '../core/index.js';

/**
 * A wire dateline opening a paragraph: "GRANTHAM (AP) — ", "NEW YORK
 * (Reuters) - ", "MILLBROOK, Ore. (AP) — ", "(CNN) — ". The place is up to
 * four words in capitals, with an optional state after a comma.
 */
const DATELINE_AT_START =
  /^(?:\p{Lu}[\p{Lu}.'’-]*(?:\s+\p{Lu}[\p{Lu}.'’-]*){0,3}(?:,\s*\p{Lu}[\p{L}.]{0,12})?\s*)?\([^()\n]{2,40}\)\s*[—–-]{1,2}\s*/u;

/** The datelines that open the document's paragraphs (a wire story has one, in its first paragraph). */
export function findDatelines(doc: Doc): Span[] {
  const datelines: Span[] = [];
  for (const paragraph of doc.need('paragraphs')) {
    const match = DATELINE_AT_START.exec(
      doc.text.slice(paragraph.start, Math.min(paragraph.end, paragraph.start + 120)),
    );
    if (match) datelines.push({ start: paragraph.start, end: paragraph.start + match[0].length });
  }
  return datelines;
}

/**
 * The dateline is part of the story but no one's words: a source or content
 * the tagger began inside one ("GRANTHAM (AP) — Two of the largest hospital
 * systems ... , according to two people") starts after it, as PolNeAR's
 * annotators mark it.
 */
export function startAfterDatelines(doc: Doc, attributions: AttributionLayerItem[]): void {
  const datelines = findDatelines(doc);
  if (datelines.length === 0) return;
  const trim = (span: Span) => {
    for (const dateline of datelines) {
      if (span.start >= dateline.start && span.start < dateline.end && span.end > dateline.end) {
        span.start = dateline.end;
      }
    }
  };
  for (const attribution of attributions) {
    for (const span of attribution.source) trim(span);
    for (const span of attribution.content) trim(span);
  }
}
