import {
  type Boilerplate,
  type BoilerplateKind,
  type Doc,
  isAsciiLetterOrDigit,
  isoDateIn,
  isWhitespace,
  type Sentence,
  type Span,
  type Stage,
  WEEKDAY_BEFORE_DATE_PATTERN,
  WRITTEN_DATE_PATTERN,
} from '../core/index.js';
import { findHeadings } from './headings.js';

/** Ad slots left by WordPress ad plugins in scraped copy: `[ad_1]`, glued to text or not. */
const AD_MARKER = /\[ad_\d+\]/gi;

/** A paragraph this short whose first sentence is furniture is furniture as a whole (credit lines, promos). */
const MAX_FURNITURE_PARAGRAPH_WORDS = 40;
/** Longer sentences are story, whatever they start with: prompts and credits are terse. */
const MAX_FURNITURE_SENTENCE_WORDS = 40;

/** Bullets, dashes and brackets that may lead a credit or prompt: `(Reporting by …)`, `--additional reporting by …`. */
const LEADING_DECORATION = /^[\s([\-–—•*»|]+/;

/** "X contributed to this report." / "X and Y contributed reporting from Kyiv." — must end the sentence. */
const CONTRIBUTED_CREDIT =
  /\bcontribut(?:ed|es|ing)\s+(?:additional\s+)?(?:reporting|research|to\s+(?:this|the)\s+(?:report|story|article|coverage))(?:\s+(?:from|in)\s+[^.!?]{1,60})?[\s.)]*$/i;
/** Wire credit lines: "Reporting by X; Editing by Y", "Additional reporting by X", "Story by X". */
const BY_CREDIT =
  /^(?:additional\s+)?(?:reporting|writing|editing|edited|compiled|research|story|produced|(?:medically\s+)?reviewed|fact[-\s]checked)\s+by\s+\p{Lu}/iu;
/**
 * Lower-case words a credit line may contain besides names. A sentence that
 * starts "Reporting by the Times found …" has other lower-case words (found),
 * so it stays story.
 */
const CREDIT_LINE_WORDS = new Set(
  'additional reporting writing editing edited compiled research story video produced production by and in from with of the at for photography cinematography graphics design contributed reviewed checked'.split(
    ' ',
  ),
);

/** "Photo: …", "Photo by …", "Image credit: …", "(Photo by X/Getty Images)". */
const PHOTO_CREDIT =
  /^(?:photo|photograph|image|picture|credit|photo\s+credit|image\s+credit)s?\s*(?::|by\b|courtesy\s+of\b)/i;
/** Agencies and libraries that photo credits name: "Jane Doe via Getty Images", "John Roe/AFP". */
const PHOTO_AGENCY = String.raw`(?:Getty\s+Images|AFP|Reuters|AP(?:\s+Photo)?|EPA|Shutterstock|Bloomberg|Pool)`;
/** A name (capitalised words only) then the agency: a bare photo credit line. */
const NAME_VIA_AGENCY = new RegExp(
  String.raw`^(?:\p{Lu}[\p{L}.'’\-]*[\s/]+){0,5}?(?:via\s+|\/\s*)${PHOTO_AGENCY}[\s.)]*$`,
  'u',
);
/**
 * A parenthesised credit anywhere: "(AP Photo/Jane Doe)", "(Photo by X/Getty Images)",
 * "(JOHN ROE/AFP/Getty Images.)", "(Jane Doe via Reuters)". A bare agency in
 * brackets, "KYIV (AP) —", is a dateline and part of the story, so the agency
 * must come after a slash or "via", or be Getty Images or AP Photo.
 */
const PARENTHESISED_PHOTO_CREDIT = new RegExp(
  String.raw`\((?:(?:photo|image|picture)s?\s+(?:by|courtesy\s+of)[^()]{1,80}|[^()]{1,60}(?:\/\s*|via\s+)${PHOTO_AGENCY}[^()\p{Ll}]{0,40}|[^()]{0,60}Getty\s+Images[^()\p{Ll}]{0,20}|AP\s+Photo[^()]{0,60})\)`,
  'giu',
);
/** A Reuters-style credit in brackets closing the last paragraph: "… (Reporting by X; Editing by Y)". */
const PARENTHESISED_BY_CREDIT = /\((?:additional\s+)?(?:reporting|writing|editing)\s+by\s[^()]{1,300}\)[\s.]*$/i;

/** What opens a byline before the names: "By", "EXCLUSIVE by", "Interview by". */
const BYLINE_LEAD = String.raw`(?:(?:exclusive|analysis|opinion|interview|comment)\s+)?(?:(?:written|interview|words|text)\s+)?by:?\s+`;
/** The lead, then a capital (tested apart: under the `i` flag `\p{Lu}` would match any letter). */
const BYLINE_LEAD_START = new RegExp(String.raw`^${BYLINE_LEAD}(?:the\s+)?`, 'i');
const UPPER_CASE_LETTER = /^\p{Lu}/u;

/** Newsroom roles that end a byline's role part: "Economics Correspondent", "Staff Writer". */
export const NEWSROOM_ROLES: readonly string[] = ['Correspondent', 'Reporter', 'Editor', 'Writer', 'Columnist'];
/** A byline without "By": a name, a comma and a newsroom role ("Oskar Brandt, Economics Correspondent"). */
const NAMED_ROLE_LINE = new RegExp(
  String.raw`^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3},\s+(?:\p{Lu}\p{L}+\s+){0,3}(?:${NEWSROOM_ROLES.join('|')})$`,
  'u',
);

/** Whether a line ends in a newsroom role, as NAMED_ROLE_LINE needs (checked first: it is cheaper). */
export function endsWithNewsroomRole(line: string): boolean {
  return NEWSROOM_ROLES.some((role) => line.endsWith(role));
}

/** What divides the parts of a head line: "By Mara Kellen | Northgate Wire". */
const PART_DIVIDER = /\s*\|\s*/;

/** The index of the part of a head line's parts that opens a byline after an outlet ("Lakeshore Public Media | By Ana Ruiz"), or -1. */
function bylinePartAt(parts: readonly string[]): number {
  return parts.findIndex((part, k) => k > 0 && opensByline(part));
}

/** Whether a line opens as a byline does: "By Mara Kellen", "EXCLUSIVE by Jake Morrow", "By the Valley Courier staff". */
function opensByline(text: string): boolean {
  const lead = BYLINE_LEAD_START.exec(text);
  return lead !== null && UPPER_CASE_LETTER.test(text.slice(lead[0].length));
}
const TIMESTAMP_LINE = /^(?:published|updated|posted|last\s+updated)\b[^!?]{0,60}\d/i;
/** A date line of its own at the head: "Sunday, May 17, 2026", "February 6, 2026 · 4 min read". */
const DATE_LINE = new RegExp(`^${WEEKDAY_BEFORE_DATE_PATTERN}?${WRITTEN_DATE_PATTERN}[^.!?]{0,40}$`, 'i');
const BYLINE_WORDS = new Set(
  'by the and of in at for with on staff team desk correspondent editor reporter writer writers updated published posted last a m p am pm et gmt bst utc ist min read ago hour hours minute minutes day days comment comments admin newsdesk'.split(
    ' ',
  ),
);
/** "Photo caption: …", "Image caption: …", "Caption: …", "Pictured: …", an agency's "FILE - …" photo. */
const CAPTION = /^(?:(?:(?:photo|image|video|picture)\s+)?caption|pictured)\s*:|^FILE(?:\s+PHOTO)?\s*[-–—:]\s/i;
/** The newsroom asking readers for tips or money: "Have a story tip? Email …", "Do you know more? Contact our newsdesk". */
const READER_PROMPT =
  /^(?:(?:have|got)\s+a\s+(?:news\s+|story\s+)?tip\s*\?|do\s+you\s+(?:have\s+a\s+(?:story|news\s+tip|tip)|know\s+more)\s*\?|if\s+you\s+have\s+(?:any\s+)?information\s+(?:about|on|regarding)\s+this\s+(?:story|article)|(?:please\s+)?support\s+our\s+(?:work|journalism|reporting)\b|contact\s+(?:our|the)\s+news\s?desk\b)/i;
/** Credits that name no contributor: "(With inputs from agencies)", "With files from …", "This interview has been edited for length and clarity." */
const SOURCES_CREDIT =
  /^\(?(?:with\s+(?:inputs|files|additional\s+reporting)\s+from\b|this\s+(?:interview|conversation|transcript)\s+has\s+been\s+(?:lightly\s+)?(?:edited|condensed)\b)/i;

const SOURCE_LINK = /^source\s+link\W*$/i;
/** Link prompts that end scraped articles or lead to related ones ("Read more: …", "Related: …", "See also: …", a live blog's "Full report to follow."). */
const READ_MORE =
  /^(?:(?:full\s+(?:report|story)|more)\s+to\s+follow\W*$|more(?:\s+from\s+[^:.!?]{1,40})?\s*:|most\s+(?:read|popular|viewed)\W*$|read\s+more\b|read\s+the\s+(?:rest|full\s+(?:story|article))\b|continue\s+reading\b|keep\s+reading\b|click\s+here\s+to\s+read\b|(?:related|recommended|see\s+also|also\s+read|more\s+on\s+this(?:\s+story)?)(?:\s+(?:articles?|stories|posts|coverage|content|links?|reading))?\s*(?::|\||$))/i;
/**
 * The label a page leaves where an ad was ("Advertisement", "Story continues
 * below advertisement", "Advertisement - Scroll to continue"): a line of its own.
 */
const AD_SLOT_LINE =
  /^(?:advertisement|advertising|sponsored(?:\s+content)?|story\s+continues\s+(?:below|after)(?:\s+(?:this\s+)?(?:advertisement|ad))?)(?:\s*[-–—:|]\s*scroll\s+to\s+continue(?:\s+with\s+content)?)?\W*$/i;
/** Imperative sign-up prompts; "Many voters sign up …" does not start the sentence, so it stays story. */
const NEWSLETTER =
  /^(?:(?:for\s+more,?\s+)?(?:sign\s+up|subscribe)\b|(?:don['’]?t\s+miss\s+(?:a\s+thing|out)|get\s+(?:the|our))\b[^.!?]{0,80}\bnewsletter\b)/i;
const SHARING =
  /^(?:share\s+this\b|share\s+on\s+(?:facebook|twitter|x)\b|click\s+to\s+(?:share|email|print)\b|tweet\s+this\b|email\s+this\s+(?:article|story)\b|like\s+us\s+on\s+facebook\b|follow\s+(?:us|me|him|her|them|\p{Lu}[^.!?]{0,40}?)\s+on\s+(?:twitter|facebook|instagram|linkedin|tiktok|threads|bluesky|x)\b)/iu;
/**
 * Link prompts glued to the end of a paragraph by scrapers ("…report.Source link",
 * "[ad_2]Source link"): only after sentence punctuation or a bracket, so
 * "the source link" in a sentence is not taken.
 */
const TRAILING_LINK_PROMPT =
  /(?:^|(?<=[.!?\]”"’']))\s*(source\s+link|read\s+more|continue\s+reading|read\s+the\s+rest\s+here\.?)\W*$/i;

/**
 * Republication notices and legal lines: "Copyright 2026 The Associated Press.
 * All rights reserved.", "© 2026 Daily Brief", "This material may not be
 * published, broadcast, rewritten or redistributed", "This article originally
 * appeared on …", "Read the original article on …", "Our Standards: …",
 * "This story was produced in partnership with …", a disclaimer that the
 * article is not advice.
 */
const NOTICE =
  /^(?:copyright\s+(?:©\s*)?(?:\(c\)\s*)?\d{4}\b|copyright\s+©|©|\(c\)\s+\d{4}\b|all\s+rights\s+reserved\b|this\s+material\s+may\s+not\s+be\b|this\s+(?:article|story)\s+(?:was\s+)?(?:originally|first)\s+(?:appeared|published)\b|(?:read|view)\s+the\s+original\s+(?:article|story|post)\b|our\s+standards\s*:|this\s+(?:story|article|report)\s+was\s+(?:produced|published|reported)\s+in\s+partnership\s+with\b|this\s+(?:story|article)\s+has\s+been\s+updated\b|(?:the\s+)?(?:information|content)\s+in\s+this\s+(?:article|story)\s+is\s+(?:not\s+intended|for\s+information)\b|this\s+(?:article|content)\s+is\s+for\s+information(?:al)?(?:\s+purposes)?\s+only\b|corrections?(?:\s*,\s*[^:.!?]{1,20}(?:\.[^:.!?]{1,20})?)?\s*:|editor['’]?s\s+note\s*:|an\s+earlier\s+version\s+of\s+this\s+(?:story|article|report)\b|disclaimer\s*:|the\s+views\s+(?:and\s+opinions\s+)?expressed\s+(?:here(?:in)?\s+|in\s+this\s+(?:article|story)\s+)?are\s+(?:those|solely)\b|this\s+(?:story|article)\s+(?:is|was|has\s+been)\s+(?:auto-?generated|automatically\s+generated)\b|disclosure\s*:|(?:originally\s+published\s+(?:at|in|by|on)|republished\s+with\s+permission)\b|this\s+(?:article|content|story)\s+(?:is\s+not|does\s+not\s+constitute)\s+(?:financial|investment|medical|legal|tax)\s+advice\b|past\s+performance\s+is\s+(?:not|no)\s+(?:indicative|guarantee)\b)/i;
/** An affiliate note: "The Ledger may earn a commission when you buy through links" (tried only with its keyword). */
const AFFILIATE_NOTE = /^[^.!?]{0,40}\bmay\s+(?:earn|receive)\s+(?:a\s+)?(?:small\s+)?(?:commission|compensation)\b/i;
/**
 * A social post pasted as text: "View this post on Instagram", "A post shared
 * by Celeste Marrow (@celestemarrow)", a tweet's sign-off "— Priya
 * (@priyawatchesTV) April 2, 2026", "pic.twitter.com/…".
 */
const EMBED =
  /^(?:view\s+this\s+post\s+on\s+(?:instagram|facebook|x|twitter|threads|tiktok)\b|a\s+post\s+shared\s+by\b|pic\.twitter\.com\/)/i;
/** A tweet's sign-off (tried only where a handle in brackets is). */
const TWEET_SIGN_OFF = /^[—–-]?\s*[^()\n]{1,60}\(@\w{1,30}\)\s+\p{L}+\.?\s+\d{1,2},\s+\d{4}(?:\s|$)/u;
/** Readers' prompts at the foot of a page: comments, cookies, apps, notifications, "Was this article helpful?". */
const PAGE_PROMPT =
  /^(?:comments\s+(?:are|have\s+been)\s+closed\b|join\s+the\s+(?:conversation|discussion)\b|(?:we\s+want\s+to\s+hear\s+from\s+you|leave\s+a\s+comment|what\s+do\s+you\s+think\s*\?\s*(?:leave|tell|let)\b)|was\s+this\s+(?:article|story)\s+helpful\b|cookie\s+(?:settings|preferences|policy)\b|we\s+use\s+cookies\b|(?:enable|turn\s+on)\s+(?:push\s+)?notifications\b|(?:get|download)\s+the\s+[^.!?]{1,40}\bapp\b|for\s+the\s+latest\s+news\b[^.!?]{0,80}\bhead\s+to\b|about\s+the\s+author\s*:|leave\s+a\s+reply\b|your\s+email\s+address\s+will\s+not\s+be\s+published\b|required\s+fields\s+are\s+marked\b|support\s+(?:local|independent)\s+journalism\b|donate\s+(?:today|now)\b)/i;
/** A page's tag list or share counters: "Tags: NBA, Thunder", "Share 14 | Tweet | Email". */
const TAG_LIST = /^(?:tags|topics|filed\s+under)\s*:/i;
const SHARE_COUNTER = /^share(?:\s+\d[\d,.]*k?)?\s*\|/i;

/** How to reach the reporter: "Contact reporter Ana Ruiz at aruiz@ledger.example", "Contact him at ...", "Reach her at ...". */
const CONTACT_LINE =
  /^(?:contact|reach|email|e-mail)\s+(?:(?:him|her|them|me|us|the\s+(?:reporter|writer|author))\s+at\b|(?:reporter|writer|columnist|correspondent)\s+\p{Lu}[^.!?]{0,60}?\s+at\s+\S)/iu;
/** Where a text says it came from, alone on a line: "Source: MedPulse Wire". */
const SOURCE_CREDIT_LINE = /^source\s*:\s*\p{Lu}[^.!?]{0,50}$/iu;
/**
 * A page's navigation: breadcrumbs ("Home » Business » Tech"), a section
 * label in capitals ("FRONTIER SCIENCE MONTHLY | EARTH & LIFE"), an audio
 * player's label ("LISTEN • 4:12"), a reading time ("5 min read").
 */
const NAVIGATION =
  /^(?:home\s*[»›>|/]\s*\p{L}[^.!?]{0,80}|\(?(?:nyse|nasdaq|amex|lse|tsx|asx|otc)\s*:\s*[a-z.]{1,6}\)|listen\s*[•·|:-]?\s*\d{1,2}:\d{2}|\d{1,2}\s+min(?:ute)?s?\s+read)\W*$/iu;
/** Breadcrumbs without `Home`: "FinanceFeedz > Markets > Activist Investing" (tried only with a separator). */
const BREADCRUMBS = /^[^.!?>»›\n]{1,40}(?:\s*[>»›]\s*[^.!?>»›\n]{1,60}){2,}$/u;
/** Tested apart from NAVIGATION: under the `i` flag `\p{Lu}` would match any letter. */
const SECTION_LABEL = /^[\p{Lu}\d&'’ .-]{3,40}(?:\s+[|»›]\s+[\p{Lu}\d&'’ .-]{2,40})+$/u;
/** Share buttons pasted as words, one a line: "Share", "Facebook", "Email". */
const SHARE_BUTTONS =
  /^(?:(?:share(?:\s+this)?:?|facebook|twitter|email|e-mail|whatsapp|linkedin|reddit|print|copy\s+link|messenger|pinterest|telegram|flipboard)\s*)+$/i;

/** The kind of furniture a sentence (or short paragraph) is, or null for story text. */
export function classifyFurniture(sentence: string): BoilerplateKind | null {
  const text = sentence.replace(LEADING_DECORATION, '');
  if (hasMoreWordsThan(text, MAX_FURNITURE_SENTENCE_WORDS)) return null;
  if (AD_SLOT_LINE.test(text)) return 'ad-marker';
  if (SOURCE_LINK.test(text)) return 'source-link';
  if (READ_MORE.test(text) || TAG_LIST.test(text)) return 'read-more';
  if (NOTICE.test(text) || (mayEarn(text) && AFFILIATE_NOTE.test(text))) return 'notice';
  if (EMBED.test(text) || (text.includes('(@') && TWEET_SIGN_OFF.test(text))) return 'embed';
  if (
    CONTRIBUTED_CREDIT.test(text) ||
    isByCreditLine(text) ||
    SOURCES_CREDIT.test(text) ||
    CONTACT_LINE.test(text) ||
    SOURCE_CREDIT_LINE.test(text)
  )
    return 'credit';
  if (isNavigation(text)) return 'navigation';
  if (PHOTO_CREDIT.test(text) || NAME_VIA_AGENCY.test(text)) return 'photo-credit';
  if (CAPTION.test(text)) return 'caption';
  if (NEWSLETTER.test(text)) return 'newsletter';
  if (SHARING.test(text) || SHARE_COUNTER.test(text) || SHARE_BUTTONS.test(text)) return 'sharing';
  if (READER_PROMPT.test(text) || PAGE_PROMPT.test(text)) return 'prompt';
  if (isBylineLine(text)) return 'byline';
  return null;
}

/** Navigation lines; the costlier patterns only when a separator or capitals make them possible. */
function isNavigation(text: string): boolean {
  if (NAVIGATION.test(text)) return true;
  if ((text.includes('>') || text.includes('»') || text.includes('›')) && BREADCRUMBS.test(text)) return true;
  return /^[\p{Lu}\d]{2}/u.test(text) && SECTION_LABEL.test(text);
}

function mayEarn(text: string): boolean {
  return text.includes('may') || text.includes('May') || text.includes('MAY');
}

/**
 * A line of the head of an article: "By Mara Kellen | Northgate Wire |
 * Updated 14:32 GMT", "EXCLUSIVE by Jake Morrow, Chief Football Writer", "By
 * the Valley Courier staff", "Published 7:05 a.m. ET", "Sunday, May 17, 2026".
 * Only lines whose lower-case words are `BYLINE_WORDS`: "By Tuesday, officials
 * said ..." is story.
 */
function isBylineLine(text: string): boolean {
  if (endsWithNewsroomRole(text) && NAMED_ROLE_LINE.test(text) && !opensByline(text)) return true;
  const opens = opensByline(text) || (text.includes('|') && bylinePartAt(text.split(PART_DIVIDER)) > 0);
  if (!opens && !TIMESTAMP_LINE.test(text) && !DATE_LINE.test(text)) return false;
  return (text.match(/(?<![\p{L}'’])\p{Ll}+/gu) ?? []).every((word) => BYLINE_WORDS.has(word));
}

function isByCreditLine(text: string): boolean {
  if (!BY_CREDIT.test(text)) return false;
  const lowerWords = text.match(/(?<![\p{L}'’])\p{Ll}+/gu) ?? [];
  return lowerWords.every((word) => CREDIT_LINE_WORDS.has(word));
}

/**
 * Debris and furniture in an article, flagged by span (nothing is removed):
 * ad markers, then per paragraph either the whole paragraph (when it is short
 * and opens with a credit or prompt) or the run of furniture sentences that
 * ends it, then delimited fragments (glued "Source link", bracketed credits).
 */
export function findBoilerplate(
  text: string,
  paragraphs: readonly Span[],
  sentences: readonly Sentence[],
): Boilerplate[] {
  const found: Boilerplate[] = [];
  let sentenceIndex = 0;
  let afterLinkHeader = false;
  for (const paragraph of paragraphs) {
    const paragraphText = text.slice(paragraph.start, paragraph.end);
    // The links under a "Related coverage" or "Most read" header: short lines without a full stop.
    if (afterLinkHeader && isLinkLine(paragraphText)) {
      found.push({ start: paragraph.start, end: paragraph.end, kind: 'read-more' });
      continue;
    }
    afterLinkHeader = LINK_HEADER.test(paragraphText);
    const markers = findAdMarkers(text, paragraph);
    found.push(...markers);
    const rest = withoutEdgeMarkers(text, paragraph, markers);
    while (sentenceIndex < sentences.length && sentences[sentenceIndex].end <= paragraph.start) sentenceIndex++;
    const pieces: Span[] = [];
    for (let i = sentenceIndex; i < sentences.length && sentences[i].start < paragraph.end; i++) {
      const start = Math.max(sentences[i].start, rest.start);
      const end = Math.min(sentences[i].end, rest.end);
      if (start < end) pieces.push({ start, end });
    }
    if (rest.start < rest.end) flagParagraph(text, rest, pieces.length > 0 ? pieces : [rest], found);
  }
  return found.sort((a, b) => a.start - b.start || a.end - b.end);
}

function findAdMarkers(text: string, paragraph: Span): Boilerplate[] {
  const markers: Boilerplate[] = [];
  const bracket = text.indexOf('[', paragraph.start);
  if (bracket < 0 || bracket >= paragraph.end) return markers; // most paragraphs: no slice, no regex
  for (const match of text.slice(paragraph.start, paragraph.end).matchAll(AD_MARKER)) {
    const start = paragraph.start + (match.index ?? 0);
    markers.push({ start, end: start + match[0].length, kind: 'ad-marker' });
  }
  return markers;
}

/** The paragraph minus ad markers (and white space) at either edge. */
function withoutEdgeMarkers(text: string, paragraph: Span, markers: Boilerplate[]): Span {
  let { start, end } = paragraph;
  for (const marker of markers) if (marker.start === start) start = skipSpace(text, marker.end, end);
  for (let i = markers.length - 1; i >= 0; i--) {
    if (markers[i].end === end && markers[i].start >= start) end = skipSpaceBack(text, start, markers[i].start);
  }
  return { start, end };
}

function flagParagraph(text: string, rest: Span, pieces: Span[], found: Boilerplate[]): void {
  const kinds = pieces.map((piece) => classifyFurniture(text.slice(piece.start, piece.end)));
  // A line the sentence splitter cut where it is no sentence (`pic.` | `twitter.com/…`) is read whole.
  if (!kinds[0] && pieces.length > 1) kinds[0] = classifyFurniture(text.slice(rest.start, rest.end));
  const firstKind = kinds[0];
  if (firstKind && !hasMoreWordsThan(text, MAX_FURNITURE_PARAGRAPH_WORDS, rest.start, rest.end)) {
    found.push({ ...rest, kind: firstKind });
    return;
  }
  let runStart = pieces.length;
  while (runStart > 0 && kinds[runStart - 1]) runStart--;
  for (let i = runStart; i < pieces.length; i++) {
    const kind = kinds[i] as BoilerplateKind;
    const last = found[found.length - 1];
    if (i > runStart && last.kind === kind) last.end = pieces[i].end;
    else found.push({ start: pieces[i].start, end: pieces[i].end, kind });
  }
  const storyEnd = runStart < pieces.length ? pieces[runStart].start : rest.end;
  flagFragments(text, { start: rest.start, end: storyEnd }, found);
}

/** Delimited fragments inside story paragraphs: glued link prompts, bracketed credits. */
function flagFragments(text: string, story: Span, found: Boilerplate[]): void {
  const storyText = text.slice(story.start, story.end);
  const trailing = mayEndWithLinkPrompt(storyText) ? TRAILING_LINK_PROMPT.exec(storyText) : null;
  if (trailing && trailing.index > 0) {
    const start = story.start + storyText.indexOf(trailing[1], trailing.index);
    const kind = /^source/i.test(trailing[1]) ? 'source-link' : 'read-more';
    found.push({ start, end: story.end, kind });
  }
  if (!storyText.includes('(')) return; // both credits below are bracketed
  const byCredit = endsWithBracket(storyText) ? PARENTHESISED_BY_CREDIT.exec(storyText) : null;
  if (byCredit) found.push({ start: story.start + byCredit.index, end: story.end, kind: 'credit' });
  for (const match of storyText.matchAll(PARENTHESISED_PHOTO_CREDIT)) {
    const start = story.start + (match.index ?? 0);
    found.push({ start, end: start + match[0].length, kind: 'photo-credit' });
  }
}

/** The last words TRAILING_LINK_PROMPT can end on, before its trailing non-word characters. */
const LINK_PROMPT_ENDINGS = ['link', 'more', 'reading', 'here'];
const LONGEST_LINK_PROMPT_ENDING = 7;

/**
 * Whether TRAILING_LINK_PROMPT can match: its last word ends the text but for
 * non-word characters. The regex, unanchored with a look-behind, tries every
 * position of every story paragraph; this check spares it almost all of them.
 */
function mayEndWithLinkPrompt(storyText: string): boolean {
  let end = storyText.length;
  while (end > 0 && !isAsciiWordChar(storyText.charCodeAt(end - 1))) end--;
  const tail = storyText.slice(Math.max(0, end - LONGEST_LINK_PROMPT_ENDING), end).toLowerCase();
  return LINK_PROMPT_ENDINGS.some((ending) => tail.endsWith(ending));
}

/** What `\w` matches without the u flag. */
function isAsciiWordChar(code: number): boolean {
  return isAsciiLetterOrDigit(code) || code === 95;
}

/** A header line of links alone: "RELATED COVERAGE", "Recommended", "Most Read", "More from the Ledger:". */
const LINK_HEADER =
  /^\W*(?:related(?:\s+(?:coverage|stories|articles|content|links|reading|posts))?|recommended(?:\s+(?:for\s+you|stories|reading))?|most\s+(?:read|popular|viewed)|more\s+from\s+[^:.!?]{1,40}|read\s+more|see\s+also|also\s+read|trending(?:\s+now)?)\W*$/i;
/** Longest link line under a header. */
const MAX_LINK_LINE_WORDS = 16;

/** A link's line: one short line with no sentence end (`1. Storm warning issued for Scotland`, `• Tariffs explained: ...`). */
function isLinkLine(paragraph: string): boolean {
  const line = paragraph.trim();
  return line !== '' && !line.includes('\n') && !/[.!?"”]$/.test(line) && !hasMoreWordsThan(line, MAX_LINK_LINE_WORDS);
}

/** Ends with `)` but for white space and full stops: PARENTHESISED_BY_CREDIT can match only then. */
function endsWithBracket(storyText: string): boolean {
  let end = storyText.length;
  while (end > 0 && (storyText.charCodeAt(end - 1) === 46 || isWhitespace(storyText.charCodeAt(end - 1)))) end--;
  return end > 0 && storyText.charCodeAt(end - 1) === 41;
}

/** More than `max` runs of non-white-space (what `/\S+/g` matches) in text[start, end); stops counting past `max`. */
function hasMoreWordsThan(text: string, max: number, start = 0, end = text.length): boolean {
  let words = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    const space = isWhitespace(text.charCodeAt(i));
    if (!space && !inWord && ++words > max) return true;
    inWord = !space;
  }
  return false;
}

function skipSpace(text: string, from: number, limit: number): number {
  while (from < limit && /\s/.test(text[from])) from++;
  return from;
}

function skipSpaceBack(text: string, limit: number, from: number): number {
  while (from > limit && /\s/.test(text[from - 1])) from--;
  return from;
}

/** A byline's opening words, after the decoration a credit line may lead with. */
const BYLINE_OPENING = new RegExp(String.raw`^[\s([\-–—•*»|]*${BYLINE_LEAD}`, 'i');

/** The parts of a byline line after "By": the names, then an outlet or a time ("Mara Kellen", "Northgate Wire", "Updated 14:32 GMT"). */
export function bylineParts(line: string): string[] | null {
  const opening = BYLINE_OPENING.exec(line);
  if (!opening) return bylinePartsWithoutBy(line.trim());
  return line
    .slice(opening[0].length)
    .split(PART_DIVIDER)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/** "Oskar Brandt, Economics Correspondent" as one part; "Lakeshore Public Media | By Ana Ruiz" with the names first. */
function bylinePartsWithoutBy(line: string): string[] | null {
  if (endsWithNewsroomRole(line) && NAMED_ROLE_LINE.test(line)) return [line];
  const parts = line.split(PART_DIVIDER);
  const at = bylinePartAt(parts);
  if (at < 0) return null;
  return [...(bylineParts(parts[at]) ?? []), ...parts.filter((_, k) => k !== at)];
}

/** Between a byline's names, role and outlet when no `|` divides them: "Celeste Amundsen – Staff Reporter, Tri-County Business Journal". */
export const BYLINE_PIECE_DIVIDER = /\s*,\s*|\s+[–—]\s+/;

/** The article's byline as its text gives it: the names of the first byline line ("Naomi Feld and Arturo Blanco"), or null. */
export function bylineOf(text: string, boilerplate: readonly Boilerplate[]): string | null {
  for (const debris of boilerplate) {
    if (debris.kind !== 'byline') continue;
    const names = bylineParts(text.slice(debris.start, debris.end))?.[0];
    // "By Owen Trask, Markets Correspondent": the names end at the comma (or dash) before the role.
    if (names) return names.split(BYLINE_PIECE_DIVIDER)[0];
  }
  return null;
}

/** A time line that gives the article's date, not only its last update: "Published March 3, 2026", "Sunday, May 17, 2026". */
const PUBLISHED_LINE = new RegExp(
  String.raw`^\W*(?:published|posted|first\s+published)\b|^\W*${WEEKDAY_BEFORE_DATE_PATTERN}?${WRITTEN_DATE_PATTERN}`,
  'i',
);

/** The article's date from the first time line at its head that gives it ("2026-03-03"), or null. */
export function publishedDateOf(text: string, boilerplate: readonly Boilerplate[]): string | null {
  for (const debris of boilerplate) {
    if (debris.kind !== 'byline') continue;
    for (const part of text.slice(debris.start, debris.end).split(/\s*[|·•]\s*/)) {
      if (PUBLISHED_LINE.test(part)) return isoDateIn(part);
    }
  }
  return null;
}

export const boilerplateStage: Stage = {
  name: 'boilerplate',
  needs: ['paragraphs', 'sentences'],
  adds: ['boilerplate', 'headings'],
  run(doc: Doc) {
    const paragraphs = doc.need('paragraphs');
    doc.boilerplate = findBoilerplate(doc.text, paragraphs, doc.need('sentences'));
    doc.meta.byline ??= bylineOf(doc.text, doc.boilerplate);
    doc.meta.published ??= publishedDateOf(doc.text, doc.boilerplate);
    doc.headings = findHeadings(doc.text, paragraphs, doc.boilerplate);
  },
};
