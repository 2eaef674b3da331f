import { HEADING_SELECTOR, HEADING_TAGS, type HtmlDocument, type HtmlElement, removeKeepingShape } from './dom.js';
import { type Removable, removeLinkModule, removeTeaserRuns } from './teasers.js';

/**
 * Page furniture that Readability keeps: it scores containers by text and
 * link density, so a share bar with a sentence ("Share this story"), a photo
 * caption, a newsletter box or a short "Related" list inside the article
 * container survives. We remove those before Readability runs (by markup)
 * and drop leftover lines after it (by their words).
 */

/** Tags that never hold article prose. Figures (but see {@link removeFigures}): the photo caption and credit are not the report (captions repeat it). */
const FURNITURE_SELECTOR = [
  'figcaption',
  'aside',
  'nav',
  'header',
  'form',
  'button',
  'dialog',
  'iframe',
  'noscript',
  'template',
  '[role="navigation"]',
  '[role="complementary"]',
  '[role="dialog"]',
  '[role="banner"]',
  '[role="contentinfo"]',
  '[hidden]',
  '[aria-hidden="true"]',
].join(',');

/**
 * Words that, as one whole segment of a class or id (`social-share-bar`,
 * `related_stories`, `newsletterBox`), mark furniture. Chosen from the markup
 * of news sites' share bars, recirculation modules, sign-up boxes, comment
 * widgets and ad slots; none is a word an article container uses for itself.
 */
const FURNITURE_WORDS = new Set([
  'ad',
  'ads',
  'advert',
  'advertisement',
  'author-bio',
  'bio',
  'breadcrumb',
  'breadcrumbs',
  'byline',
  'caption',
  'comment',
  'comments',
  'cookie',
  'dek',
  'eyebrow',
  'footer',
  'head',
  'header',
  'kicker',
  'listen',
  'masthead',
  'meta',
  'standfirst',
  'disqus',
  'outbrain',
  'popular',
  'pullquote',
  'pull-quote',
  'pullout',
  'pull-out',
  'recirc',
  'recirculation',
  'recommended',
  'related',
  'share',
  'sharing',
  'sidebar',
  'social',
  'sponsor',
  'sponsored',
  'taboola',
  'tags',
  'toolbar',
  'trending',
]);

/**
 * Words of boxes that ask the reader for something (sign up, subscribe,
 * donate). They are removed like furniture, except that sites also wrap the
 * rest of the story in them (`<div class="paywall">` around the paragraphs
 * behind the wall), so one holding prose stays.
 */
const CALL_TO_ACTION_WORDS = new Set([
  'donate',
  'newsletter',
  'paywall',
  'promo',
  'signup',
  'subscribe',
  'subscription',
]);

/** Paragraphs at least this long, and at least this many of them, are prose: a story, not a sign-up box. */
const PROSE_PARAGRAPH_CHARS = 150;
const PROSE_PARAGRAPHS = 2;

/** Elements that are the article or the page, never removed whatever their class says (`<body class="has-social">`). */
const NEVER_REMOVED = new Set(['html', 'body', 'main', 'article']);

/**
 * A matching element holding more than this share of the page's paragraph
 * text is the article itself mis-named (`<div class="story-share-wrapper">`
 * around everything), so it stays.
 */
const MAX_REMOVED_SHARE = 0.5;

export function removeFurniture(document: HtmlDocument): void {
  const body = document.body;
  if (!body) return;
  fontsToSpans(document);
  removeFigures(document);
  const pageText = paragraphTextLength(body);
  const removable = (...elements: HtmlElement[]) =>
    elements.every((element) => !NEVER_REMOVED.has(element.localName) && element.parentNode !== null) &&
    (pageText === 0 || sumOf(elements, paragraphTextLength) <= MAX_REMOVED_SHARE * pageText);
  // Named boxes first: a sign-up box is known by its email field, which goes with the forms below.
  for (const element of [...body.querySelectorAll(NAMED_SELECTOR)]) {
    if (element.parentNode === null || !removable(element)) continue;
    const name = nameKind(element);
    if (name === 'furniture' || (name === 'call-to-action' && isSignUpBox(element))) removeFurnitureElement(element);
  }
  for (const element of [...document.querySelectorAll(FURNITURE_SELECTOR)]) {
    if (removable(element)) removeFurnitureElement(element);
  }
  for (const list of [...body.querySelectorAll('ul, ol')]) {
    if (list.parentNode && isLinkList(list)) removeLinkModule([list], removable);
  }
  removeTeaserRuns(body, removable);
  removeSideColumns(body, removable);
}

/**
 * Removes a furniture element, except the headings in the header of one entry
 * among several (`<article>`s side by side: live-blog posts, Q&A items): there
 * the header holds the entry's title with its time stamp and author, and the
 * title is part of the story. A page's or a single article's header goes whole.
 */
function removeFurnitureElement(element: HtmlElement): void {
  const titles = entryTitles(element);
  const placeholder = removeKeepingShape(element);
  for (const title of titles) placeholder.before(title);
}

/** The headings of a header inside one `<article>` among several; none for any other furniture. */
function entryTitles(element: HtmlElement): HtmlElement[] {
  const entry = element.parentElement?.closest('article');
  const isArticle = (sibling: HtmlElement | null | undefined) => sibling?.localName === 'article';
  if (!isArticle(entry?.previousElementSibling) && !isArticle(entry?.nextElementSibling)) return [];
  if (element.localName !== 'header' && nameKind(element) !== 'furniture') return [];
  return [...element.querySelectorAll(HEADING_SELECTOR)];
}

/** A table cell holding at least this much text, and this many times the text of each other cell in its row, is the story's column. */
const MIN_STORY_CELL_CHARS = 600;
const STORY_CELL_DOMINANCE = 3;

/**
 * Old table layouts: the page is a row of cells, the story in one and a
 * menu, an events diary or a weather box in the others. Readability may take
 * the whole row when the story's cell is thin on `<p>`s, so when one cell
 * holds far more text than every other in its row, the others go. A data
 * table in a story has no cell of several hundred characters dwarfing the rest.
 */
function removeSideColumns(body: HtmlElement, removable: Removable): void {
  for (const row of [...body.querySelectorAll('tr')]) {
    const cells = [...row.children].filter((cell) => cell.localName === 'td' || cell.localName === 'th');
    if (cells.length < 2) continue;
    const lengths = cells.map((cell) => cell.textContent?.trim().length ?? 0);
    const longest = Math.max(...lengths);
    if (longest < MIN_STORY_CELL_CHARS) continue;
    const story = lengths.indexOf(longest);
    if (lengths.some((length, index) => index !== story && STORY_CELL_DOMINANCE * length > longest)) continue;
    for (const [index, cell] of cells.entries()) if (index !== story && removable(cell)) removeKeepingShape(cell);
  }
}

/**
 * A figure is a photo or chart with its caption, unless it holds text: sites
 * wrap embedded posts (`<blockquote class="twitter-tweet">`), tables
 * (`<figure class="wp-block-table">`) and code in figures, and those are part
 * of the story. Such a figure loses only its caption.
 */
function removeFigures(document: HtmlDocument): void {
  for (const figure of [...document.querySelectorAll('figure')]) {
    if (figure.parentNode !== null && figure.querySelector('blockquote, table, pre') === null)
      removeKeepingShape(figure);
  }
}

/**
 * `<font>` as `<span>`, before Readability sees the page: Readability turns
 * `<br><br>` into a paragraph only around phrasing content, and renames fonts
 * to spans only afterwards, so on old `<font>` layouts the paragraph break
 * before each `<font>` is lost and two paragraphs run together.
 */
function fontsToSpans(document: HtmlDocument): void {
  for (const font of [...document.querySelectorAll('font')]) {
    const span = document.createElement('span');
    while (font.firstChild !== null) span.appendChild(font.firstChild);
    font.parentNode?.replaceChild(span, font);
  }
}

/**
 * Words that name a photo's credit line when paired with "credit"
 * (`image-credit`, `photo__credit`): "credit" alone may be the reporting credit
 * at the end of the story, which is part of it.
 */
const IMAGE_WORDS = new Set(['image', 'img', 'photo', 'picture', 'media', 'caption']);

/** Attributes whose values name what an element is for. */
const NAMING_ATTRIBUTES = ['class', 'id', 'data-testid', 'data-component', 'data-module'];
const NAMED_SELECTOR = NAMING_ATTRIBUTES.map((name) => `[${name}]`).join(',');

type NameKind = 'furniture' | 'call-to-action' | null;

/** Words that, on a heading (`<h2 class="header-anchor-post">`), name the heading itself, not the page's header. */
const HEADER_WORDS = new Set(['head', 'header']);

function nameKind(element: HtmlElement): NameKind {
  const names = NAMING_ATTRIBUTES.map((name) => element.getAttribute(name) ?? '').join(' ');
  const isFurnitureWord = HEADING_TAGS.has(element.localName)
    ? (word: string) => FURNITURE_WORDS.has(word) && !HEADER_WORDS.has(word)
    : (word: string) => FURNITURE_WORDS.has(word);
  let kind: NameKind = null;
  for (const name of names.split(/\s+/)) {
    if (name === '') continue;
    const words = name
      .replace(/([a-z])([A-Z])/g, '$1-$2')
      .toLowerCase()
      .split(/[-_]+/);
    if (words.some(isFurnitureWord) || isFurnitureWord(words.join('-'))) return 'furniture';
    if (words.includes('credit') && words.some((word) => IMAGE_WORDS.has(word))) return 'furniture';
    if (words.some((word) => CALL_TO_ACTION_WORDS.has(word))) kind = 'call-to-action';
  }
  return kind;
}

/** A call-to-action box that asks for an email address, or says too little to be the story behind a paywall. */
function isSignUpBox(element: HtmlElement): boolean {
  return element.querySelector('input[type="email"]') !== null || !holdsProse(element);
}

function holdsProse(element: HtmlElement): boolean {
  let count = 0;
  for (const p of element.querySelectorAll('p')) {
    if ((p.textContent?.length ?? 0) >= PROSE_PARAGRAPH_CHARS && ++count >= PROSE_PARAGRAPHS) return true;
  }
  return false;
}

function sumOf<T>(items: T[], measure: (item: T) => number): number {
  return items.reduce((sum, item) => sum + measure(item), 0);
}

function paragraphTextLength(element: HtmlElement): number {
  let length = 0;
  for (const p of element.querySelectorAll('p')) length += p.textContent?.length ?? 0;
  return length;
}

/** A list of two or more items that are each nothing but a link: "related stories", never prose. */
function isLinkList(list: HtmlElement): boolean {
  const items = [...list.children].filter((child) => child.localName === 'li');
  if (items.length < 2) return false;
  return items.every((item) => {
    const text = (item.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text === '') return true;
    let linkText = 0;
    for (const link of item.querySelectorAll('a'))
      linkText += (link.textContent ?? '').replace(/\s+/g, ' ').trim().length;
    return linkText >= 0.9 * text.length;
  });
}

/** Lines that are furniture by their words alone, whatever the markup around them. */
const FURNITURE_LINES: RegExp[] = [
  /^(advertisement|advert|ad|sponsored( content)?|skip (advertisement|ad)|story continues below( advertisement)?)$/i,
  /^(\d+\s+)?comments?(\s*\(\d+\))?$/i,
  /^(view|show|read|load|join|add)( all)?( the)?( \d+)? (comments?|conversation|discussion)\b.{0,40}$/i,
  /^(related|related (stories|articles|coverage|content|links|topics)|read more|more stories|see also|also read|read next|recommended( for you)?|you (may|might) also like|most (read|popular|viewed)|trending( now)?|editor's picks|top stories)\s*(:.{0,120})?$/i,
  /^more (from|on|in) [^.!?]{1,60}$/i,
  /^(sign up|subscribe|get)\b.{0,160}\b(newsletter|inbox|email|e-mail)\b.{0,120}$/i,
  /^(follow us|follow .{1,40} on (twitter|x|facebook|instagram))\b.{0,80}$/i,
  /^(copyright\s*)?(©|\(c\)|copyright \d{4}).{0,160}$/i,
  /^(published|updated|posted|last updated)( on| at)?:?\s[^.!?]{0,60}\d[^!?]{0,40}$/i,
  /^.{0,80}\ball rights reserved\.?$/i,
  /^a version of this article appears in print\b/i,
  /^(leave a (reply|comment)|post a comment|add (a|your) comment|\d+ (responses|replies|comments|thoughts) (to|on)\b.{1,200})$/i,
  /^(proudly )?powered by\b.{0,60}$/i,
  /^read (the )?(original|full) (article|story|post)\b.{0,80}$/i,
  /^(listen to (this )?(article|story)|\d+ min(ute)?s? (read|listen))\b.{0,30}$/i,
  /^(advertisement|advert)\b\W{1,3}(scroll|continue|story continues)\b.{0,40}$/i,
  // The signature under an embedded post: "— Harbor City FC (@HarborCityFC) March 9, 2025".
  /^[—–-]\s*[^()]{1,60}\(@\w{1,30}\)\s*.{0,30}$/,
  // A wire story's sign-off: "(Reporting by Ana Ruiz in Lima; Editing by Tom Hale)".
  /^\(?(additional )?(reporting|writing|research) by [^;]{1,120}(;\s*(additional reporting|writing|editing|compiled|graphics|fact-checking) by [^;]{1,120}){1,3}\)?$/i,
  // A call for tips or experiences, with a way to send them: "Do you have a story for us? Email tips@…",
  // "Have you been affected by the cuts? Tell us about your experience." And the heading over it.
  /^(do you have|have you got|got) (a |any )?(story|news|tip|information|pictures?|photos?|videos?)\b[^?]{0,60}\?.{0,160}\S@\S.{0,120}$/i,
  /^(have you been|were you|are you) (affected|impacted)\b[^?]{0,100}\?\s*(tell us|get in touch|contact us|email us|share your|let us know)\b.{0,120}$/i,
  /^get in touch$/i,
  // The end mark of a press release.
  /^[-–—\s]*ends[-–—\s]*$/i,
];

/** Photo credits: "Photograph: Jon Haskett/Courier", "(Image: PA)", "Image Credits: Orbitant", "AGENCY/Photographer Name". */
const CREDIT_LINES: RegExp[] = [
  /^(photo|photograph|image|picture|video|graphic|illustration)s?( credits?)?( by)?:.{0,160}$/i,
  /^(photo|photograph|image|illustration)s? (by|courtesy( of)?) [^.!?]{1,80}$/i,
  /^credits?:.{0,120}$/i,
  // A caption that ends in its credit: "The mayor cuts the ribbon. Photo: Derek Hollis".
  /^.{1,300}[.!?]["”’]?\s+\(?(photo|photograph|picture|image|pic)s?( credits?)?:\s*[^.!?:]{1,60}\)?$/i,
  /^[\p{Lu}][\p{L}.'’&-]*( [\p{Lu}][\p{L}.'’&-]*){0,5} ?\/ ?[\p{Lu}][\p{L}.'’&-]*( [\p{Lu}][\p{L}.'’&-]*){0,4}$/u,
];

const MONTH =
  '(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?)\\.?';
const DATES = new RegExp(
  [
    `\\b${MONTH} \\d{1,2}(st|nd|rd|th)?,? \\d{4}\\b`,
    `\\b\\d{1,2}(st|nd|rd|th)? ${MONTH},? \\d{4}\\b`,
    '\\b\\d{4}-\\d{2}-\\d{2}\\b',
    '\\b\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}\\b',
  ].join('|'),
  'gi',
);
const TIMES = /\b\d{1,2}([:.]\d{2})? ?([ap]\.?m\b\.?)?/gi;
/** Words that sit beside a date in a dateline: "Posted Thursday, June 6, 2024 at 3:12 pm · 4 min read". */
const DATE_LINE_WORDS = new Set(
  'published posted updated last modified on at by filed under in min mins minute minutes read reading time ago mon monday tue tues tuesday wed wednesday thu thur thurs thursday fri friday sat saturday sun sunday gmt utc et est edt ct cst cdt pt pst pdt bst cet cest ist aest'.split(
    ' ',
  ),
);
/** Names or section words a dateline may also carry ("· Filed under News"). */
const MAX_OTHER_DATE_LINE_WORDS = 2;

/** A time of day with a separator ("14.20", "9:30") or a.m./p.m.: not just any small number. */
const CLOCK_TIME = /\b\d{1,2}([:.]\d{2} ?([ap]\.?m\b\.?)?| ?[ap]\.?m\b\.?)/i;

/**
 * A line that is a date and little else, or a time and nothing else: a
 * dateline or a live blog's timestamp ("14.20 GMT"), never a sentence.
 */
function isDateLine(text: string): boolean {
  if (/[.!?]["”’]?$/.test(text) && !/[ap]\.m\.$/i.test(text)) return false;
  if (text.split(/\s+/).length > 14) return false;
  const rest = text.replace(DATES, ' ');
  const hasDate = rest !== text;
  if (!hasDate && !CLOCK_TIME.test(text)) return false;
  const words =
    rest
      .replace(TIMES, ' ')
      .toLowerCase()
      .match(/\p{L}+/gu) ?? [];
  const others = words.filter((word) => !DATE_LINE_WORDS.has(word)).length;
  return others <= (hasDate ? MAX_OTHER_DATE_LINE_WORDS : 0);
}

/** Words of a share bar ("Share this article: Facebook Twitter Email"). */
const SHARE_WORDS = new Set(
  'share shares this article story page on via facebook twitter x linkedin whatsapp email e-mail mail print copy link reddit pinterest tweet save bookmark comment comments gift messenger telegram flipboard threads bluesky and or'.split(
    ' ',
  ),
);
const SHARE_NETWORKS = new Set(
  'facebook twitter x linkedin whatsapp email e-mail reddit pinterest messenger telegram flipboard threads bluesky'.split(
    ' ',
  ),
);
/** Longest line judged by its share words alone. */
const MAX_SHARE_LINE_WORDS = 14;

export function isFurnitureLine(line: string): boolean {
  const text = line.trim();
  if (text === '') return true;
  if (FURNITURE_LINES.some((pattern) => pattern.test(text))) return true;
  const unbracketed = text.replace(/^\((.*)\)$/, '$1');
  if (CREDIT_LINES.some((pattern) => pattern.test(unbracketed))) return true;
  if (isDateLine(text)) return true;
  const words: string[] = text.toLowerCase().match(/[\p{L}\p{N}-]+/gu) ?? [];
  if (!/\p{L}/u.test(text)) return true; // bullets, bars, dingbats, a bare comment count
  if (words.length > MAX_SHARE_LINE_WORDS || !words.every((word) => SHARE_WORDS.has(word))) return false;
  return words.includes('share') || words.filter((word) => SHARE_NETWORKS.has(word)).length >= 2;
}

/** Separators between the items of a menu line: "Home > News > Community", "Print | Email | Back to index". */
const MENU_SEPARATORS = /\s+[|>»›•·]\s+/;
/** Fewest items, and longest item in words, of a menu line. */
const MIN_MENU_ITEMS = 3;
const MAX_MENU_ITEM_WORDS = 6;
/** A menu line has some of its items linked; a line of prose with bars in it has none. */
const MIN_MENU_LINK_SHARE = 0.3;

/** A breadcrumb trail or a bar of page tools: short items between separators, some of them links. */
export function isMenuLine(text: string, linkShare: number): boolean {
  if (linkShare < MIN_MENU_LINK_SHARE) return false;
  const items = text.split(MENU_SEPARATORS);
  return (
    items.length >= MIN_MENU_ITEMS &&
    items.every((item) => item.split(/\s+/).length <= MAX_MENU_ITEM_WORDS && !/[.!?]["”’]?$/.test(item))
  );
}
