import type { Doc, Span } from '../core/index.js';

/** A wire agency in brackets and the dash after it: "(AP) —", "(Reuters) -". Group 1 is the agency. */
export const AGENCY_AND_DASH = String.raw`\(([^()\n]{2,40})\)\s*[—–-]{1,2}`;

/**
 * A wire dateline opening a paragraph: "GRANTHAM (AP) — ", "NEW YORK
 * (Reuters) - ", "MILLBROOK, Ore. (AP) — ", "(CNN) — ". The place is up to
 * four words in capitals, with an optional state after a comma.
 */
const DATELINE_AT_START = new RegExp(
  String.raw`^(?:\p{Lu}[\p{Lu}.'’-]*(?:\s+\p{Lu}[\p{Lu}.'’-]*){0,3}(?:,\s*\p{Lu}[\p{L}.]{0,12})?\s*)?${AGENCY_AND_DASH}\s*`,
  'u',
);

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
