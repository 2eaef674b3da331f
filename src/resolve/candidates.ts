import {
  type Doc,
  isMastheadOpener,
  isMastheadWord,
  isUpperCaseAt,
  isWhitespace,
  MONTHS_BUT_MAY,
  POS_TAGS,
  type Span,
  type TokenLayer,
  WEEKDAYS,
} from '../core/index.js';
import { PARTY_TAG_OPENING_BEFORE } from '../text/party-tags.js';
import type { AnchoredPattern } from './anchored-pattern.js';
import { governmentFinder } from './government.js';
import { isFirstName, TITLE_WORDS } from './names.js';
import {
  DOCUMENT_HEADS,
  GOVERNMENT_HEADS,
  isBodyHead,
  MEDIA_HEADS,
  ORGANIZATION_HEADS,
  PERSON_HEADS,
  singular,
} from './nouns.js';
import { outletFinder } from './outlets.js';
import { tokenAt } from './phrase-words.js';

const PROPN = POS_TAGS.indexOf('PROPN');
const NOUN = POS_TAGS.indexOf('NOUN');
const ADJ = POS_TAGS.indexOf('ADJ');
const NUM = POS_TAGS.indexOf('NUM');
const DET = POS_TAGS.indexOf('DET');
const PUNCT = POS_TAGS.indexOf('PUNCT');
const ADP = POS_TAGS.indexOf('ADP');

/** Tags of the words a description's head takes before it. */
const MODIFIER_TAGS = new Set([ADJ, NOUN, PROPN, NUM]);

/** Longest run of words before a head noun taken into a description: "a former Ruritanian naval commander". */
const MAX_MODIFIERS = 5;

let OUTLET_FINDER: AnchoredPattern | null = null;
let GOVERNMENT_FINDER: AnchoredPattern | null = null;

/**
 * Phrases in the text that may be antecedents or subjects although no
 * attribution has them as its source: outlets, government bodies, proper-name
 * runs and role descriptions ("a former commander"). Sorted by start, no two
 * overlapping (the longer wins).
 */
export function findCandidateSpans(doc: Doc): Span[] {
  OUTLET_FINDER ??= outletFinder();
  GOVERNMENT_FINDER ??= governmentFinder();
  const found = [
    ...withinLines(doc.text, OUTLET_FINDER.findAll(doc.text)),
    ...withinLines(doc.text, GOVERNMENT_FINDER.findAll(doc.text)),
    ...nameRuns(doc),
    ...roleDescriptions(doc),
  ];
  return withNamesDescribed(doc, nonOverlapping(found));
}

/**
 * The gazetteers' matches cut to their last line: their patterns take any
 * white space between words, and ran a byline's last words over the break
 * into the story's first name ("Editor\nMidland Times\n\nThe National
 * Health Protection Agency"). A name never runs over a line.
 */
function withinLines(text: string, spans: Span[]): Span[] {
  return spans
    .map((span) => {
      const lastBreak = text.lastIndexOf('\n', span.end - 1);
      if (lastBreak < span.start) return span;
      let start = lastBreak + 1;
      while (start < span.end && isWhitespace(text.charCodeAt(start))) start++;
      return { start, end: span.end };
    })
    .filter((span) => span.start < span.end);
}

/**
 * "the shipping firm Halvorsen Lines": a description of a body right before
 * a name describes it, as a title does a person's; the two are one phrase,
 * analysed as one mention (`describeWords` reads the description's head).
 * Only a definite description, before a name that is no person's (no
 * title, no first name), and only where the name cannot open a clause of
 * its own: before punctuation, a preposition or a conjunction, or anywhere
 * when the phrase opens its sentence or follows a dash (in "the campaign
 * Manafort was running" and "a network Russia has financed" the name is
 * the subject of what follows). People's titles stay apart:
 * `namesPrevious` joins them to the name. A description of a body in
 * apposition after a name joins it too (`isBodyAppositive`).
 */
function withNamesDescribed(doc: Doc, spans: Span[]): Span[] {
  const tokens = doc.need('tokens');
  const joined: Span[] = [];
  for (const span of spans) {
    const last = joined[joined.length - 1];
    const gap = last ? doc.text.slice(last.end, span.start) : '';
    if (
      last &&
      ((/^ +$/.test(gap) && describesName(doc, tokens, last, span)) ||
        (gap.startsWith(', ') && isBodyAppositive(doc, tokens, last, span)))
    ) {
      joined[joined.length - 1] = { start: last.start, end: span.end };
      continue;
    }
    joined.push(span);
  }
  return joined;
}

function describesName(doc: Doc, tokens: TokenLayer, description: Span, name: Span): boolean {
  const first = tokenAt(doc, description.start);
  const nameFirst = tokenAt(doc, name.start);
  const head = nameFirst - 1;
  // "told local radio station Onda Sur": after a channel word, a description needs no article.
  const opening = tokens.lower[first] === 'the' || (first > 0 && CHANNEL_WORDS.has(tokens.lower[first - 1]));
  if (!opening || !isBodyHead(singular(tokens.lower[head]).word)) return false;
  if (!mayBeCapital(doc.text.charCodeAt(name.start))) return false;
  const firstWord = tokens.lower[nameFirst].replace(/\.$/, '');
  if (TITLE_WORDS.has(firstWord) || isFirstName(firstWord)) return false;
  const after = tokenRange(doc, name).end;
  // Opening the sentence, or after a dateline's dash.
  const opens = first === 0 || tokens.sentence[first - 1] !== tokens.sentence[first] || tokens.pos[first - 1] === PUNCT;
  return opens || after >= tokens.count || BEFORE_NO_CLAUSE.has(tokens.pos[after]);
}

/**
 * "Vellmark Grain, the country's largest grain exporter,": a name and the
 * description of a body in apposition after it, closed by punctuation, are
 * one phrase too (`describeWords` splits them at the comma).
 */
function isBodyAppositive(doc: Doc, tokens: TokenLayer, name: Span, description: Span): boolean {
  if (!mayBeCapital(doc.text.charCodeAt(name.start))) return false;
  // After the comma, the description or its determiner: "a", "the", "the country's".
  let opening = tokenAt(doc, name.end) + 1;
  const first = tokenAt(doc, description.start);
  if (first - opening > 3 || !ARTICLES.has(tokens.lower[opening])) return false;
  for (opening++; opening < first; opening++) if (!DETERMINER_PHRASE_TAGS.has(tokens.pos[opening])) return false;
  const after = tokenRange(doc, description).end;
  if (!isBodyHead(singular(tokens.lower[after - 1]).word)) return false;
  return after >= tokens.count || tokens.pos[after] === PUNCT;
}

const ARTICLES = new Set(['the', 'a', 'an']);
/** What may stand between an article and a description: "the country's", "the region's". */
const DETERMINER_PHRASE_TAGS = new Set([NOUN, PROPN, POS_TAGS.indexOf('PART')]);

/** Tags of a word after which a name opens no clause: the phrase ends there. */
const BEFORE_NO_CLAUSE = new Set([PUNCT, ADP, POS_TAGS.indexOf('CCONJ'), POS_TAGS.indexOf('SCONJ')]);

/** Words after which an outlet is what someone spoke to: "told local radio station Onda Sur". */
const CHANNEL_WORDS = new Set(['told', 'to', 'with']);

/** Runs of proper nouns with the titles before them: "Sen. Elizabeth Warren", "Mr. Obama". */
function nameRuns(doc: Doc): Span[] {
  const tokens = doc.need('tokens');
  const runs: Span[] = [];
  let t = 0;
  while (t < tokens.count) {
    // "(D-Mass.)": a bracketed party and state is no name.
    if (!startsName(doc, tokens, t) || doc.text[tokens.start[t] - 1] === '(') {
      t++;
      continue;
    }
    // "(D-Mass.)": the state of a party tag is no name either (the tag's "-" stands right before it).
    if (
      doc.text[tokens.start[t] - 1] === '-' &&
      PARTY_TAG_OPENING_BEFORE.test(doc.text.slice(Math.max(0, tokens.start[t] - 4), tokens.start[t]))
    ) {
      t++;
      continue;
    }
    let end = t + 1;
    while (
      end < tokens.count &&
      (continuesName(doc, tokens, end) || surnameAfterFirstName(doc, tokens, end)) &&
      tokens.sentence[end] === tokens.sentence[t]
    )
      end++;
    while (end > t + 1 && tokens.pos[end - 1] === PUNCT) end--;
    if (end === t + 1 && isCommonHeadOpening(tokens, t)) {
      t = end;
      continue;
    }
    if (tokens.pos[end - 1] === PROPN || /^\p{Lu}/u.test(doc.text.slice(tokens.start[end - 1], tokens.end[end - 1]))) {
      // "The Republican", "the Times": the article belongs to the phrase.
      const first = t > 0 && tokens.lower[t - 1] === 'the' && tokens.sentence[t - 1] === tokens.sentence[t] ? t - 1 : t;
      runs.push({ start: tokens.start[first], end: tokens.end[end - 1] });
    }
    t = end;
  }
  return runs;
}

/**
 * `Airline cancels flights as pilots strike`: a headline's or sentence's
 * first word alone, capitalised only by its place, that is the singular
 * common noun of a company or group (`Airline`, `Union`), names no one,
 * however wink-nlp tags it. Groups of people stay (`Voters`, `Critics`:
 * antecedents of `they` and `who`), and so do bodies of government
 * (`Congress`, `Parliament`).
 */
function isCommonHeadOpening(tokens: TokenLayer, t: number): boolean {
  if (t > 0 && tokens.sentence[t - 1] === tokens.sentence[t]) return false;
  return ORGANIZATION_HEADS.has(tokens.lower[t]);
}

/** Capitalised words a tagger calls proper nouns that never name a source: days and months. */
const NOT_NAMES = new Set([...WEEKDAYS, ...MONTHS_BUT_MAY]);

function startsName(doc: Doc, tokens: TokenLayer, t: number): boolean {
  // Only a proper noun or a title before one starts a name: the tags rule out most tokens before any word is read.
  if (tokens.pos[t] !== PROPN && tokens.pos[t + 1] !== PROPN) return false;
  // "the Sunday Herald": a weekday after `the` and before a capitalised word opens a masthead.
  if (isMastheadOpeningAfterArticle(doc, tokens, t)) return true;
  if (NOT_NAMES.has(tokens.lower[t]) || tokens.lower[t] === 'i') return false;
  if (isDatelineWord(doc, tokens, t)) return false;
  // "Contrary to ...", "Thanks to ...": a sentence-initial word followed by `to` is no name.
  const sentenceInitial = t === 0 || tokens.sentence[t - 1] !== tokens.sentence[t];
  if (sentenceInitial && tokens.pos[t + 1] === ADP && tokens.lower[t + 1] === 'to') return false;
  if (tokens.pos[t] === PROPN) return true;
  const word = tokens.lower[t].replace(/\.$/, '');
  const capitalised = isUpperCaseAt(doc.text, tokens.start[t]);
  // "in an interview with City Radio": a capitalised noun inside a sentence opens the name it starts.
  if (capitalised && !sentenceInitial && tokens.pos[t] === NOUN && tokens.pos[t + 1] === PROPN) return true;
  return TITLE_WORDS.has(word) && capitalised && tokens.pos[t + 1] === PROPN;
}

function isMastheadOpeningAfterArticle(doc: Doc, tokens: TokenLayer, t: number): boolean {
  if (t === 0 || t + 1 >= tokens.count || tokens.lower[t - 1] !== 'the') return false;
  return (
    isMastheadOpener(doc.text.slice(tokens.start[t], tokens.end[t])) && isUpperCaseAt(doc.text, tokens.start[t + 1])
  );
}

/** "NEWPORT NEWS, Va. -": upper-case words of two or more letters next to another are a dateline or heading, not a name. */
function isDatelineWord(doc: Doc, tokens: TokenLayer, t: number): boolean {
  return (
    tokens.lower[t].length > 4 &&
    isUpperCaseWord(doc, tokens, t) &&
    (isUpperCaseWord(doc, tokens, t + 1) || isUpperCaseWord(doc, tokens, t - 1))
  );
}

function isUpperCaseWord(doc: Doc, tokens: TokenLayer, k: number): boolean {
  if (k < 0 || k >= tokens.count || !mayBeCapital(doc.text.charCodeAt(tokens.start[k]))) return false;
  // A capitalised word ("Trump") is ruled out by its second letter, before any slice or regex.
  if (tokens.end[k] - tokens.start[k] > 1 && !mayBeCapital(doc.text.charCodeAt(tokens.start[k] + 1))) return false;
  const text = doc.text.slice(tokens.start[k], tokens.end[k]);
  return text.length > 1 && /^\p{Lu}+$/u.test(text);
}

/**
 * "Rep. Stephen Lynch (D-Mass.)": a tagger may read a surname that is also a
 * word (lynch, bush, price) as a verb or noun; after a known first name a
 * capitalised word is the surname all the same.
 */
function surnameAfterFirstName(doc: Doc, tokens: TokenLayer, t: number): boolean {
  return (
    t > 0 &&
    tokens.pos[t - 1] === PROPN &&
    // Most words after a name are lower case: the first character rules them out before the name lists are read.
    mayBeCapital(doc.text.charCodeAt(tokens.start[t])) &&
    isFirstName(tokens.lower[t - 1]) &&
    /^\p{Lu}\p{Ll}/u.test(doc.text.slice(tokens.start[t], tokens.end[t]))
  );
}

/** False for ASCII characters other than capitals, which `\p{Lu}` never matches: a cheap first test. */
export function mayBeCapital(code: number): boolean {
  return (code >= 65 && code <= 90) || code > 127;
}

function continuesName(doc: Doc, tokens: TokenLayer, t: number): boolean {
  // "the Brentley Echo", which wink-nlp may read as a verb: a capitalised masthead word after a proper noun.
  if (tokens.pos[t] !== PROPN && tokens.pos[t - 1] === PROPN && isMastheadWord(tokens.lower[t])) {
    return isUpperCaseAt(doc.text, tokens.start[t]);
  }
  // "The Daily Spark", "the Sunday Glimpse": any capitalised word after a masthead's opening word
  // (the tags and the capital first: the slice is made for few tokens).
  if (
    tokens.pos[t] !== PROPN &&
    isUpperCaseAt(doc.text, tokens.start[t]) &&
    isMastheadOpener(doc.text.slice(tokens.start[t - 1], tokens.end[t - 1]))
  )
    return true;
  // Each way on needs a proper noun here or next: the tags rule out most tokens before any word is read.
  if (tokens.pos[t] !== PROPN && tokens.pos[t + 1] !== PROPN) return false;
  if (NOT_NAMES.has(tokens.lower[t])) return false;
  if (tokens.pos[t] === PROPN) return true;
  const text = doc.text.slice(tokens.start[t], tokens.end[t]);
  // Initials and the period of "Mr." are separate tokens for some tokenizers.
  if (text === '.' && tokens.start[t] === tokens.end[t - 1]) return tokens.pos[t + 1] === PROPN;
  return /^\p{Lu}/u.test(text) && (tokens.pos[t] === NOUN || tokens.pos[t] === ADJ) && tokens.pos[t + 1] === PROPN;
}

/** Descriptions whose head is a person, organization, outlet, document or government noun. */
function roleDescriptions(doc: Doc): Span[] {
  const tokens = doc.need('tokens');
  const spans: Span[] = [];
  for (let t = 0; t < tokens.count; t++) {
    if (tokens.pos[t] !== NOUN) continue;
    // The head is the last noun of its compound: "military commander", not "military" of "military commander".
    if (tokens.pos[t + 1] === NOUN && tokens.sentence[t + 1] === tokens.sentence[t]) continue;
    // "child-care plan", "state-run media": a hyphen makes the noun a modifier.
    if (doc.text[tokens.end[t]] === '-' || doc.text[tokens.end[t]] === '‑') continue;
    if (!ROLE_HEADS.has(singular(tokens.lower[t]).word)) continue;
    let first = t;
    while (
      first > 0 &&
      t - first < MAX_MODIFIERS &&
      tokens.sentence[first - 1] === tokens.sentence[t] &&
      MODIFIER_TAGS.has(tokens.pos[first - 1])
    ) {
      first--;
    }
    // Not the `that` of `told Wire that ministers had ...`: a singular demonstrative before a plural is a conjunction.
    const conjunction = SINGULAR_DEMONSTRATIVES.has(tokens.lower[first - 1]) && singular(tokens.lower[t]).plural;
    if (first > 0 && tokens.pos[first - 1] === DET && tokens.sentence[first - 1] === tokens.sentence[t] && !conjunction)
      first--;
    spans.push({ start: tokens.start[first], end: tokens.end[t] });
  }
  return spans;
}

const SINGULAR_DEMONSTRATIVES: ReadonlySet<string> = new Set(['that', 'this']);

/** Heads of a person, organization, outlet, document or government description. */
const ROLE_HEADS: ReadonlySet<string> = new Set([
  ...PERSON_HEADS,
  ...ORGANIZATION_HEADS,
  ...MEDIA_HEADS,
  ...DOCUMENT_HEADS,
  ...GOVERNMENT_HEADS,
]);

/** Sorted by start; of overlapping spans the longest is kept. */
export function nonOverlapping(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Span[] = [];
  for (const span of sorted) {
    const last = kept[kept.length - 1];
    if (last && span.start < last.end) {
      if (span.end - span.start > last.end - last.start) kept[kept.length - 1] = span;
      continue;
    }
    kept.push(span);
  }
  return kept;
}

/** The token index range a span covers. */
export function tokenRange(doc: Doc, span: Span): { first: number; end: number } {
  const tokens = doc.need('tokens');
  const first = tokenAt(doc, span.start);
  let end = first;
  while (end < tokens.count && tokens.start[end] < span.end) end++;
  return { first, end };
}
