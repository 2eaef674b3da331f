import type { AttributionLayerItem, Doc, Span } from '../core/index.js';
import { findDatelines } from '../text/index.js';

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
