// Token runs, and what several linking rules share: helpers over runs and the word classes they read.

import {
  type AttributionKind,
  type AttributionLayerItem,
  type Doc,
  POS_TAGS,
  partitionPoint,
  type Sentence,
  type Span,
  WEEKDAYS,
} from '../../core/index.js';
import type { CueSpan } from '../cue-tagger.js';
import type { RoleTagging } from '../role-tagger.js';
import { isQuoted, posTagOf, type TokenView } from '../token-view.js';

/** Tokens [first, end). */
export interface TokenRange {
  first: number;
  end: number;
}

/** Whether the content's words sit inside quotation marks: all, some, or none of them (the marks themselves do not count). */
export function kindOf(view: TokenView, ranges: TokenRange[]): AttributionKind {
  let quoted = 0;
  let total = 0;
  for (const range of ranges) {
    for (let i = range.first; i < range.end; i++) {
      if (view.isQuoteMark[i]) continue;
      total++;
      quoted += view.inQuote[i];
    }
  }
  if (quoted === 0) return 'indirect';
  return quoted === total ? 'direct' : 'mixed';
}

export interface Run extends TokenRange {
  /** Smallest tag margin inside the run: a run is as sure as its least sure token. */
  margin: number;
}

/** Maximal runs of B/I tags of one role, as token ranges. */
export function runsOf(tagging: RoleTagging, begin: number, inside: number): Run[] {
  const runs: Run[] = [];
  let open: Run | null = null;
  for (let k = 0; k < tagging.tags.length; k++) {
    const tag = tagging.tags[k];
    if (tag === begin || (tag === inside && !open)) {
      open = { first: tagging.first + k, end: tagging.first + k + 1, margin: tagging.margin[k] };
      runs.push(open);
    } else if (tag === inside && open) {
      open.end++;
      open.margin = Math.min(open.margin, tagging.margin[k]);
    } else {
      open = null;
    }
  }
  return runs;
}

/** The margin of a piece made from several: that of the least sure. */
export function leastMargin(runs: readonly Run[]): number {
  return Math.min(...runs.map((run) => run.margin));
}

/** Where a sentence's words end: before its final punctuation (a quote mark aside), but never at or before token `after`. */
export function endBeforeFullStop(view: TokenView, sentence: Sentence, after: number): number {
  const last = sentence.endToken - 1;
  return last > after && posTagOf(view, last) === 'PUNCT' && !view.isQuoteMark[last] ? last : sentence.endToken;
}

export function tokenSpan(doc: Doc, first: number, end: number): Span {
  const tokens = doc.need('tokens');
  return { start: tokens.start[first], end: tokens.end[end - 1] };
}

/** What a rule that rereads a whole attribution gives: its source and its content pieces. */
export interface SourceAndContents {
  source: Run;
  contents: Run[];
}

/** Punctuation a phrase never ends on: the comma after an apposition (`Jane Doe, the mayor's aide,`). */
const DANGLING_PUNCTUATION = new Set([',', ';', ':']);
/**
 * Punctuation a content piece never ends on outside a quotation (a quoted
 * piece keeps its own): train's annotators end 1 % of contents on a full stop.
 */
export const CONTENT_END_PUNCTUATION: ReadonlySet<string> = new Set([...DANGLING_PUNCTUATION, '.']);

/**
 * A span without the commas, semicolons and colons it starts or ends on
 * (`Brian Fallon, the campaign's press secretary,` had the comma that closes
 * the apposition; `She cautioned, however, that ...` gave the content the
 * comma before `that`). Scoring reads words only, so no figure moves; the
 * reader sees the phrase as written.
 */
export function withoutDanglingPunctuation(
  doc: Doc,
  range: TokenRange,
  marks: ReadonlySet<string> = DANGLING_PUNCTUATION,
  kept: (k: number) => boolean = () => false,
): TokenRange {
  const { lower } = doc.need('tokens');
  let first = range.first;
  let end = range.end;
  while (end - 1 > first && marks.has(lower[end - 1]) && !kept(end - 1)) end--;
  while (first < end - 1 && DANGLING_PUNCTUATION.has(lower[first]) && !kept(first)) first++;
  return end === range.end && first === range.first ? range : { first, end };
}

/**
 * A span never starts or ends inside a hyphenated word: `Ninety-one percent
 * of members`, where wink-nlp splits `Ninety`, `-`, `one` and the tagger
 * began the source at `one`, starts at `Ninety`; `The 22-year-old`, which
 * the tagger ended at `22`, ends at `old`, unless a cue begins inside it.
 */
export function withWholeWords(doc: Doc, range: TokenRange, cue: TokenRange): TokenRange {
  let first = range.first;
  while (first >= 2 && isHyphenInsideWord(doc, first - 1)) first -= 2;
  let end = range.end;
  // Never into the cue (`scorched-earth position` where the tagger began a cue at `earth`).
  while (end > first && end !== cue.first - 1 && isHyphenInsideWord(doc, end)) end += 2;
  return first === range.first && end === range.end ? range : { first, end };
}

/** Whether token k is a hyphen joined to the words on both sides of it: `closed-door`, `Ninety-one`. */
export function isHyphenInsideWord(doc: Doc, k: number): boolean {
  const { lower, start, end, count } = doc.need('tokens');
  return lower[k] === '-' && k > 0 && k + 1 < count && end[k - 1] === start[k] && end[k] === start[k + 1];
}

/** Whether tokens [from, to) hold a token of a cue other than `cue`, outside quotation marks (a quoted cue is nested). */
export function otherCueIn(view: TokenView, isCueToken: Uint8Array, cue: CueSpan, from: number, to: number): boolean {
  for (let j = from; j < to; j++) {
    if (isCueToken[j] && (j < cue.first || j >= cue.end) && !isQuoted(view, j)) return true;
  }
  return false;
}

/** The first token in [from, to) that is a quote mark or has a POS tag in `stops`; `to` when there is none. */
export function firstStop(view: TokenView, from: number, to: number, stops: ReadonlySet<string>): number {
  let k = from;
  while (k < to && !view.isQuoteMark[k] && !stops.has(posTagOf(view, k))) k++;
  return k;
}

export function quotedTokenIn(view: TokenView, run: Run): boolean {
  for (let j = run.first; j < run.end; j++) if (isQuoted(view, j)) return true;
  return false;
}

export function firstQuoteEndingAfter(quotes: readonly Span[], offset: number): number {
  return partitionPoint(quotes.length, (i) => quotes[i].end <= offset);
}

/** The quotation that opens at `offset` (the longest, if several do), in quotes sorted by start. */
export function quoteStartingAt<Q extends Span>(quotes: readonly Q[], offset: number): Q | undefined {
  const q = partitionPoint(quotes.length, (i) => quotes[i].start < offset);
  return q < quotes.length && quotes[q].start === offset ? quotes[q] : undefined;
}

export function tokenAtOrAfter(tokens: { count: number; start: Int32Array }, offset: number): number {
  return partitionPoint(tokens.count, (i) => tokens.start[i] < offset);
}

export const WEEKDAY_WORDS: ReadonlySet<string> = new Set(WEEKDAYS);

/** Whether a lower-case word ends as an English plural does (`filings`, `organizers`; not `press`). */
export function looksPlural(word: string): boolean {
  return word.endsWith('s') && !word.endsWith('ss');
}

/** Words that may stand between a cue and the full stop: `said Thursday`, `said on Friday`, `said last week`. */
export const TIME_WORDS: ReadonlySet<string> = new Set([
  ...WEEKDAYS,
  ...'today yesterday tonight on earlier later this last week month morning afternoon evening night'.split(' '),
]);

/** The token after an attribution's last cue token: `said` of `..., the Ledger reported [on] Tuesday`. */
export function tokenAfterCue(tokens: { count: number; start: Int32Array }, attribution: AttributionLayerItem): number {
  return tokenAtOrAfter(tokens, attribution.cue[attribution.cue.length - 1].end);
}

/** Words that open a relative clause set off by commas: "Mayor X, who had ..., said". */
export const RELATIVE_OPENERS = new Set(['who', 'which', 'whose', 'whom']);

export const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);
/** Prepositions that open a phrase inside a noun phrase or after a verb: `House Speaker Paul Ryan in a`. */
export const PHRASE_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in',
  'on',
  'at',
  'of',
  'for',
  'to',
  'with',
  'from',
  'by',
]);

/** Words after which a phrase tells how something was said: `, in a statement`, `, on Twitter`. */
const MANNER_OPENERS: ReadonlySet<string> = new Set(['in', 'on', 'via', 'through']);
/** What such a phrase names next: a statement, an interview, a post (`, in Republican contests,` is no manner). */
const MEDIUM_OPENERS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'his',
  'her',
  'its',
  'their',
  'twitter',
  'facebook',
  'x',
  'social',
]);

/** Whether a phrase telling how something was said (`in a statement`, `on Twitter`) opens at token k, inside [k, limit). */
export function opensMannerPhrase(lower: readonly string[], k: number, limit: number): boolean {
  return k + 1 < limit && MANNER_OPENERS.has(lower[k]) && MEDIUM_OPENERS.has(lower[k + 1]);
}

/** Where a piece [first, end) ends without a comma or conjunction left dangling at its end. */
export function endBeforeDanglingJoin(doc: Doc, view: TokenView, first: number, end: number): number {
  const lower = doc.need('tokens').lower;
  let k = end;
  while (k > first && (lower[k - 1] === ',' || posTagOf(view, k - 1) === 'CCONJ')) k--;
  return k;
}

/** Words that open a clause's subject (`the plan`, `he`, `Ortiz`): a piece opening so may be what was said. */
export const SUBJECT_OPENERS: ReadonlySet<string> = new Set(['DET', 'PRON', 'PROPN', 'NOUN', 'NUM']);
/** Parts of speech a plain noun phrase is made of: `the city's new budget`, `11 former officials`. */
export const NOUN_PHRASE_WORDS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART']);
/** Tags of a noun and the words that modify it without a determiner: `phone interview`, `defence`, `40,000 child`. */
export const NOMINAL_MODIFIER_WORDS: ReadonlySet<string> = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM']);
/** Parts of speech a subject or speaker is made of: a noun phrase or a pronoun (`the senator`, `she`). */
export const SUBJECT_PHRASE_WORDS: ReadonlySet<string> = new Set([...NOUN_PHRASE_WORDS, 'PRON']);
/** Verbs that report speech and invert after what was said (`..., said X`, `..., wrote X`). */
export const INVERTING_LEMMAS: ReadonlySet<string> = new Set([
  'say',
  'add',
  'write',
  'note',
  'explain',
  'report',
  'confirm',
  'announce',
  'tweet',
  'insist',
  'argue',
  'warn',
  'state',
  'estimate',
  'predict',
  'conclude',
]);
/** What a speaker's name or description after an inverted cue is made of: `Nora Quist`, `a senior official`. */
export const SPEAKER_PHRASE_WORDS: ReadonlySet<string> = new Set([...NOUN_PHRASE_WORDS, 'ADP', 'PUNCT']);
/** Words that open a relative clause inside a speaker phrase: `Ruiz, who chairs the panel,`. */
const SPEAKER_RELATIVE_WORDS: ReadonlySet<string> = new Set(['who', 'whose']);

/**
 * Whether tokens `first` to `end` are the speaker after a speech verb that
 * opens its sentence (`Added Mayor Lena Ruiz, who chairs the panel,`):
 * words of a noun phrase, prepositions and punctuation, then at most one
 * relative clause after a comma, with no punctuation of its own, up to `end`.
 */
export function isFrontedSpeaker(
  tokens: { lower: readonly string[]; pos: Uint8Array },
  first: number,
  end: number,
): boolean {
  for (let j = first; j < end; j++) {
    if (tokens.lower[j] === ',' && SPEAKER_RELATIVE_WORDS.has(tokens.lower[j + 1])) {
      for (let k = j + 2; k < end; k++) if (POS_TAGS[tokens.pos[k]] === 'PUNCT') return false;
      return j + 2 < end;
    }
    if (!SPEAKER_PHRASE_WORDS.has(POS_TAGS[tokens.pos[j]])) return false;
  }
  return true;
}

/** Whether a word (its POS tag, lower case) may stand inside a subject: noun-phrase words and an inner `of` (`members of staff`). */
export function inSubjectPhrase(tag: string, lower: string): boolean {
  return SUBJECT_PHRASE_WORDS.has(tag) || lower === 'of';
}

/** Whether tokens [from, to) hold a finite verb (a verb or auxiliary not ending in -ing): a clause, not an opening phrase. */
export function hasFiniteVerb(doc: Doc, from: number, to: number): boolean {
  const { pos, lower } = doc.need('tokens');
  for (let j = from; j < to; j++) {
    const tag = POS_TAGS[pos[j]];
    if ((tag === 'VERB' || tag === 'AUX') && !lower[j].endsWith('ing')) return true;
  }
  return false;
}

/** A letter or a digit. */
const WORD_CHARACTER = /[\p{L}\p{N}]/u;

function isWordCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
}

/** Per document, for each token: 0 not yet read, 1 a word, 2 not. */
const wordTokens = new WeakMap<Doc, Uint8Array>();

/**
 * Whether token k has a letter or a digit (a word, not punctuation); read
 * once per token, since linking asks for every cue.
 */
export function isWordToken(doc: Doc, k: number): boolean {
  let flags = wordTokens.get(doc);
  if (!flags) {
    flags = new Uint8Array(doc.need('tokens').count);
    wordTokens.set(doc, flags);
  }
  if (flags[k] === 0) {
    const { start, end } = doc.need('tokens');
    let word = false;
    for (let i = start[k]; i < end[k] && !word; i++) {
      const code = doc.text.charCodeAt(i);
      word = code < 128 ? isWordCode(code) : WORD_CHARACTER.test(doc.text.slice(start[k], end[k]));
    }
    flags[k] = word ? 1 : 2;
  }
  return flags[k] === 1;
}

/** Whether any token of the run is a word. */
export function hasWordToken(doc: Doc, run: TokenRange): boolean {
  for (let k = run.first; k < run.end; k++) if (isWordToken(doc, k)) return true;
  return false;
}

/**
 * Conjunctions that open a subordinate clause: the list of speakers after
 * one is its subject (`Though media reports and party sources described`),
 * and a `that` before one opens a reported clause (`that while the aides
 * were careless, ...`).
 */
export const CLAUSE_OPENING_CONJUNCTIONS: ReadonlySet<string> = new Set([
  'though',
  'although',
  'while',
  'because',
  'when',
  'whereas',
]);

/** Words a sentence may open with before the content proper: `But the plan failed, she said.` */
export const LEADING_CONJUNCTIONS: ReadonlySet<string> = new Set(['but', 'and', 'yet', 'so', 'or']);

/** The first token of the sentence past its leading conjunctions, up to `limit`. */
export function afterLeadingConjunctions(lower: readonly string[], sentence: Sentence, limit: number): number {
  let opening = sentence.firstToken;
  while (opening < limit && LEADING_CONJUNCTIONS.has(lower[opening])) opening++;
  return opening;
}
