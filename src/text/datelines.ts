import type { Doc, Span } from '../core/index.js';

/** A wire agency in brackets and the dash after it: "(AP) —", "(Reuters) -". Group 1 is the agency. */
export const AGENCY_AND_DASH = String.raw`\(([^()\n]{2,40})\)\s*[—–―-]{1,2}`;

/**
 * A dateline's place after its first word: up to three more words in
 * capitals, an optional state or province of up to three words after a comma
 * ("MILLBROOK, Ore.", "HALIFAX, Nova Scotia", "DUBBO, New South Wales").
 */
const PLACE_REST = String.raw`(?:\s+\p{Lu}[\p{Lu}.'’/-]*){0,3}(?:,\s*\p{Lu}[\p{L}.]{0,12}(?:\s\p{Lu}[\p{L}.]{0,12}){0,2})?`;
const PLACE = String.raw`\p{Lu}[\p{Lu}.'’/-]*${PLACE_REST}`;
/** With no agency after it ("WESTBROOK, Ore. — "), the place's first word is at least three capitals long. */
const PLACE_ALONE = String.raw`\p{Lu}[\p{Lu}'’-]{2,}${PLACE_REST}`;

/** A live blog's time stamp opening an entry: "15:02 - ", "3:05 p.m. — ". */
const TIME_STAMP = String.raw`\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?`;

/** A month and day: "March 3", "Feb 20", "Oct. 3". */
const MONTH_DAY = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}`;
/** The date a wire gives after the place: "LONDON, March 3 (Reuters) -", "VALDOR CITY, Feb 20 (...)". */
const DATE = String.raw`,\s*${MONTH_DAY}`;

/** A place, its date and the agency in brackets with no dash, the story going on in capitals: "NEW DELHI, Dec 2 (PTI) The ...". */
const PLACE_DATE_AGENCY = String.raw`${PLACE_ALONE}${DATE}\s*\([^()\n]{2,40}\)\s+(?=\p{Lu})`;

/**
 * A dateline opening a paragraph: "GRANTHAM (AP) — ", "NEW YORK (Reuters) -
 * ", "MILLBROOK, Ore. (AP) — ", "LONDON, March 3 (Reuters) - ", "(CNN) — ",
 * a date with no place, as aggregators leave it: "Oct 3 (Reuters) - ", a
 * place with no agency before a dash: "WASHINGTON — ", "MANCHESTER, N.H. -
 * ", Indian agencies' place, date and agency with no dash: "NEW DELHI, Dec 2
 * (PTI) ", and a live blog's time stamp: "15:02 - ".
 */
const DATELINE_AT_START = new RegExp(
  String.raw`^(?:(?:(?:${PLACE}(?:${DATE})?|${MONTH_DAY})\s*)?${AGENCY_AND_DASH}\s*|${PLACE_ALONE}\s+[—–―-]{1,2}\s+|${PLACE_DATE_AGENCY}|${TIME_STAMP}\s+[—–―-]{1,2}\s+)`,
  'u',
);

/** A dateline's place and the wire's date after it, the whole of a string: "SAN JOSE, Calif., Feb 5", "LONDON/NEW YORK", or the date alone ("Oct 3"). */
const PLACE_AND_DATE = new RegExp(`^(?:${PLACE}(?:${DATE})?|${MONTH_DAY})$`, 'u');

/** Whether `text` is a dateline's place (and date), as it stands before the agency in brackets. */
export function isDatelinePlace(text: string): boolean {
  return PLACE_AND_DATE.test(text);
}

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
