import type { Span } from '../core/index.js';

/** Subheads in wire copy and scraped articles are a few words ("Meeting Details"); longer lines are sentences. */
const MAX_HEADING_WORDS = 10;
const MAX_HEADING_CHARS = 80;

/** A heading ends without sentence punctuation; a closing quote or bracket after such punctuation counts too. */
const ENDS_LIKE_SENTENCE = /[.!?:;,…]["'”’)\]]*$/;
/** Dashes end datelines ("KYIV (Reuters) —") and lines cut mid-sentence, never subheads. */
const ENDS_WITH_DASH = /[-–—]$/;
/** The paragraph before a heading closes a sentence; after "…as follows:" comes a list, not a section. */
const ENDS_SENTENCE = /[.!?…]["'”’)\]]*$/;
/** A section starts like a sentence, with a capital, a digit or a quote mark before one. */
const STARTS_LIKE_SENTENCE = /^["'“‘«]?[\p{Lu}\p{N}]/u;
/** Bullets and list dashes mark list items. */
const STARTS_LIKE_LIST_ITEM = /^[-–—~*•·+>]/;
/** Bylines and datelines-as-lines are furniture of the article head, not section headings. */
const BYLINE = /^(?:by|written\s+by|posted\s+by|updated|published)\b/i;
/** Markup, handles and links leak from scraped pages (CSS rules, tweets); they are not headings. */
const MARKUP = /[{}<>=@#|\\]|https?:|www\./i;
/** A heading is words: time stamps and counters ("9:12PM", "1") have fewer letters than this share of characters. */
const MIN_LETTER_SHARE = 0.5;

/**
 * Section headings inside the body: a short paragraph without sentence
 * punctuation between two paragraphs of story. Not headings: the first
 * paragraph of story (the title, when there is one), the last paragraph,
 * boilerplate, lines that start in lower case or like list items, bylines,
 * and runs of short lines (lists of names or items), which the neighbour
 * rules exclude because a heading's neighbours are sentences.
 */
export function findHeadings(text: string, paragraphs: readonly Span[], boilerplate: readonly Span[]): Span[] {
  const story = withoutBoilerplate(paragraphs, boilerplate);
  const headings: Span[] = [];
  for (let i = 1; i < story.length - 1; i++) {
    const line = text.slice(story[i].start, story[i].end);
    if (!looksLikeHeading(line)) continue;
    const before = text.slice(story[i - 1].start, story[i - 1].end);
    const after = text.slice(story[i + 1].start, story[i + 1].end);
    if (ENDS_SENTENCE.test(before) && STARTS_LIKE_SENTENCE.test(after) && ENDS_SENTENCE.test(after)) {
      headings.push({ start: story[i].start, end: story[i].end });
    }
  }
  return headings;
}

/** The line itself could be a heading, whatever its neighbours. */
export function looksLikeHeading(line: string): boolean {
  if (line.length > MAX_HEADING_CHARS || (line.match(/\S+/g)?.length ?? 0) > MAX_HEADING_WORDS) return false;
  if (ENDS_LIKE_SENTENCE.test(line) || ENDS_WITH_DASH.test(line)) return false;
  if (!STARTS_LIKE_SENTENCE.test(line) || STARTS_LIKE_LIST_ITEM.test(line)) return false;
  if (BYLINE.test(line) || MARKUP.test(line)) return false;
  const letters = line.match(/\p{L}/gu)?.length ?? 0;
  return letters >= MIN_LETTER_SHARE * line.replace(/\s/g, '').length;
}

/** Paragraphs that no boilerplate touches; both lists are sorted by start, so one sweep does. */
function withoutBoilerplate(paragraphs: readonly Span[], boilerplate: readonly Span[]): Span[] {
  const story: Span[] = [];
  let b = 0;
  for (const paragraph of paragraphs) {
    while (b < boilerplate.length && boilerplate[b].end <= paragraph.start) b++;
    if (b < boilerplate.length && boilerplate[b].start < paragraph.end) continue;
    story.push(paragraph);
  }
  return story;
}
