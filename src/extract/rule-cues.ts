import { type Doc, isUpperCaseAt, memoByObject, POS_TAGS, type Quote, type TokenLayer } from '../core/index.js';
import { DOUBLE_MARK } from '../text/quotes.js';
import { transcriptTags } from '../text/transcripts.js';
import type { CueSpan } from './cue-tagger.js';
import {
  afterLeadingConjunctions,
  hasFiniteVerb,
  INVERTING_LEMMAS,
  isFrontedSpeaker,
  looksPlural,
  TIME_WORDS,
  tokenAtOrAfter,
} from './link/runs.js';

// Cues the cue tagger cannot find: it never starts a cue on a preposition,
// and reads a verb that wink-nlp tagged as a noun as a noun.

/** Nouns that name a poll as the source of its findings. */
const SURVEY_NOUNS = new Set(['poll', 'survey']);
/** Words that may stand between `in` and the poll: `a new Washington Post-ABC News`, `Monday's`, `the 50-state`. */
const BEFORE_SURVEY_TAGS = new Set(['DET', 'ADJ', 'PROPN', 'NOUN', 'NUM', 'PART']);
/** Marks inside a pollster's name: `Post-ABC`, `CNN/ORC`. */
const NAME_MARKS = new Set(['-', '/', '–']);
/** Most words between `in` and the poll's noun. */
const MAX_WORDS_BEFORE_SURVEY = 10;
/** Verbs that describe the poll rather than make it a subject: `a poll released Sunday`. */
export const SURVEY_PARTICIPLES = new Set([
  'released',
  'conducted',
  'taken',
  'published',
  'fielded',
  'commissioned',
  'sponsored',
  'completed',
  'carried',
  'done',
]);
/** Words after the poll looked at for a verb whose subject would hold it (`voters in the poll said`). */
const MAX_WORDS_AFTER_SURVEY = 8;

/**
 * A margin for a cue these rules find, which the calibration reads as the
 * tagger's: about the cue tagger's median margin on held-out train (10 and
 * 60 gave the same figures there).
 */
const RULE_CUE_MARGIN = 30;

/**
 * PolNeAR's annotators read a poll as a source whose cue is the preposition
 * that introduces it: `In a Washington Post-ABC News poll released Sunday,
 * Clinton led ...` (cue `In`, source the poll, content the clause). The cue
 * tagger never starts a cue on a preposition, so these cues come from here:
 * `in` before a phrase headed by `poll` or `survey`, unless a verb follows
 * the poll in its clause, which makes it part of a subject (`78 percent of
 * voters in a recent poll said`, where `said` is the cue). Returns `cues`
 * with the new ones among them, in text order.
 */
export function withSurveyCues(doc: Doc, cues: CueSpan[]): CueSpan[] {
  const tokens = doc.need('tokens');
  const tagOf = (i: number) => POS_TAGS[tokens.pos[i]];
  const found: CueSpan[] = [];
  for (let i = 0; i < tokens.count; i++) {
    if (tokens.lower[i] !== 'in' || isCovered(cues, i)) continue;
    const sentence = tokens.sentence[i];
    const inSentence = (k: number) => k < tokens.count && tokens.sentence[k] === sentence;
    let head = -1;
    for (let k = i + 1; k <= i + MAX_WORDS_BEFORE_SURVEY && inSentence(k); k++) {
      if (SURVEY_NOUNS.has(tokens.lower[k]) && k > i + 1) {
        head = k;
        break;
      }
      if (!BEFORE_SURVEY_TAGS.has(tagOf(k)) && !NAME_MARKS.has(tokens.lower[k])) break;
    }
    if (head < 0) continue;
    // `poll numbers`, `survey data`: the poll is not the head of the phrase.
    if (inSentence(head + 1) && tagOf(head + 1) === 'NOUN') continue;
    if (verbAfterSurvey(doc, head)) continue;
    found.push({ first: i, end: i + 1, margin: RULE_CUE_MARGIN });
  }
  return withFound(cues, found);
}

/** Whether a verb other than a poll's participle follows the poll's noun at `head` in its clause (`voters in the poll said`). */
function verbAfterSurvey(doc: Doc, head: number): boolean {
  const tokens = doc.need('tokens');
  const sentence = tokens.sentence[head];
  for (let k = head + 1; k <= head + MAX_WORDS_AFTER_SURVEY && k < tokens.count; k++) {
    if (tokens.sentence[k] !== sentence || tokens.lower[k] === ',') return false;
    const tag = POS_TAGS[tokens.pos[k]];
    if ((tag === 'VERB' || tag === 'AUX') && !SURVEY_PARTICIPLES.has(tokens.lower[k])) return true;
  }
  return false;
}

/** Reporting verbs wink-nlp tags as plural nouns after a name: `CNN reports`, `Smith notes`. */
const REPORTING_PLURALS = new Set(['reports', 'notes']);
/** What may follow such a verb: a clause (`that`, a subject) or the end of its clause. */
const AFTER_REPORTING_TAGS = new Set(['DET', 'PRON', 'PROPN', 'NUM', 'SCONJ']);
const CLAUSE_END_MARKS = new Set(['.', ',', ':']);

/**
 * `..., the Daily Caller reports.` and `Breitbart reports the two had fallen
 * out`: wink-nlp reads `reports` after a name as a plural noun, which the
 * cue tagger rarely takes for a cue (in PolNeAR train such a `reports` or
 * `notes` is a cue 16 times in 19 when a clause or the clause's end
 * follows). Returns `cues` with these among them, in text order.
 */
export function withReportingNounCues(doc: Doc, cues: CueSpan[]): CueSpan[] {
  const tokens = doc.need('tokens');
  const tagOf = (i: number) => POS_TAGS[tokens.pos[i]];
  const found: CueSpan[] = [];
  for (let i = 1; i + 1 < tokens.count; i++) {
    if (!REPORTING_PLURALS.has(tokens.lower[i]) || tagOf(i) !== 'NOUN' || tagOf(i - 1) !== 'PROPN') continue;
    const next = i + 1;
    const clauseFollows = AFTER_REPORTING_TAGS.has(tagOf(next)) || tokens.lower[next] === 'that';
    if (!clauseFollows && !CLAUSE_END_MARKS.has(tokens.lower[next])) continue;
    if (isCovered(cues, i)) continue;
    found.push({ first: i, end: i + 1, margin: RULE_CUE_MARGIN });
  }
  return withFound(cues, found);
}

/**
 * `It is understood that the council will vote next month.`: an impersonal
 * passive of report or belief before a `that` clause attributes the clause
 * to no one, the shape of anonymous sourcing an editor looks for; PolNeAR's
 * annotators mark the words up to the participle as the cue (`it is said`).
 * The tagger, which sees `it` as a subject, seldom finds them. Returns `cues`
 * with these among them, in text order.
 */
export function withImpersonalReportCues(doc: Doc, cues: CueSpan[]): CueSpan[] {
  const tokens = doc.need('tokens');
  const found: CueSpan[] = [];
  for (let i = 0; i + 3 < tokens.count; i++) {
    if (tokens.lower[i] !== 'it') continue;
    let k = i + 1;
    if (!IMPERSONAL_BE.has(tokens.lower[k])) continue;
    if (tokens.lower[k + 1] === 'been') k++;
    else if (tokens.lower[k] === 'has') continue; // `It has said that ...`: an active cue whose subject is `it`
    const participle = k + 1;
    if (!IMPERSONAL_PARTICIPLES.has(tokens.lower[participle])) continue;
    const next = participle + 1;
    // `..., it is understood.`: the same cue after its clause.
    const afterClause = i > 0 && tokens.lower[i - 1] === ',' && CLAUSE_END_MARKS.has(tokens.lower[next]);
    if (tokens.lower[next] !== 'that' && !afterClause) continue;
    if (tokens.sentence[next] !== tokens.sentence[i]) continue;
    if (overlapsCue(cues, i, participle)) continue;
    found.push({ first: i, end: participle + 1, margin: RULE_CUE_MARGIN });
  }
  return withFound(cues, found);
}

/**
 * `Kessler is understood to have agreed terms.`, `The minister is said to
 * be furious.`: a passive of report between a subject and an
 * infinitive attributes the claim to no one, the anonymous sourcing of
 * British and sports copy; the tagger reads the infinitive's verb as the
 * cue and its `to have` as a source. The cue is the verb `be` and the
 * participle (PolNeAR's `is said`, `were known`), an adverb between them
 * included (`is widely believed`); `subjectsOfPassiveReports` gives the
 * content its subject. Returns `cues` with these among them, in text order.
 */
export function withPassiveReportCues(doc: Doc, cues: CueSpan[]): CueSpan[] {
  const tokens = doc.need('tokens');
  const found: CueSpan[] = [];
  for (let i = 1; i + 3 < tokens.count; i++) {
    if (!PASSIVE_BE.has(tokens.lower[i]) || tokens.lower[i - 1] === 'it') continue;
    let participle = i + 1;
    if (POS_TAGS[tokens.pos[participle]] === 'ADV') participle++;
    if (!RAISED_REPORT_PARTICIPLES.has(tokens.lower[participle]) || tokens.lower[participle + 1] !== 'to') continue;
    const verb = POS_TAGS[tokens.pos[participle + 2]];
    if (verb !== 'VERB' && verb !== 'AUX') continue;
    if (tokens.sentence[participle + 2] !== tokens.sentence[i]) continue;
    if (overlapsCue(cues, i, participle)) continue;
    found.push({ first: i, end: participle + 1, margin: RULE_CUE_MARGIN });
  }
  return withFound(cues, found);
}

const PASSIVE_BE = new Set(['is', 'are', 'was', 'were']);

/** Participles of report and belief in the passive: `it is said that`, `the firm is said to` (link/document.ts). */
export const REPORT_PARTICIPLES: readonly string[] = [
  'said',
  'believed',
  'thought',
  'understood',
  'reported',
  'alleged',
  'rumored',
  'rumoured',
];
/**
 * Of those, the ones of report: PolNeAR's annotators mark `is said to` (4
 * of 4 in train) but no raised `is believed to` or `is thought to` (0 of 4).
 */
const RAISED_REPORT_PARTICIPLES = new Set(['said', 'understood', 'reported', 'alleged', 'rumored', 'rumoured']);
const IMPERSONAL_BE = new Set(['is', 'was', 'has', "'s"]);
const IMPERSONAL_PARTICIPLES = new Set([...REPORT_PARTICIPLES, 'claimed', 'feared']);

/**
 * In an interview transcript each turn is an attribution whose cue is the
 * colon after its speaker tag, as PolNeAR's annotators mark it (source `A`,
 * cue `:`): the tagger seldom reads a colon so. Returns `cues` with these
 * among them, in text order.
 */
export function withTranscriptCues(doc: Doc, cues: CueSpan[]): CueSpan[] {
  const found: CueSpan[] = [];
  for (const tag of transcriptTags(doc)) {
    const colon = tag + 1;
    if (!isCovered(cues, colon)) found.push({ first: colon, end: colon + 1, margin: RULE_CUE_MARGIN });
  }
  return withFound(cues, found);
}

/** Words of the speaker between a quotation and its verb: `the chief`, `Police Chief Marsh`, `a spokeswoman for the city`. */
const QUOTE_SPEAKER_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART', 'PRON', 'ADP']);
/** The longest speaker read between a quotation and its verb. */
const MAX_QUOTE_SPEAKER_TOKENS = 8;

/** Past the few words of a speaker from token `from` (`the chief`, `a spokeswoman for the city`), before `limit`. */
function pastSpeakerWords(tokens: TokenLayer, from: number, limit: number): number {
  let k = from;
  while (k < limit && k - from < MAX_QUOTE_SPEAKER_TOKENS && QUOTE_SPEAKER_TAGS.has(POS_TAGS[tokens.pos[k]])) k++;
  return k;
}

/** What may follow the verb of a quotation's tag, closing it. */
const AFTER_QUOTE_VERB_MARKS = new Set(['.', ',', '!', '?', ';', ':']);
/** Verbs of a quotation's tag (lemmas): how words are said, not what is thought (`forget`, `know`). */
const QUOTE_TAG_VERBS = new Set(
  `say tell reply respond answer add ask write explain note insist recall continue quip joke shout yell scream
  whisper mutter demand declare announce argue claim complain warn concede acknowledge admit agree counter retort
  tweet post remark observe state exclaim cry plead urge promise predict suggest boast confirm deny testify wonder
  lament muse scoff snap reason caution stress emphasize emphasise repeat marvel laugh sigh`.split(/\s+/),
);

/** Whether a lemma is a verb of saying or of a report (`say`, `add`, `report`): what a participle after it goes on with. */
export function isReportingLemma(lemma: string): boolean {
  return QUOTE_TAG_VERBS.has(lemma) || lemma === 'report';
}

/**
 * `"We have no evidence of that," the chief replied.`: a quotation closed
 * by a comma (or `?`, `!`) and followed by its speaker and a verb of speech
 * that ends the tag is an attribution by its form alone; the tagger misses
 * some where wink-nlp misreads the speaker (`chief` as an adjective).
 * Returns `cues` with these among them, in text order.
 */
export function withQuoteTagCues(doc: Doc, cues: CueSpan[]): CueSpan[] {
  const tokens = doc.need('tokens');
  const found: CueSpan[] = [];
  for (const quote of doc.need('quotes')) {
    const verb = quoteTagVerb(doc, quote);
    if (verb < 0 || isCovered(cues, verb)) continue;
    // `..." Sanders said, according to CNN.`: PolNeAR gives the words to the outlet alone.
    if (isAccordingToAfter(tokens, verb)) continue;
    found.push({ first: verb, end: verb + 1, margin: RULE_CUE_MARGIN });
  }
  return withFound(cues, found);
}

/**
 * The verb of the tag right after a quotation (`"...," the chief replied`):
 * the quotation closes with a comma (`?`, `!`), a few words of the speaker
 * follow in its sentence, then a verb of speech that ends the tag; -1 when
 * the quotation has no such tag.
 */
export function quoteTagVerb(doc: Doc, quote: Quote): number {
  const tokens = doc.need('tokens');
  const tagOf = (i: number) => POS_TAGS[tokens.pos[i]];
  if (!quote.closed) return -1;
  const closing = doc.text.slice(Math.max(quote.inner.end - 1, quote.start), quote.inner.end);
  if (!/[,?!]/.test(closing)) return -1;
  const after = tokenAtOrAfter(tokens, quote.end);
  const sentence = tokens.sentence[after];
  const verb = pastSpeakerWords(tokens, after, tokens.count);
  if (verb === after || verb >= tokens.count || tokens.sentence[verb] !== sentence) return -1;
  if (tagOf(verb) !== 'VERB' || !QUOTE_TAG_VERBS.has(tokens.lemma[verb])) return -1;
  if (tokens.lower[verb - 1] === 'you' || tokens.lower[verb - 1] === 'it') return -1;
  // The tag ends at the verb (the sentence's end, a comma), not `applauded loudly`; where it was
  // said and when may come between (`she posted on X on Friday.`).
  const next = pastTagSetting(tokens, verb + 1, sentence, tokens.lemma[verb] === 'tell');
  if (next < tokens.count && tokens.sentence[next] === sentence && !AFTER_QUOTE_VERB_MARKS.has(tokens.lower[next])) {
    return -1;
  }
  return verb;
}

/** Prepositions of where a tag's words went: `posted on X`, `told reporters in Dover`, `said to the BBC`. */
const TAG_SETTING_PREPOSITIONS = new Set(['on', 'to', 'in']);
/** Words of a setting's object: `X`, `the BBC`, `his Instagram account`. */
const TAG_SETTING_WORDS = new Set(['DET', 'PROPN', 'NOUN', 'PART', 'PRON', 'ADJ']);
/** The longest setting read after a tag's verb. */
const MAX_TAG_SETTING_TOKENS = 5;

/**
 * Past a setting (`on X`, or the one told after `told`) and time words (`on
 * Friday`) from token k in the sentence; k when there are none.
 */
function pastTagSetting(tokens: TokenLayer, k: number, sentence: number, told: boolean): number {
  let j = k;
  const inSentence = (i: number) => i < tokens.count && tokens.sentence[i] === sentence;
  // The setting's object: right after `told`, else after its preposition.
  const object = told ? j : j + 1;
  const opensSetting = told || TAG_SETTING_PREPOSITIONS.has(tokens.lower[j]);
  if (inSentence(j) && opensSetting && !TIME_WORDS.has(tokens.lower[object])) {
    let end = object;
    while (inSentence(end) && end - j <= MAX_TAG_SETTING_TOKENS && TAG_SETTING_WORDS.has(POS_TAGS[tokens.pos[end]]))
      end++;
    if (end > object) j = end;
  }
  while (inSentence(j) && TIME_WORDS.has(tokens.lower[j])) j++;
  return j;
}

/**
 * `The couple have separated, a representative for the couple confirmed to
 * StarBeat Weekly on Thursday.`: a clause, a comma, a speaker and a verb of
 * saying that ends the sentence (where and when aside) is an inverted report;
 * the tagger misses some where the setting runs on, and some where a
 * document reports (`Output fell, official figures showed on Wednesday.`,
 * `..., a large study found.`). Returns `cues` with these among them, in
 * text order.
 */
export function withInvertedReportCues(doc: Doc, cues: CueSpan[]): CueSpan[] {
  const tokens = doc.need('tokens');
  const found: CueSpan[] = [];
  for (const sentence of doc.need('sentences')) {
    const last = sentence.endToken - 1;
    if (last < 3 || !SENTENCE_END_MARKS.has(tokens.lower[last])) continue;
    let comma = last - 1;
    while (comma > sentence.firstToken && tokens.lower[comma] !== ',') comma--;
    if (comma <= sentence.firstToken + 1) continue;
    const misread = verbReadAsNoun(tokens, comma, last);
    const verb = misread ?? pastSpeakerWords(tokens, comma + 1, last);
    if (verb === comma + 1 || verb >= last || (misread === undefined && POS_TAGS[tokens.pos[verb]] !== 'VERB'))
      continue;
    // A speaker names someone (`, to tell you the truth.` has none).
    if (tokens.lower[verb - 1] === 'to' || !hasNominal(tokens, comma + 1, verb)) continue;
    if (
      !INVERTED_REPORT_LEMMAS.has(tokens.lemma[verb]) ||
      tokens.lower[verb].endsWith('ing') ||
      isCovered(cues, verb)
    ) {
      continue;
    }
    if (pastTagSetting(tokens, verb + 1, tokens.sentence[verb], tokens.lemma[verb] === 'tell') !== last) continue;
    if (!hasFiniteVerb(doc, sentence.firstToken, comma)) continue;
    found.push({ first: verb, end: verb + 1, margin: RULE_CUE_MARGIN });
  }
  return withFound(cues, found);
}

/** Report verbs wink-nlp reads as nouns after a plural at a sentence's end (`..., court filings show.`). */
const REPORT_VERBS_READ_AS_NOUNS = new Set(['show']);

/**
 * `Sales rose, figures from the trade group show.`: the last word before the
 * end mark at `last`, when it is such a verb read as a noun right after
 * another and a plural noun (its subject) comes after the comma; undefined
 * otherwise.
 */
function verbReadAsNoun(tokens: TokenLayer, comma: number, last: number): number | undefined {
  const verb = last - 1;
  if (verb - 1 <= comma || !REPORT_VERBS_READ_AS_NOUNS.has(tokens.lower[verb])) return undefined;
  if (POS_TAGS[tokens.pos[verb]] !== 'NOUN' || POS_TAGS[tokens.pos[verb - 1]] !== 'NOUN') return undefined;
  for (let k = comma + 1; k < verb; k++) if (isPluralNoun(tokens, k)) return verb;
  return undefined;
}

function isPluralNoun(tokens: TokenLayer, k: number): boolean {
  const word = tokens.lower[k];
  return POS_TAGS[tokens.pos[k]] === 'NOUN' && (looksPlural(word) || word === 'data');
}

const SENTENCE_END_MARKS = new Set(['.', '!', '?']);
const NOMINAL_TAGS = new Set(['NOUN', 'PROPN', 'PRON']);

function hasNominal(tokens: TokenLayer, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (NOMINAL_TAGS.has(POS_TAGS[tokens.pos[k]])) return true;
  return false;
}

/**
 * Verbs that end an inverted report (lemmas): not `continued` or `reporting`
 * (`100 percent of precincts reporting`); a rule cue's, so wider than the
 * inverted speaker's (`INVERTING_LEMMAS`, link/sources.ts) in verbs of
 * answering and admitting, narrower in those of estimating.
 */
const INVERTED_REPORT_LEMMAS = new Set(
  'say tell confirm report add write announce state explain note insist warn argue claim acknowledge admit agree tweet post reply respond show find suggest'.split(
    ' ',
  ),
);

/** `said, according to ...`: `according` comes right after the mark that ends the tag at `verb`. */
export function isAccordingToAfter(tokens: TokenLayer, verb: number): boolean {
  return tokens.lower[verb + 2] === 'according';
}

/** Texts that "state" what they say: `the draft states that`, `the ad states.` */
const STATING_TEXTS = new Set(
  `document draft guidance ad advert advertisement website site filing statement letter memo report law bill policy
  rule order lawsuit suit complaint indictment motion contract agreement constitution platform manifesto release note
  notice post email message warrant affidavit ruling plan proposal study paper page sign label text article section
  clause act code regulation resolution charter treaty declaration guideline guidelines voice-over`.split(/\s+/),
);
/** What follows a `states` that is a verb of saying: `that`, the end of its clause, a quotation. */
const AFTER_STATES = new Set(['that', ',', '.', ':', ';', '"', '“']);

/**
 * `The 84-page draft states that ...`, `..., the guidance states.`: wink-nlp
 * reads `states` as the plural noun, so the tagger never takes it for a cue
 * (PolNeAR marks it one). After a text noun and before `that`, a quotation or
 * the clause's end it is the verb; `the battleground states that` has no text
 * noun before it. Returns `cues` with these among them, in text order.
 */
export function withStatesCues(doc: Doc, cues: CueSpan[]): CueSpan[] {
  const tokens = doc.need('tokens');
  const found: CueSpan[] = [];
  for (let i = 1; i + 1 < tokens.count; i++) {
    if (tokens.lower[i] !== 'states' || isCovered(cues, i)) continue;
    if (!STATING_TEXTS.has(tokens.lower[subjectEndBefore(tokens, i)]) || !AFTER_STATES.has(tokens.lower[i + 1]))
      continue;
    found.push({ first: i, end: i + 1, margin: RULE_CUE_MARGIN });
  }
  return withFound(cues, found);
}

/** The longest aside set off by commas between a subject and its verb: `The draft, dated Nov. 3, states`. */
const MAX_ASIDE_TOKENS = 8;

/** The token ending the subject of the verb at `verb`: the one before it, or before an aside in commas. */
function subjectEndBefore(tokens: TokenLayer, verb: number): number {
  if (tokens.lower[verb - 1] !== ',') return verb - 1;
  for (let k = verb - 2; k > 0 && verb - k <= MAX_ASIDE_TOKENS; k--) if (tokens.lower[k] === ',') return k - 1;
  return verb - 1;
}

/** A cue of the one word `in`: only `withSurveyCues` makes one (the tagger never starts a cue on a preposition). */
export function isSurveyCue(doc: Doc, cue: CueSpan): boolean {
  return cue.end - cue.first === 1 && doc.need('tokens').lower[cue.first] === 'in';
}

/** Nouns of the parties `per` can name, bare in the plural: `per sources`, `per league officials`, `per reports`. */
const PER_SOURCE_NOUNS = new Set(
  'sources source officials official people person reports report documents filings filing records data statement league team club insiders executives'.split(
    ' ',
  ),
);
/** Most tokens from `per` to the comma or full stop that closes its source. */
const MAX_PER_PHRASE_TOKENS = 11;

/**
 * `Per sources close to the talks, Rovers have agreed terms.` and `..., per
 * league sources.`: `per` naming who says it, at a sentence's start before a
 * comma or after a comma up to its end, is a cue (as `according to` is;
 * PolNeAR has one, `per CTV News`). Its phrase names a party (a capitalised
 * name, or one of PER_SOURCE_NOUNS) with a determiner or in the plural, not
 * a unit (`per person`, `per capita`, `$4 per gallon`): a determiner, a name or
 * a plural head, and no verb.
 */
export function withPerCues(doc: Doc, cues: CueSpan[]): CueSpan[] {
  const tokens = doc.need('tokens');
  const sentences = doc.need('sentences');
  const tagOf = (i: number) => POS_TAGS[tokens.pos[i]];
  const found: CueSpan[] = [];
  for (let i = 0; i + 1 < tokens.count; i++) {
    if (tokens.lower[i] !== 'per' || isCovered(cues, i)) continue;
    const sentence = sentences[tokens.sentence[i]];
    const opens = i === sentence.firstToken;
    if (!opens && tokens.lower[i - 1] !== ',') continue;
    // Bounded: a megabyte of `per per per ...` stays linear.
    const limit = Math.min(sentence.endToken, i + MAX_PER_PHRASE_TOKENS + 1);
    let end = i + 1;
    while (end < limit && tokens.lower[end] !== ',' && tagOf(end) !== 'PUNCT') end++;
    // Opening: the phrase ends at a comma; closing: at the sentence's last mark.
    if (opens ? tokens.lower[end] !== ',' : end !== sentence.endToken - 1) continue;
    if (end - i > MAX_PER_PHRASE_TOKENS || end === i + 1) continue;
    const phrase = Array.from({ length: end - i - 1 }, (_, k) => i + 1 + k);
    if (phrase.some((k) => tagOf(k) === 'VERB' || tagOf(k) === 'AUX' || tagOf(k) === 'NUM')) continue;
    const first = i + 1;
    const named = phrase.some((k) => tagOf(k) === 'PROPN');
    const party = phrase.some((k) => PER_SOURCE_NOUNS.has(tokens.lower[k]));
    const determined = tagOf(first) === 'DET' || tagOf(first) === 'PROPN' || tokens.lower[end - 1].endsWith('s');
    if (!(named || party) || !determined) continue;
    found.push({ first: i, end: i + 1, margin: RULE_CUE_MARGIN });
  }
  return withFound(cues, found);
}

/** Dashes that sign a quotation off with its speaker's name. */
const SIGN_OFF_DASHES = new Set(['―', '—', '–', '-', '--']);
/** The longest name a sign-off gives: `Julie A. Diaz Martinez`, `Senate Majority Leader Mitch McConnell`. */
const MAX_SIGN_OFF_NAME_TOKENS = 6;

/** A quotation signed off by a dash and its speaker's name: the dash's token, the quotation and where the name ends. */
export interface SignOff {
  dash: number;
  quote: Quote;
  /** The name's tokens: [dash + 1, nameEnd). */
  nameEnd: number;
}

/**
 * `“We will not move.” ― Ana Ruiz`, or a paragraph `- Sen. Ada Voss.` after
 * a paragraph that is a quotation: reader responses, fact checks and
 * embedded tweets sign a quotation off with a dash and the speaker's name,
 * and PolNeAR's annotators make the dash the cue, the name the source and
 * the quotation the content (11 in train, 26 in dev, none found by the
 * tagger). Returns `cues` with these dashes among them, in text order.
 */
export function withSignOffCues(doc: Doc, cues: CueSpan[]): CueSpan[] {
  const found: CueSpan[] = [];
  for (const { dash } of signOffs(doc)) {
    if (!isCovered(cues, dash)) found.push({ first: dash, end: dash + 1, margin: RULE_CUE_MARGIN });
  }
  return withFound(cues, found);
}

/** Words a fronted verb's speaker may open with: `Mayor Ruiz`, `one commuter`, `the agency's chief`. */
const SPEAKER_OPENING_TAGS = new Set(['PROPN', 'NOUN', 'DET', 'ADJ', 'NUM']);
/** The most tokens between a fronted verb and the mark before its quotation. */
const MAX_FRONTED_SPEAKER_TOKENS = 16;

/**
 * `Added Mayor Lena Ruiz, who chairs the panel, "We will not raise fares."`:
 * an inflected speech verb that inverts (`said`, `added`, `wrote`...),
 * capitalized, opening its sentence, then its speaker (`isFrontedSpeaker`),
 * then a colon or a comma right before a quotation. The tagger, which sees
 * this order rarely, misses some (it found train's four);
 * `frontedCueSpeaker` splits the speaker from the quotation. Returns `cues`
 * with these among them, in text order.
 */
export function withFrontedSpeechCues(doc: Doc, cues: CueSpan[]): CueSpan[] {
  const tokens = doc.need('tokens');
  const sentences = doc.need('sentences');
  const found: CueSpan[] = [];
  for (const quote of doc.need('quotes')) {
    const punctuation = tokenAtOrAfter(tokens, quote.start) - 1;
    if (punctuation < 2 || (tokens.lower[punctuation] !== ',' && tokens.lower[punctuation] !== ':')) continue;
    const verb = sentences[tokens.sentence[punctuation]].firstToken;
    const speakerTokens = punctuation - verb - 1;
    if (speakerTokens < 1 || speakerTokens > MAX_FRONTED_SPEAKER_TOKENS || isCovered(cues, verb)) continue;
    const word = tokens.lower[verb];
    if (!INVERTING_LEMMAS.has(tokens.lemma[verb]) || word === tokens.lemma[verb] || word.endsWith('ing')) continue;
    if (!isUpperCaseAt(doc.text, tokens.start[verb]) || !SPEAKER_OPENING_TAGS.has(POS_TAGS[tokens.pos[verb + 1]])) {
      continue;
    }
    if (isFrontedSpeaker(tokens, verb + 1, punctuation)) {
      found.push({ first: verb, end: verb + 1, margin: RULE_CUE_MARGIN });
    }
  }
  return withFound(cues, found);
}

/** Verbs of an outlet's report fronted by `as ... by`: `As reported by the Ledger, ...`. */
const FRONTED_REPORT_VERBS = new Set(['reported', 'noted', 'revealed', 'detailed']);

/**
 * `As reported by the Kestrel Times, the mill will close.`: a sentence
 * opening with `as`, a report's participle (past adverbs: `As first
 * reported by`) and `by` credits the outlet after `by` with the rest of the
 * sentence (train's annotators mark 7 of its 8; `asReportedByClause` links
 * it). The fixed taggers missed 6 on held-out train, where one outlet's
 * house style opens paragraphs so (held-out train, fixed taggers: cue exact
 * +0.0006 and +0.0007, source +0.0014, content exact +0.0011, relation
 * +0.0013 on the two seeds of the split that holds that outlet's stories,
 * nothing moved on the other). Returns `cues` with these among them, in
 * text order.
 */
export function withAsReportedByCues(doc: Doc, cues: CueSpan[]): CueSpan[] {
  const tokens = doc.need('tokens');
  const found: CueSpan[] = [];
  for (const sentence of doc.need('sentences')) {
    let k = afterLeadingConjunctions(tokens.lower, sentence, sentence.endToken);
    if (k >= sentence.endToken || tokens.lower[k] !== 'as') continue;
    k++;
    while (k < sentence.endToken && POS_TAGS[tokens.pos[k]] === 'ADV') k++;
    if (k + 1 >= sentence.endToken || !FRONTED_REPORT_VERBS.has(tokens.lower[k]) || tokens.lower[k + 1] !== 'by')
      continue;
    if (!isCovered(cues, k)) found.push({ first: k, end: k + 1, margin: RULE_CUE_MARGIN });
  }
  return withFound(cues, found);
}

/** Words of a speaker named before a colon: `Republican pollster Daron Shaw`, `Frank Newport and Jim Harter`. */
const COLON_SPEAKER_TAGS = new Set(['PROPN', 'NOUN', 'ADJ', 'CCONJ', 'PART', 'DET']);
/** The longest speaker read back from a colon. */
const MAX_COLON_SPEAKER_TOKENS = 8;

/**
 * `- Carl Bialik: "One of the biggest lessons ..."`, `Clinton: "Our goal is
 * ..."`: a name right before a colon and an opening quotation, with no cue
 * or preposition before it (`telling Breitbart London:`, `said of Sanders:`,
 * `According to HuffPo:` have their own cue), quotes the name; PolNeAR's
 * annotators mark the colon as the cue (15 times in train against 4), which
 * the tagger seldom reads so (held-out train, fixed taggers: source and
 * content exact, content overlap and relation +0.0014 to +0.0023 on the two
 * seeds of the split that holds train's newsletter digests, nothing moved on
 * the other; a colon cue has no word, so cue exact cannot move). A name
 * inside a quotation is quoted words (`"@handle: "..."` in a retweet).
 * Returns `cues` with these among them, in text order.
 */
export function withNameColonCues(doc: Doc, cues: CueSpan[]): CueSpan[] {
  const tokens = doc.need('tokens');
  const found: CueSpan[] = [];
  // Where the quotations before this one end: a name inside one is quoted words (`"@handle: "..."` in a retweet).
  let quotedUpTo = -1;
  for (const quote of doc.need('quotes')) {
    const colon = tokenAtOrAfter(tokens, quote.start) - 1;
    const insideQuote = colon >= 0 && quotedUpTo > tokens.start[colon];
    quotedUpTo = Math.max(quotedUpTo, quote.end);
    if (colon < 1 || tokens.lower[colon] !== ':' || isCovered(cues, colon) || insideQuote) continue;
    // wink-nlp reads some surnames as common nouns (`Lena Park`): capitalised, they are names.
    const last = POS_TAGS[tokens.pos[colon - 1]];
    if (last !== 'PROPN' && !(last === 'NOUN' && isUpperCaseAt(doc.text, tokens.start[colon - 1]))) continue;
    const sentence = tokens.sentence[colon];
    let first = colon - 1;
    while (
      first > 0 &&
      colon - first < MAX_COLON_SPEAKER_TOKENS &&
      tokens.sentence[first - 1] === sentence &&
      COLON_SPEAKER_TAGS.has(POS_TAGS[tokens.pos[first - 1]]) &&
      !isCovered(cues, first - 1)
    ) {
      first--;
    }
    const before = first - 1;
    if (before >= 0 && tokens.sentence[before] === sentence) {
      if (isCovered(cues, before) || POS_TAGS[tokens.pos[before]] === 'ADP') continue;
    }
    found.push({ first: colon, end: colon + 1, margin: RULE_CUE_MARGIN });
  }
  return withFound(cues, found);
}

/**
 * The document's signed-off quotations, in text order: a closed quotation
 * that is a sentence of its own (it opens a sentence, or follows the name of
 * the sign-off before it, and ends with its sentence's punctuation), then a
 * dash after nothing but spaces, then a name that ends its line or comes
 * before a comma, a full stop or the next quotation. Left out: `called him
 * "my African American." - Reuters.` (a credit after a quoted phrase) and a
 * subhead between dashes after a quotation (`– Ready to quiz Trump –`).
 */
export const signOffs: (doc: Doc) => readonly SignOff[] = memoByObject((doc: Doc) => {
  // Memoized: linking asks for it with every one-word cue.
  const tokens = doc.need('tokens');
  const found: SignOff[] = [];
  let lastNameEnd = -1;
  for (const quote of doc.need('quotes')) {
    if (!quote.closed || !SENTENCE_END_INSIDE.test(doc.text.slice(quote.inner.start, quote.inner.end))) continue;
    const afterLastName = lastNameEnd >= 0 && tokenAtOrAfter(tokens, quote.start) === lastNameEnd;
    if (!afterLastName && !OPENS_SENTENCE_BEFORE.test(doc.text.slice(Math.max(0, quote.start - 3), quote.start))) {
      continue;
    }
    const dash = tokenAtOrAfter(tokens, quote.end);
    if (dash >= tokens.count || !SIGN_OFF_DASHES.has(tokens.lower[dash])) continue;
    // Nothing but spaces and line breaks between the closing mark and the dash.
    if (doc.text.slice(quote.end, tokens.start[dash]).trim() !== '') continue;
    const nameEnd = signOffNameEnd(doc, dash);
    if (nameEnd < 0) continue;
    found.push({ dash, quote, nameEnd });
    lastNameEnd = nameEnd;
  }
  return found;
});

/** A quotation that ends its sentence: `..., he said.”`, `...?”`, `...!’”`. */
const SENTENCE_END_INSIDE = /[.!?…]['’"”]?\s*$/u;
/** What stands before a quotation that opens a sentence: the text's or a line's start, or a sentence's end and a space. */
const OPENS_SENTENCE_BEFORE = /(?:^|\n\s*|[.!?”"’)]\s+)$/u;
/** Pronouns that are no speaker's name after a dash: `― I mean, ...`. */
const NOT_NAMES = new Set(['i', 'we', 'he', 'she', 'it', 'they', 'you']);

/**
 * Where the name after a sign-off's dash ends: capitalized words in the
 * dash's paragraph (`Edwin G. Monroy`, `President Obama`), and a Twitter
 * handle in brackets after them; -1 when no name follows the dash, or when
 * the capitalized words go on into the sentence (`– An immigrant himself`).
 */
function signOffNameEnd(doc: Doc, dash: number): number {
  const tokens = doc.need('tokens');
  const paragraphOf = (k: number) => doc.need('sentences')[tokens.sentence[k]].paragraph;
  const inParagraph = (k: number) => k < tokens.count && paragraphOf(k) === paragraphOf(dash);
  let k = dash + 1;
  while (inParagraph(k) && k - dash <= MAX_SIGN_OFF_NAME_TOKENS && /^\p{Lu}/u.test(doc.text[tokens.start[k]])) k++;
  if (k === dash + 1 || NOT_NAMES.has(tokens.lower[dash + 1])) return -1;
  // `Sahil Kapur (@sahilkapur)`.
  const handle = tokens.lower[k] === '(' && tokens.lower[k + 1]?.startsWith('@') && tokens.lower[k + 2] === ')';
  if (handle && inParagraph(k + 2)) k += 3;
  const next = tokens.lower[k];
  const endsName = !inParagraph(k) || next === ',' || next === '.' || DOUBLE_MARK.test(next ?? '');
  return endsName ? k : -1;
}

/** Whether token i lies inside one of the cues. */
function isCovered(cues: readonly CueSpan[], i: number): boolean {
  return overlapsCue(cues, i, i);
}

/** Whether a cue takes in any of the tokens `first` to `last`. */
function overlapsCue(cues: readonly CueSpan[], first: number, last: number): boolean {
  return cues.some((cue) => cue.first <= last && first < cue.end);
}

/** The cues with the ones a rule found among them, in text order (`cues` itself when none was found). */
function withFound(cues: CueSpan[], found: CueSpan[]): CueSpan[] {
  if (found.length === 0) return cues;
  return [...cues, ...found].sort((a, b) => a.first - b.first);
}
