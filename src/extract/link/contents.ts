// Linking rules that settle an attribution's content pieces once the role tagger has run.

import { type Doc, isUpperCaseAt, POS_TAGS, type Sentence } from '../../core/index.js';
import { DOUBLE_MARK } from '../../text/quotes.js';
import { transcriptTags } from '../../text/transcripts.js';
import { addsToThing, type CueSpan, DURATION_NOUNS } from '../cue-tagger.js';
import { isSurveyCue, SURVEY_PARTICIPLES, signOffs } from '../rule-cues.js';
import { hasQuoteMarkIn, isCommaToken, isQuoted, PERSON_NOUN_CLASS, posTagOf, type TokenView } from '../token-view.js';
import {
  MAX_SETTING_OBJECT_TOKENS,
  MAX_SETTING_TOKENS,
  SETTING_OBJECT_WORDS,
  SETTING_PREPOSITIONS,
  settingPreposition,
} from './cues.js';
import {
  ARTICLES,
  afterLeadingConjunctions,
  CLAUSE_OPENING_CONJUNCTIONS,
  endBeforeDanglingJoin,
  endBeforeFullStop,
  firstStop,
  hasFiniteVerb,
  hasWordToken,
  inSubjectPhrase,
  isHyphenInsideWord,
  LEADING_CONJUNCTIONS,
  leastMargin,
  NOUN_PHRASE_WORDS,
  opensMannerPhrase,
  otherCueIn,
  quoteStartingAt,
  RELATIVE_OPENERS,
  type Run,
  type SourceAndContents,
  SUBJECT_OPENERS,
  SUBJECT_PHRASE_WORDS,
  TIME_WORDS,
  tokenAtOrAfter,
} from './runs.js';

/**
 * Greedy tagging sometimes drops a few words inside one content (a comma, a
 * quote mark, "but she"), leaving it in pieces. Pieces on the same side of the
 * cue with only a short gap between them, and neither cue nor source inside
 * the gap, are one content.
 */
const MAX_CONTENT_GAP_TOKENS = 10;

export function mergeContentRuns(runs: Run[], cue: CueSpan, source: Run | undefined): Run[] {
  const merged: Run[] = [];
  for (const run of runs) {
    const last = merged[merged.length - 1];
    const gapHoldsCue = last && last.end <= cue.first && run.first >= cue.end;
    const gapHoldsSource = last && source && last.end <= source.first && run.first >= source.end;
    if (last && !gapHoldsCue && !gapHoldsSource && run.first - last.end <= MAX_CONTENT_GAP_TOKENS) {
      last.end = run.end;
      last.margin = Math.min(last.margin, run.margin);
    } else {
      merged.push({ ...run });
    }
  }
  return merged;
}

/**
 * `Crews were on their way, the utility said. "Most homes will have power by
 * Tuesday," its spokesman said.`: a content that runs on past its cue's
 * sentence ends before a later sentence holding a cue of its own (outside
 * quotation marks), which owns what is said there. A content wholly in such
 * a sentence is left as it is: the tagger chose it over everything nearer
 * (held-out train: content exact +0.001 to +0.002 on each of four seeds, the
 * other figures within ±0.0005; dropping such attributions instead cost 0.001
 * of cue and source exact).
 */
export function endBeforeOtherCues(
  doc: Doc,
  view: TokenView,
  runs: Run[],
  cue: CueSpan,
  isCueToken: Uint8Array,
): Run[] {
  const sentences = doc.need('sentences');
  const ownSentence = view.sentence[cue.first];
  const ended: Run[] = [];
  for (const run of runs) {
    let end = run.end;
    for (let s = Math.max(ownSentence + 1, view.sentence[run.first]); s <= view.sentence[run.end - 1]; s++) {
      if (otherCueIn(view, isCueToken, cue, sentences[s].firstToken, sentences[s].endToken)) {
        end = Math.max(run.first, sentences[s].firstToken);
        break;
      }
    }
    if (end > run.first) ended.push(end === run.end ? run : { ...run, end });
  }
  return ended.length > 0 ? ended : runs;
}

/**
 * `"We think they got it wrong," the coach said Monday, adding that the club
 * had appealed.`: a content piece with another cue (outside quotation marks)
 * between it and its own cue is that cue's content. Such pieces are dropped,
 * unless nothing would be left (held-out train, fixed taggers: content exact
 * +0.006 to +0.008, relation +0.0007 to +0.0018 on each of four seeds; only
 * pieces after the cue: +0.004 and +0.001), except a quotation opening a
 * later sentence (`opensLaterQuotation`).
 */
export function withoutPiecesPastOtherCues(
  view: TokenView,
  runs: Run[],
  cue: CueSpan,
  isCueToken: Uint8Array,
  source?: Run,
): Run[] {
  const kept = runs.filter((run) =>
    run.first >= cue.end
      ? opensLaterQuotation(view, run, cue) || !otherCueIn(view, isCueToken, cue, cue.end, run.first)
      : !otherCueIn(view, isCueToken, cue, run.end, cue.first) &&
        !afterSharedSourcesCue(view, run, cue, isCueToken, source),
  );
  return kept.length > 0 ? kept : runs;
}

/**
 * `Dunmore called the ruling "activism" and said lawmakers would act`: a
 * piece before the cue but after another cue of the same source belongs to
 * that cue (held-out train, fixed taggers: content exact +0.0003 to +0.0005
 * on each of four seeds; relation −0.0001 to +0.0003).
 */
function afterSharedSourcesCue(view: TokenView, run: Run, cue: CueSpan, isCueToken: Uint8Array, source?: Run): boolean {
  return source !== undefined && source.end <= run.first && otherCueIn(view, isCueToken, cue, source.end, run.first);
}

/**
 * A quotation opening a later sentence stays with the cue before it, past a
 * cue in between: `"X," Senator Ilse Brandt said Wednesday, pointing out that the vote
 * was lopsided. "Y."` (held-out train, fixed taggers: content exact +0.0007
 * to +0.0015, relation +0.0000 to +0.0003 on each of four seeds).
 */
function opensLaterQuotation(view: TokenView, run: Run, cue: CueSpan): boolean {
  return view.sentence[run.first] > view.sentence[cue.first] && view.isQuoteMark[run.first] === 1;
}

/** Words of measure before a subject: `about half`, `nearly 40`, `roughly a third`. */
const APPROXIMATORS = new Set(['about', 'around', 'nearly', 'almost', 'roughly', 'some', 'only', 'just', 'over']);

/**
 * `"...," the campaign manager said in an interview`: the object of a preposition that ends
 * the cue or follows it is narration, not content, though it opens like a
 * subject (held-out train, fixed taggers: content exact +0.0025 to +0.0036
 * on each of four seeds; relation −0.0003 to +0.0000: in `talks about what
 * the plan could achieve` the object is the content).
 */
function afterCuesPreposition(view: TokenView, run: Run, cue: CueSpan): boolean {
  return posTagOf(view, run.first - 1) === 'ADP' && run.first - 1 <= cue.end;
}

/**
 * `"We'll win," she said in an interview Sunday. "They know it."`: a content
 * piece after the cue that starts in the cue's own sentence outside quotation
 * marks took in the narrator's words (when, where, how it was said), when the
 * content before the cue is a quotation. If it runs on into a quotation in a
 * later sentence, it starts there (held-out train: content exact +0.005 to
 * +0.006 on each of four seeds); if it stays in the sentence and does not open
 * like a clause's subject (`when asked if ...`, `at a rally`, `adding ...`),
 * it is dropped (content exact +0.005 to +0.006 more, relation within
 * ±0.0004); if a quotation opens after a comma in the sentence (`she said
 * outside the courthouse, "but ..."`), it starts there (held-out, fixed
 * taggers: content exact +0.0004 / +0.0003 on two seeds, else ±0). Returns
 * the pieces kept.
 */
export function trimNarrationAfterCue(view: TokenView, runs: Run[], cue: CueSpan): Run[] {
  const sentence = view.sentence[cue.first];
  if (!runs.some((run) => run.end <= cue.first && isQuoted(view, run.first))) return runs;
  return runs.filter((run) => {
    if (run.first < cue.end || view.sentence[run.first] !== sentence) return true;
    // `said on NBC's "Meet the Press." "But ..."`: a run from the title's `'s` goes on after the title.
    const afterTitle = pastPossessiveTitle(view, run);
    if (afterTitle > run.first) {
      if (afterTitle >= run.end) return false;
      run.first = afterTitle;
      if (view.sentence[run.first] !== sentence) return true;
    } else if (isQuoted(view, run.first)) return !quotedTitle(view, run);
    let k = run.first;
    while (k < run.end && view.sentence[k] === sentence && !isQuoted(view, k)) k++;
    if (k === run.end) return SUBJECT_OPENERS.has(posTagOf(view, run.first)) && !afterCuesPreposition(view, run, cue);
    if (view.sentence[k] !== sentence && isQuoted(view, k)) run.first = k;
    // `"X," she said outside the courthouse, "but Y."`: the quotation after the comma is the piece.
    else if (k > run.first && view.isQuoteMark[k] === 1 && isCommaToken(view, k - 1)) run.first = k;
    return true;
  });
}

/**
 * `In an interview with CNN's "State of the Union," Castell said ...`: an
 * opening phrase of where the words were said, set off by a comma before
 * the source, is no content, its quoted title no quotation of the speaker's
 * (the tagger reads the title's marks as the speaker's words).
 */
export function withoutTitledSetting(view: TokenView, runs: Run[], cue: CueSpan, source?: Run): Run[] {
  const before = source && source.end <= cue.first ? source.first : cue.first;
  return runs.filter((run) => {
    if (run.end > before || posTagOf(view, run.first) !== 'ADP') return true;
    if (run.first > 0 && view.sentence[run.first - 1] === view.sentence[run.first]) return true;
    let title = run.first + 1;
    while (title < run.end && !view.isQuoteMark[title]) title++;
    const titled = title < run.end && quotedTitle(view, { first: title, end: run.end, margin: 0 });
    // Only a comma (or the title's closing mark) may stand between the phrase and the source.
    return !titled || before - run.end > 1;
  });
}

/** Prepositions of a place where words were said: `said ... in Riverside Park` (cues.ts has the setting's own). */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'on']);
/** The longest place name taken for a setting. */
const MAX_SETTING_NAME_TOKENS = 4;

/**
 * `"Every neighborhood deserves trees," Mayor Lena Ortiz said at a news
 * conference in Riverside Park.`: a piece after the cue, in its sentence,
 * that is only a name after `in`, `at` or `on` is where the words were said,
 * not more of them, when the attribution has another piece (the tagger took
 * the park; in train such pieces are never gold's, 2 at the floor).
 */
export function withoutSettingName(doc: Doc, view: TokenView, runs: Run[], cue: CueSpan): Run[] {
  if (runs.length < 2) return runs;
  const tokens = doc.need('tokens');
  // A name's words: capitalised nouns (wink-nlp reads `Park` of `Riverside Park` as a common noun).
  const isNameWord = (k: number) =>
    (posTagOf(view, k) === 'PROPN' || posTagOf(view, k) === 'NOUN') && isUpperCaseAt(doc.text, tokens.start[k]);
  return runs.filter((run) => {
    if (run.first < cue.end || view.sentence[run.first] !== view.sentence[cue.first]) return true;
    if (run.end - run.first > MAX_SETTING_NAME_TOKENS || !PLACE_PREPOSITIONS.has(tokens.lower[run.first - 1])) {
      return true;
    }
    for (let k = run.first; k < run.end; k++) if (!isNameWord(k) || isQuoted(view, k)) return true;
    return false;
  });
}

/** The longest quoted title taken for one: `"Meet the Press."` is five tokens with its marks. */
const MAX_TITLE_TOKENS = 7;

/**
 * `said Sunday on NBC's "Meet the Press."`: a short quotation right after a
 * name or its `'s` is a title, not words said (held-out train, fixed taggers:
 * content exact +0.0003 to +0.0004 and relation +0.0003 to +0.0004 on each
 * of four seeds, nothing else moved; the next sentence's quotation then
 * joins the speaker's words).
 */
function quotedTitle(view: TokenView, run: Run): boolean {
  if (run.end - run.first > MAX_TITLE_TOKENS || !view.isQuoteMark[run.first] || run.first === 0) return false;
  const before = posTagOf(view, run.first - 1);
  return before === 'PROPN' || before === 'PART';
}

/** Past a quoted title after a possessive at the run's opening (`'s "Meet the Press."`), or the run's first token. */
function pastPossessiveTitle(view: TokenView, run: Run): number {
  let open = -1;
  if (posTagOf(view, run.first) === 'PART' && view.isQuoteMark[run.first + 1]) open = run.first + 1;
  else if (view.isQuoteMark[run.first] && run.first > 0 && posTagOf(view, run.first - 1) === 'PART') open = run.first;
  if (open < 0) return run.first;
  for (let k = open + 1; k < run.end && k <= open + MAX_TITLE_TOKENS; k++) {
    if (!view.isQuoteMark[k]) continue;
    // The title's closing mark (a full stop inside it may come first).
    let next = k + 1;
    while (next < run.end && !view.isQuoteMark[next] && posTagOf(view, next) === 'PUNCT') next++;
    return next;
  }
  return run.first;
}

/** Words inside a noun phrase before its head: `the overtime account`, `the city's budget`. */
const NOUN_PHRASE_INSIDE = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM', 'PART']);

/**
 * `Brandt told the council the overtime account would run out`: a content
 * after its cue that the tagger started inside a noun phrase (`account`)
 * starts where the phrase does (`the overtime account`), never before the
 * cue or inside the source (held-out train, fixed taggers: content exact
 * +0.0001 to +0.0007, relation +0.0000 to +0.0003 on each of four seeds).
 */
export function startAtNounPhrase(view: TokenView, runs: Run[], cue: CueSpan, source?: Run): void {
  for (const run of runs) {
    if (run.first <= cue.end || isQuoted(view, run.first)) continue;
    const head = posTagOf(view, run.first);
    if (head !== 'NOUN' && head !== 'ADJ') continue;
    const floor = Math.max(cue.end, source && source.end <= run.first ? source.end : cue.end);
    let k = run.first;
    while (
      k - 1 >= floor &&
      view.sentence[k - 1] === view.sentence[run.first] &&
      NOUN_PHRASE_INSIDE.has(posTagOf(view, k - 1)) &&
      !isQuoted(view, k - 1)
    )
      k--;
    if (k - 1 >= floor && posTagOf(view, k - 1) === 'DET' && view.sentence[k - 1] === view.sentence[run.first]) k--;
    run.first = k;
  }
}

const COORDINATORS = new Set(['and', 'but']);

const SPEAKER_WORDS = new Set(['PRON', 'PROPN', 'NOUN', 'DET', 'ADJ', 'PART']);
/**
 * `She told reporters her team was robbed and said she would appeal`: a
 * content piece after its cue that runs into another cue joined to it by
 * `and` or `but` ends before the conjunction (and a comma before it). Only
 * the first cue inside the piece is looked at; a quoted one is nested.
 * Held-out train, fixed taggers: content exact +0.0034 to +0.0035, relation
 * +0.0008 to +0.0011 on each of four seeds; source exact −0.0010 to +0.0002
 * and content overlap −0.0008 to −0.0001, through attributions that crossed
 * the confidence floor. A comma joins too (`sounded a note of regret,
 * saying ...`): relation +0.0009 to +0.0015 more on each seed, content
 * overlap −0.0005 to +0.0003. So does a comma before the other cue's own
 * speaker (`Asked how much it would cost, he said: ...`): relation +0.0005
 * to +0.0010 and content exact +0.0006 to +0.0012 more on each seed, source
 * exact −0.0005 to −0.0001 and cue exact −0.0007 to +0.0002. A piece that
 * ends just before the other cue (`... had been overcharged, Mayor Ana Ruiz
 * said`, where the tagger ran on into the speaker) ends the same way: content
 * exact +0.0011 to +0.0017 more on each seed, relation +0.0000 to +0.0001,
 * cue exact and content overlap −0.0002 to +0.0000.
 */
export function endBeforeCoordinatedCue(
  doc: Doc,
  view: TokenView,
  runs: Run[],
  cue: CueSpan,
  isCueToken: Uint8Array,
): void {
  const lower = doc.need('tokens').lower;
  for (const run of runs) {
    if (run.first < cue.end) continue;
    // The other cue may also lie just past the piece, which then ends on its speaker or its `and`.
    const last = Math.min(run.end, view.count - 1);
    let j = run.first + 1;
    while (j <= last && !(isCueToken[j] && !isQuoted(view, j))) j++;
    if (j > last) continue;
    // Back from the other cue, past its auxiliaries and adverbs.
    let k = j - 1;
    while (k > run.first && (posTagOf(view, k) === 'ADV' || posTagOf(view, k) === 'AUX')) k--;
    if (k === run.first) continue;
    // `Asked how much it would cost, he said: ...`: the other cue's own speaker and a comma.
    let speaker = k;
    while (speaker > run.first && SPEAKER_WORDS.has(posTagOf(view, speaker))) speaker--;
    if (speaker < k && speaker > run.first && lower[speaker] === ',') run.end = speaker;
    else if (lower[k] === ',') run.end = k;
    else if (COORDINATORS.has(lower[k])) run.end = lower[k - 1] === ',' ? k - 1 : k;
  }
}

/**
 * `..., according to the farmers' association, which estimates losses at
 * 40 million euros.`: a piece that opens with a relative pronoun right after
 * the source and its comma is the source's clause, not the content (held-out
 * train, fixed taggers: content exact +0.0003 to +0.0007 on each of four
 * seeds, nothing else moved).
 */
export function withoutSourcesClause(doc: Doc, runs: Run[], cue: CueSpan, source?: Run): Run[] {
  const tokens = doc.need('tokens');
  if (!source || source.first < cue.end || tokens.lower[source.end] !== ',') return runs;
  const kept = runs.filter((run) => !(run.first === source.end + 1 && RELATIVE_OPENERS.has(tokens.lower[run.first])));
  return kept.length > 0 ? kept : runs;
}

/**
 * A content piece ends with the paragraph it starts in: PolNeAR's contents
 * cross a paragraph break in 0.6 % of train attributions, three quarters of
 * them quotations that continue, which `snapToQuotes` adds back (held-out
 * train: content exact +0.0007 to +0.001 on each of four seeds).
 */
export function endAtParagraph(doc: Doc, view: TokenView, runs: Run[]): void {
  const sentences = doc.need('sentences');
  for (const run of runs) {
    const paragraph = sentences[view.sentence[run.first]].paragraph;
    let k = run.first;
    while (k < run.end && sentences[view.sentence[k]].paragraph === paragraph) k++;
    run.end = k;
  }
}

/** Prepositions (and the infinitive `to`) a content never ends on with their object left out. */
const OBJECT_TAKING_WORDS: ReadonlySet<string> = new Set(
  'of in on at by for with from to into about over under below above between against during without within through after before since than like'.split(
    ' ',
  ),
);
/** The longest stretch a content is run on over to its preposition's object. */
const MAX_OBJECT_TOKENS = 40;

/**
 * `reserves could fall below | the level the charter requires,`: a content
 * that stops on a preposition with a word after it has left its object out;
 * it runs on to the end of the clause (the next punctuation but a hyphen inside a word, or quote mark,
 * another cue, or the sentence's end). In train 34 of the tagger's contents
 * so cut end where the annotators' do once run on, 3 stop short of it.
 */
export function withPrepositionObject(doc: Doc, view: TokenView, runs: Run[], isCueToken: Uint8Array): void {
  const { lower } = doc.need('tokens');
  for (const run of runs) {
    const last = run.end - 1;
    if (!OBJECT_TAKING_WORDS.has(lower[last])) continue;
    let end = run.end;
    const limit = Math.min(view.count, run.end + MAX_OBJECT_TOKENS);
    while (
      end < limit &&
      view.sentence[end] === view.sentence[last] &&
      !isCueToken[end] &&
      // A hyphen inside a word (`a closed-door meeting`) ends no clause.
      (posTagOf(view, end) !== 'PUNCT' || isHyphenInsideWord(doc, end))
    ) {
      end++;
    }
    // At the cap mid-sentence no clause end is in sight: the content stays as it was.
    if (end < limit || end === view.count || view.sentence[end] !== view.sentence[last]) run.end = end;
  }
}

/**
 * Words that open a setting rather than what was said (`In 2008, Ruiz said,
 * ...`, `Still, she added, ...`). `When`, `if`, `despite`, `as` and `while`
 * clauses are taken: train's annotators put them in the content.
 */
const OPENS_SETTING = new Set(
  'in at to on for by with after before during since from because although though until minutes still but and yet so now meanwhile however overall'.split(
    ' ',
  ),
);
/** Last words of a fragment that runs on into the tag rather than opening the content: `..., including`. */
const ENDS_OPEN = new Set(['and', 'or', 'but', 'including']);
/** Last words of a time phrase: `Six months ago`, `Minutes later`. */
const ENDS_TIME_PHRASE = new Set(['ago', 'later', 'earlier']);

/**
 * `An economic downturn, he said, "could be a good time to borrow."`: a tag
 * set inside the sentence (comma, source, cue, comma) splits what was said;
 * the words before it are the content's first piece when the words after it
 * go on mid-clause (they start in lower case) and the tagger left the
 * opening out. An opening that sets the scene is left out, as train's
 * annotators leave it (`In 2008, he said, ...`, `Still, ...`, `Six months
 * ago, ...`), and so is one with a quote mark. In train 22 contents so
 * completed equal the annotators', none moved away from them.
 */
export function withOpeningBeforeTag(
  doc: Doc,
  view: TokenView,
  runs: Run[],
  cue: CueSpan,
  source: Run | undefined,
): Run[] {
  const { lower, start } = doc.need('tokens');
  const first = runs[0];
  if (!source || !first || source.end !== cue.first || source.first < 2) return runs;
  if (lower[source.first - 1] !== ',' || lower[cue.end] !== ',' || first.first !== cue.end + 1) return runs;
  let word = first.first;
  while (word < first.end && view.isQuoteMark[word]) word++;
  if (word === first.end || isUpperCaseAt(doc.text, start[word]) || !/^\p{L}/u.test(lower[word])) return runs;
  const comma = source.first - 1;
  const opening = doc.need('sentences')[view.sentence[cue.first]].firstToken;
  if (opening >= comma || view.sentence[comma] !== view.sentence[cue.first]) return runs;
  if (hasQuoteMarkIn(view, opening, comma)) return runs;
  if (OPENS_SETTING.has(lower[opening]) || ENDS_OPEN.has(lower[comma - 1]) || ENDS_TIME_PHRASE.has(lower[comma - 1])) {
    return runs;
  }
  return [{ first: opening, end: comma, margin: first.margin }, ...runs];
}

/** Words that, before a content, show it did not start at the sentence's start. */
const OPENS_NO_CONTENT = new Set(['PUNCT', 'VERB']);

/**
 * `Most of the 80,000 homes will have power by Tuesday, officials said.`:
 * the tagger sometimes starts a content before the cue mid-sentence (`80,000
 * homes ...`), leaving the words before it to no one. When those words hold
 * no punctuation, quote mark or verb, and no source stands before the piece,
 * the piece starts where the sentence does, past a leading `But` or `And`
 * (held-out train: content exact +0.002 to +0.003 on each of four seeds,
 * relation within ±0.0002; allowing a verb before it, as in `Storms left
 * 80,000 homes dark`, cost up to 0.0008 of relation).
 */
export function startAtSentenceStart(doc: Doc, view: TokenView, runs: Run[], cue: CueSpan, source?: Run): void {
  const tokens = doc.need('tokens');
  const sentence = view.sentence[cue.first];
  let opening = doc.need('sentences')[sentence].firstToken;
  if (LEADING_CONJUNCTIONS.has(tokens.lower[opening])) opening++;
  for (const run of runs) {
    if (run.end > cue.first || view.sentence[run.first] !== sentence || run.first <= opening) continue;
    if (source && source.first < run.first) continue;
    if (firstStop(view, opening, run.first, OPENS_NO_CONTENT) === run.first) run.first = opening;
  }
}

/**
 * `The bridge will reopen in May, the agency said Thursday.`: train's `said
 * Thursday` is mostly followed by its content (`said Thursday that ...`), so
 * the tagger finds the source and no content at all when the sentence ends
 * there. When a cue ends its sentence (time words aside), nothing of the
 * sentence is content yet, and a comma sets the source (or the cue) off from
 * a clause before it, that clause is the content. Held-out train: every figure
 * +0.0000 to +0.0003 on each of four seeds (the case is rare in PolNeAR, common
 * on the wire). Its margin is 0: the taggers did not choose it.
 *
 * The cue may also be followed by a phrase naming where it was said (`said
 * in a filing`) and by the narrator's clause or phrase (`endsReport`), or end
 * a headline (`Talks near deal, sources say`). With a source, the clause
 * also replaces the tagger's pieces when they stop short of the comma (the
 * `The` and `of` of a long lead), or when one piece ends at it but starts
 * inside the clause (`... into the sea [off its east coast on Tuesday], the
 * military said`). Held-out train, fixed taggers: no figure moved on seeds 1
 * and 2; 8 train attributions change (docs/accuracy.md, seventeenth session).
 */
export function invertedReportContent(
  doc: Doc,
  view: TokenView,
  cue: CueSpan,
  source: Run | undefined,
  runs: Run[],
): Run | null {
  const tokens = doc.need('tokens');
  const sentence = doc.need('sentences')[view.sentence[cue.first]];
  const objectEnd = pastToldObject(doc, view, cue, sentence.endToken);
  let k = pastTimeWords(doc, objectEnd, sentence.endToken);
  k = pastTimeWords(doc, pastMannerPhrase(doc, view, k, sentence.endToken), sentence.endToken);
  const headline = k === sentence.endToken && isHeadline(doc, view.sentence[cue.first]);
  // `, adding to signs that ...`: the narrator's, not more of the report.
  const addedTo = addsToThing(doc, view, k + 1);
  const narratorAddsTo = addedTo && tokens.lower[k] === ',' && k + 1 < sentence.endToken;
  if (!headline && !narratorAddsTo && !endsReport(doc, k, sentence.endToken)) return null;
  const comma = (source && source.end <= cue.first ? source.first : cue.first) - 1;
  const first = sentence.firstToken;
  // The one told is no content (`..., a source has told [the Daily Beacon].`).
  const isToldObject = (run: Run) => run.first >= cue.end && run.end <= objectEnd;
  // Pieces in a narrator's clause of time after `k` (`..., a day after the two countries' militaries
  // held talks`) are no report; other narrator's clauses (`, as he did last year, on ...`) may go on with it.
  // So are pieces after `, adding to signs that ...`.
  // `, adding that ...`: another attribution of the speaker's.
  const reportsMore = tokens.lower[k] === ',' && REPORTING_PARTICIPLES.has(tokens.lower[k + 1]);
  const narrated = afterTimeSpan(tokens.lower, tokens.pos, k + 1, sentence.endToken) || addedTo || reportsMore;
  const reportEnd = narrated ? k : sentence.endToken;
  const inSentence = runs.filter((run) => run.first < reportEnd && run.end > sentence.firstToken && !isToldObject(run));
  if (inSentence.length > 0 && !source) return null;
  const before = inSentence.filter((run) => run.end <= cue.first);
  // A piece that starts inside the clause (`... into the sea [off its coast on Tuesday], X said`),
  // not after an opening phrase or conjunction (`In fact, [...]`, `But [...]`).
  // Or one that starts on a relative clause's pronoun after its noun's comma (`Meridian Health,
  // [which runs 14 hospitals, will cut 1,200 jobs], the company told employees`).
  const partial =
    before.length === 1 &&
    before[0].end === comma &&
    before[0].first > first &&
    (CLAUSE_INSIDE_TAGS.has(posTagOf(view, before[0].first - 1)) ||
      (RELATIVE_OPENERS.has(tokens.lower[before[0].first]) && tokens.lower[before[0].first - 1] === ','));
  if (!partial && inSentence.some((run) => run.end >= comma || run.end > cue.first)) return null;
  if (comma <= first + 1 || tokens.lower[comma] !== ',' || view.isQuoteMark[first]) return null;
  const opening = partial && LEADING_CONJUNCTIONS.has(tokens.lower[first]) ? first + 1 : first;
  // A clause, not an opening phrase (`Then, last week, Eric Trump called.`); a headline's
  // verb is often a noun to the tagger (`Talks near deal, sources say`), so its words do.
  const clause = headline ? comma - first >= HEADLINE_CLAUSE_TOKENS : hasFiniteVerb(doc, opening, comma);
  const speakerOpensMainClause = reportsMore && endsOnNarratorsClause(doc, opening, comma);
  return clause && !speakerOpensMainClause ? { first: opening, end: comma, margin: 0 } : null;
}

/**
 * `On Tuesday, even as shares were tumbling, Mr. Ackman wrote to investors,
 * telling them ...`: the last stretch before the speaker's comma is the
 * narrator's clause of time or contrast, with no main clause before it (`...
 * sought to restore the deal, after he was fired, Politico reported` has
 * one), so the speaker opens the main clause and no report is inverted.
 * Asked only before a participle that reports more: in `While some could
 * get a slap on the wrist, she added, revoking ...` the clause is hers.
 */
function endsOnNarratorsClause(doc: Doc, first: number, comma: number): boolean {
  const lower = doc.need('tokens').lower;
  let k = comma - 1;
  while (k > first && lower[k - 1] !== ',') k--;
  const opener = lower[k] === 'even' ? k + 1 : k;
  return NARRATORS_CLAUSE.has(lower[opener]) && !hasFiniteVerb(doc, first, k);
}

/** Words after which a piece of content starts inside its clause, not at its start. */
const CLAUSE_INSIDE_TAGS: ReadonlySet<string> = new Set([
  'NOUN',
  'PROPN',
  'VERB',
  'AUX',
  'ADJ',
  'NUM',
  'PRON',
  'DET',
  'ADP',
]);

/**
 * Past the one a cue ending in `told` told (`..., a senior official told The
 * Washington Post.`, `told reporters in Paris`): the cue leaves its object
 * out, as PolNeAR does.
 */
function pastToldObject(doc: Doc, view: TokenView, cue: CueSpan, sentenceEnd: number): number {
  const lower = doc.need('tokens').lower;
  const verb = lower[cue.end - 1];
  // `..., a representative confirmed to StarBeat Weekly on Thursday.`: to whom, as after `told`.
  const toWhom = lower[cue.end] === 'to' && view.speechVerb[cue.end - 1] !== 0;
  if (verb !== 'told' && verb !== 'tells' && !toWhom) return cue.end;
  let j = toWhom ? cue.end + 1 : cue.end;
  while (j < sentenceEnd - 1 && j - cue.end < MAX_TOLD_OBJECT_TOKENS && TOLD_OBJECT_TAGS.has(posTagOf(view, j))) j++;
  return j;
}

/** Words of the one told: `reporters`, `The Washington Post`, `the Daily Beacon`, `local radio`. */
const TOLD_OBJECT_TAGS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PART']);

/** Past the time words from token k: `said Thursday`, `said on Friday`. */
function pastTimeWords(doc: Doc, k: number, sentenceEnd: number): number {
  const lower = doc.need('tokens').lower;
  let j = k;
  while (j < sentenceEnd - 1 && TIME_WORDS.has(lower[j])) j++;
  return j;
}

/** Past a phrase from token k that names where the words were said (`in a filing`, `on its website`), if one starts there. */
function pastMannerPhrase(doc: Doc, view: TokenView, k: number, sentenceEnd: number): number {
  const lower = doc.need('tokens').lower;
  // Where it was said counts too: `, the sheriff said at a news conference.`
  const occasion = lower[k] === 'at' && k + 1 < sentenceEnd && (lower[k + 1] === 'a' || lower[k + 1] === 'an');
  if (!occasion && !opensMannerPhrase(lower, k, sentenceEnd)) return k;
  let j = k + 2;
  while (j < sentenceEnd - 1 && j - k <= MAX_SETTING_TOKENS && SETTING_OBJECT_WORDS.has(posTagOf(view, j))) j++;
  return j;
}

/**
 * Words that open the narrator's own clause after a report (`..., officials
 * said on Thursday, as lawmakers raced to avoid a shutdown.`).
 */
const NARRATORS_CLAUSE = new Set(['as', 'while', 'amid', 'after', 'before', 'when', 'though', 'although']);
/** A headline's clause before `, sources say` has at least this many tokens. */
const HEADLINE_CLAUSE_TOKENS = 3;

/**
 * Token k ends the report: the sentence's final punctuation, or a comma
 * opening the narrator's clause, by a conjunction or by a participle (`,
 * sending its shares down 5 percent`, `, adding that ...`: PolNeAR gives
 * what is added to the participle's own attribution, 3 times in 3 in train),
 * or a phrase with no finite verb or quotation up to the full stop.
 */
function endsReport(doc: Doc, k: number, sentenceEnd: number): boolean {
  const { pos, lower, start, end } = doc.need('tokens');
  if (k === sentenceEnd - 1) return POS_TAGS[pos[k]] === 'PUNCT';
  if (lower[k] !== ',' || k + 1 >= sentenceEnd) return false;
  const next = k + 1;
  if (NARRATORS_CLAUSE.has(lower[next]) || afterTimeSpan(lower, pos, next, sentenceEnd)) return true;
  // `..., the Chronicle reported, citing people familiar with the matter.`: what is cited, up to
  // the full stop, is no more of the report (the `citing` is an attribution of its own).
  // `citing X, that Y` still goes on to the report's clause.
  if (lower[next] === 'citing') return !lower.slice(next + 1, sentenceEnd).includes('that');
  if (REPORTING_PARTICIPLES.has(lower[next]) || (POS_TAGS[pos[next]] === 'VERB' && lower[next].endsWith('ing'))) {
    return true;
  }
  // `, the third launch this month.`: a phrase without a verb of its own, up to the full stop.
  if (POS_TAGS[pos[sentenceEnd - 1]] !== 'PUNCT' || hasFiniteVerb(doc, next, sentenceEnd)) return false;
  // Not a quotation (`, the executive says, ''Please quiet down.''`), whatever marks it.
  return !DOUBLE_MARK.test(doc.text.slice(start[next], end[sentenceEnd - 1]));
}

/** Words of a stretch of time before `after` or `before`: `a day`, `just hours`, `two weeks`, `shortly`. */
const TIME_SPAN_WORDS: ReadonlySet<string> = new Set(
  'a an one few several just only shortly barely less more than day days hour hours week weeks month months minute minutes year years moments'.split(
    ' ',
  ),
);
/** The longest such stretch, in tokens. */
const MAX_TIME_SPAN_TOKENS = 4;

/** `, a day after the two countries held talks`: a stretch of time, then `after` or `before`, from token k. */
function afterTimeSpan(lower: readonly string[], pos: Uint8Array, k: number, sentenceEnd: number): boolean {
  let j = k;
  while (
    j < sentenceEnd &&
    j - k < MAX_TIME_SPAN_TOKENS &&
    (TIME_SPAN_WORDS.has(lower[j]) || POS_TAGS[pos[j]] === 'NUM')
  )
    j++;
  return j > k && j < sentenceEnd && (lower[j] === 'after' || lower[j] === 'before');
}

/**
 * Participles that report more (`, adding that ...`): an attribution of
 * their own, so a comma before them ends the report, whatever tag wink-nlp
 * gives them (`warning` is often a noun to it). A list, not WordNet's verbs
 * of communication, which take in `sending` and `prompting`.
 */
const REPORTING_PARTICIPLES = new Set(
  'adding saying noting citing arguing warning insisting stressing explaining calling describing telling asking claiming suggesting acknowledging pointing vowing urging promising predicting estimating writing'.split(
    ' ',
  ),
);

/** The sentence is a whole paragraph that ends without punctuation: a headline or a title line. */
function isHeadline(doc: Doc, s: number): boolean {
  const sentences = doc.need('sentences');
  const sentence = sentences[s];
  const { pos } = doc.need('tokens');
  const alone =
    (s === 0 || sentences[s - 1].paragraph !== sentence.paragraph) &&
    (s + 1 === sentences.length || sentences[s + 1].paragraph !== sentence.paragraph);
  return alone && POS_TAGS[pos[sentence.endToken - 1]] !== 'PUNCT';
}

/**
 * `According to Coast Guard figures, fires were reported on 31 vessels.`:
 * when the sentence opens with `according to` and its source, what follows
 * the comma to the sentence's end is the content (PolNeAR leaves the full
 * stop out). The tagger's content pieces there are replaced by that whole
 * clause; a content reaching past the sentence is left as it is. The tagger
 * had cut such contents short at a cue inside them (`were reported`).
 * Held-out train, fixed taggers: content exact +0.004 to +0.006, relation
 * +0.0004 to +0.0028 on each of four seeds. Set off by commas inside the
 * sentence, `according to X` has the rest of the sentence, both sides, as its
 * content (content exact +0.0000 to +0.0007, relation +0.0004 to +0.0007),
 * when what follows is a clause and not an apposition or participle (`...,
 * according to the union, one of two representing the workers`: content
 * exact +0.0003 to +0.0007 more).
 */
export function accordingToClause(
  doc: Doc,
  view: TokenView,
  cue: CueSpan,
  source: Run | undefined,
  runs: Run[],
): Run[] {
  const tokens = doc.need('tokens');
  if (!source || !sourceAfterAccordingTo(tokens.lower, cue, source)) return runs;
  const sentence = doc.need('sentences')[view.sentence[cue.first]];
  const opening = afterLeadingConjunctions(tokens.lower, sentence, cue.first);
  if (tokens.lower[source.end] !== ',') return runs;
  const end = endBeforeFullStop(view, sentence, source.end);
  const first = source.end + 1;
  // With no piece of its own (the tagger took the clause for a second source), the clause's margin is 0.
  const margin = runs.length > 0 ? leastMargin(runs) : 0;
  if (opening === cue.first) {
    if (first >= end || runs.some((run) => run.first < first || run.end > end)) return runs;
    return [{ first, end, margin }];
  }
  // `The next day, according to the filing, the firm raised its offer.`: the sentence around it.
  if (tokens.lower[cue.first - 1] !== ',' || first >= end) return runs;
  if (!opensClause(doc, view, first, end)) {
    // `..., according to the union, one of two representing the workers`: an apposition or a
    // participle after the source is no content when the content lies before the cue
    // (content exact +0.0000 to +0.0004 on each of four seeds, nothing else moved; any
    // non-clause there cost relation: `receives, according to one report, $234 million`).
    if (!runs.some((run) => run.end <= cue.first)) return runs;
    const word = tokens.lower[first];
    const setOff = SET_OFF_OPENERS.has(word) || (posTagOf(view, first) === 'VERB' && word.endsWith('ing'));
    const kept = setOff ? runs.filter((run) => run.first < first || run.first > end) : runs;
    return kept.length === runs.length ? runs : kept;
  }
  if (runs.some((run) => run.first < opening || run.end > end)) return runs;
  return [
    { first: opening, end: cue.first - 1, margin },
    { first, end, margin },
  ];
}

/**
 * `According to court records, the city had spent $400,000 on lawyers.`: the
 * tagger may run the source of a sentence-opening `according to` on past its
 * comma into the clause; it ends at the last comma inside it that a clause
 * follows (`According to Jo Hale, the campaign's director, the ads ...` keeps
 * the apposition; a comma inside quotation marks is the title's), so that
 * `accordingToClause` gives the clause as the content.
 */
export function accordingToSourceToComma(doc: Doc, view: TokenView, cue: CueSpan, source: Run): Run {
  const { lower } = doc.need('tokens');
  if (!sourceAfterAccordingTo(lower, cue, source)) return source;
  const sentence = doc.need('sentences')[view.sentence[cue.first]];
  if (afterLeadingConjunctions(lower, sentence, cue.first) !== cue.first) return source;
  const end = endBeforeFullStop(view, sentence, cue.end);
  // Only a comma with a clause's verb after it inside the source (`Jo Hale, the campaign's director` has none).
  for (let k = Math.min(source.end, end) - 1; k > source.first; k--) {
    if (lower[k] === ',' && !isQuoted(view, k) && opensClause(doc, view, k + 1, source.end)) {
      return { ...source, end: k };
    }
  }
  return source;
}

/** The longest subject of the main clause after an opening `Asked ...,`. */
const MAX_MAIN_SUBJECT_TOKENS = 4;

/**
 * `Asked whether the squad was shaken, Kowal paused.`: the question of a
 * participle opening the sentence ends at the comma before the main clause
 * (a short subject and its verb), as train's annotators mark it
 * (`Asked what he believed, he said, "..."`).
 */
export function endBeforeMainClause(doc: Doc, view: TokenView, runs: Run[], cue: CueSpan): void {
  const { lower } = doc.need('tokens');
  const sentence = doc.need('sentences')[view.sentence[cue.first]];
  if (cue.first !== sentence.firstToken || lower[cue.first] !== 'asked') return;
  for (const run of runs) {
    for (let k = Math.max(run.first, cue.end); k < run.end; k++) {
      if (lower[k] !== ',' || isQuoted(view, k)) continue;
      let end = k + 1;
      while (end < run.end && end - k <= MAX_MAIN_SUBJECT_TOKENS && SUBJECT_PHRASE_WORDS.has(posTagOf(view, end)))
        end++;
      const verb = end < run.end ? posTagOf(view, end) : '';
      if (end > k + 1 && (verb === 'VERB' || verb === 'AUX')) {
        run.end = k;
        return;
      }
    }
  }
}

/** The longest name taken as a source's apposition after `according to`. */
const MAX_APPOSED_NAME_TOKENS = 4;
/** The longest role (`the campaign's field director`) taken as a source's apposition after `according to`. */
const MAX_APPOSED_ROLE_TOKENS = 8;

/**
 * `According to the minister, Hans Keller, "nobody wins ..."` and
 * `According to Jo Hale, the campaign director, the ads will run ...`:
 * where the content the tagger found after an `according to` source opens
 * with the source's apposition between two commas — a name before a
 * quotation, or a role (a determiner, noun-phrase words, a noun of a
 * person) before a clause — the apposition joins the source and the
 * content starts after it. Returns the new source and contents, or null.
 */
export function accordingToApposedName(
  doc: Doc,
  view: TokenView,
  cue: CueSpan,
  source: Run,
  runs: Run[],
): SourceAndContents | null {
  const { lower } = doc.need('tokens');
  const name = source.end + 1;
  const first = runs[0];
  if (!first || !sourceAfterAccordingTo(lower, cue, source) || lower[source.end] !== ',') return null;
  const end = apposedNameEnd(view, name) ?? apposedRoleEnd(view, name);
  // The content the tagger found starts at the apposition or right after its comma (after
  // `According to the report, Ruiz, the mayor, knew ...` the name is the clause's subject).
  if (end === null || lower[end] !== ',' || (first.first !== name && first.first !== end + 1) || end + 1 >= first.end) {
    return null;
  }
  const opensRest =
    posTagOf(view, name) === 'PROPN' ? view.isQuoteMark[end + 1] : opensClause(doc, view, end + 1, first.end);
  if (!opensRest) return null;
  return {
    source: { ...source, end },
    contents: [{ ...first, first: end + 1 }, ...runs.slice(1)],
  };
}

/** Where a name of up to four words starting at `from` ends, or null when none starts there. */
function apposedNameEnd(view: TokenView, from: number): number | null {
  let end = from;
  while (end < view.count && end - from < MAX_APPOSED_NAME_TOKENS && posTagOf(view, end) === 'PROPN') end++;
  return end > from ? end : null;
}

/** Where a role (`the campaign director`) starting at `from` ends: its head is a noun of a person. */
function apposedRoleEnd(view: TokenView, from: number): number | null {
  if (posTagOf(view, from) !== 'DET') return null;
  let end = from + 1;
  while (end < view.count && end - from < MAX_APPOSED_ROLE_TOKENS && ROLE_WORD_TAGS.has(posTagOf(view, end))) end++;
  const head = end - 1;
  return head > from && posTagOf(view, head) === 'NOUN' && view.nounClass[head] === PERSON_NOUN_CLASS ? end : null;
}

/** Tags of the words inside a role's noun phrase: `the party's longtime state chairman`. */
const ROLE_WORD_TAGS = new Set(['ADJ', 'NOUN', 'PROPN', 'PART']);

/** Whether `cue` is `according to` and `source` starts right after it. */
function sourceAfterAccordingTo(lower: readonly string[], cue: CueSpan, source: Run): boolean {
  return (
    source.first === cue.end &&
    cue.end - cue.first === 2 &&
    lower[cue.first] === 'according' &&
    lower[cue.first + 1] === 'to'
  );
}

/** Words opening an apposition after a source: `, one of two unions`, `, a group that ...`. */
const SET_OFF_OPENERS = new Set(['a', 'an', 'one']);

/** Whether tokens [from, to) read as a clause: no participle, subordinator or relative pronoun first, and a finite verb in it. */
function opensClause(doc: Doc, view: TokenView, from: number, to: number): boolean {
  const first = posTagOf(view, from);
  if (first === 'SCONJ' || first === 'VERB' || RELATIVE_OPENERS.has(doc.need('tokens').lower[from])) return false;
  for (let j = from; j < to; j++) {
    const tag = posTagOf(view, j);
    if (tag === 'AUX' || tag === 'VERB') return true;
  }
  return false;
}

/** Verbs whose object comes before the reported clause: `told reporters that ...`. */
const TELLING_LEMMAS = new Set([
  'tell',
  'inform',
  'assure',
  'remind',
  'warn',
  'convince',
  'persuade',
  'notify',
  'advise',
]);
/** How many words before a colon a content opening right after its cue may hold for them to be the cue's. */
const MAX_COLON_LEAD_TOKENS = 10;

/**
 * `Ruiz explained it this way: "..."`, `added a caveat: ...`, `tweeted
 * this: ...`: a content the tagger began right after its cue, with a few
 * words and a colon before the words said, starts after the colon, and the
 * words up to the colon are the cue's, as train's annotators mark them (of
 * train's cues whose content opens after a colon, 357 end on it, 50 do not,
 * a fifth of those before the one told). After a
 * telling verb the words are the one told (`told Fox News: ...`), and
 * after a pronoun the one spoken to (`scolded him: ...`), which stay out of
 * both. Not when those words are a clause (`said the plan is
 * simple: ...`, the colon is the content's own), nor a noun phrase
 * (`isColonLead`). Held-out train, fixed taggers: cue exact +0.0003 to
 * +0.0017 and content exact +0.0000 to +0.0010 on each of four seeds,
 * nothing fell. Returns the cue's new end, or −1.
 */
export function startAfterColonLead(doc: Doc, view: TokenView, runs: Run[], cue: CueSpan): number {
  const { lower, lemma } = doc.need('tokens');
  const run = runs.find((candidate) => candidate.first === cue.end);
  if (!run || isQuoted(view, run.first) || posTagOf(view, cue.end - 1) === 'PUNCT') return -1;
  // A lead with a pause in it (`said, in short: ...`) is the content's.
  if (posTagOf(view, run.first) === 'PUNCT') return -1;
  const limit = Math.min(run.end - 1, run.first + MAX_COLON_LEAD_TOKENS + 1);
  for (let k = run.first + 1; k < limit; k++) {
    if (view.isQuoteMark[k] || isQuoted(view, k) || view.sentence[k] !== view.sentence[cue.first]) return -1;
    if (lower[k] !== ':') {
      if (posTagOf(view, k) === 'PUNCT') return -1;
      continue;
    }
    if (hasFiniteVerb(doc, run.first, k)) return -1;
    if (TELLING_LEMMAS.has(lemma[cue.end - 1]) || ADDRESSEE_PRONOUNS.has(lower[run.first])) {
      run.first = k + 1;
      return -1;
    }
    if (!isColonLead(doc, view, run.first, k)) return -1;
    run.first = k + 1;
    return k + 1;
  }
  return -1;
}

/** Pronouns of the one spoken to: `scolded him: "..."`. */
const ADDRESSEE_PRONOUNS: ReadonlySet<string> = new Set(['him', 'her', 'them', 'me', 'us']);
/** Tags of the light words a cue's lead to its colon may be made of: `it this way`, `back`, `flatly`. */
const LIGHT_LEAD_TAGS: ReadonlySet<string> = new Set(['PRON', 'ADV', 'PART', 'DET', 'ADP']);
/** Light nouns and adjectives of such a lead: `it this way`, `the following`, `that clear`. */
const LIGHT_LEAD_WORDS: ReadonlySet<string> = new Set(['way', 'following', 'follows', 'clear']);

/**
 * Whether tokens [first, colon) are a lead the annotators keep in the cue:
 * light words (`it this way`, `this`, `back`), where the words were said
 * (`in a statement`), or words ending on a speech verb (`supporters
 * saying`). A noun phrase (`a snappy retort`, `one thing`) they mostly
 * leave in the content.
 */
function isColonLead(doc: Doc, view: TokenView, first: number, colon: number): boolean {
  const { lower } = doc.need('tokens');
  // `retort`, `message` have speech verbs' lemmas: the verb it must be.
  if (SETTING_PREPOSITIONS.has(lower[first]) || (view.speechVerb[colon - 1] && posTagOf(view, colon - 1) === 'VERB')) {
    return true;
  }
  for (let k = first; k < colon; k++)
    if (!LIGHT_LEAD_TAGS.has(posTagOf(view, k)) && !LIGHT_LEAD_WORDS.has(lower[k])) return false;
  return true;
}

/** Words that open an indirect question: `asked the mayor whether ...`. */
const QUESTION_OPENERS = new Set(['what', 'whether', 'how', 'why', 'if']);
/** What the person told may be made of, up to the `that`: `NPR correspondent Jo Hale`, `his donors Tuesday`. */
const IN_TOLD_OBJECT = new Set(['DET', 'NOUN', 'PROPN', 'NUM', 'ADJ', 'PRON', 'ADV', 'PART', 'ADP']);
/** How far past a content's start its `that` is looked for. */
const MAX_TOLD_OBJECT_TOKENS = 12;

/**
 * `told the committee that the account would run dry`: a content after a
 * telling verb that the tagger began at the person told starts at the `that`
 * opening the reported clause, as train's annotators mark it (held-out train,
 * fixed taggers: content exact +0.0014 to +0.0018 on each of four seeds,
 * nothing else moved). Only after telling verbs: in `said the bill that
 * passed was flawed` the `that` is a relative pronoun inside the content, and
 * the same rule for a content opening with a preposition (`complained for
 * years that ...`) lost content exact on one seed: the tagger already stops
 * there where train's annotators do. After `ask` the question opens at its
 * `whether`, `if`, `what`, `how` or `why` past the person asked (`asked the
 * directors whether ...`), as train's annotators mark it 38 times in 40
 * (held-out train, fixed taggers: content exact +0.0004 and +0.0000 on seeds
 * 1 and 2; `who`, `which` and `when` are left out: they open relative
 * clauses as often).
 */
export function startAtToldThat(doc: Doc, view: TokenView, runs: Run[], cue: CueSpan): void {
  const { lower, lemma, start, end } = doc.need('tokens');
  const asking = lemma[cue.end - 1] === 'ask';
  if (!TELLING_LEMMAS.has(lemma[cue.end - 1]) && !asking) return;
  // A capitalised word inside the sentence is part of a name, whatever its tag (`told The Calder Herald that`).
  // A hyphen inside a word counts too: `on the company's fourth-quarter call`.
  const inObject = (k: number) =>
    IN_TOLD_OBJECT.has(posTagOf(view, k)) ||
    lower[k] === ',' ||
    (lower[k] === '-' && start[k] === end[k - 1]) ||
    isUpperCaseAt(doc.text, start[k]);
  // Not the object of a preposition: `asked about what he calls ...`.
  const opensQuestion = (k: number) => posTagOf(view, k - 1) !== 'ADP';
  for (const run of runs) {
    if (run.first < cue.end || isQuoted(view, run.first) || view.sentence[run.first] !== view.sentence[cue.first])
      continue;
    const limit = run.first + MAX_TOLD_OBJECT_TOKENS;
    const opener = asking
      ? clauseAfterObject(run, limit, inObject, (k) => QUESTION_OPENERS.has(lower[k]), opensQuestion)
      : thatClauseAfterObject(view, lower, run, limit, inObject);
    if (opener >= 0) run.first = opener;
    else if (!asking && run.first === cue.end) run.first = subjectAfterToldName(doc, view, run);
  }
}

/** Longest name of the one told taken apart from the clause after it. */
const MAX_TOLD_NAME_TOKENS = 4;

/**
 * `told Circuitry the company had received ...`: a content the tagger began
 * at the name of the one told, with a clause right after it and no `that`,
 * starts at the clause's subject (an article or a pronoun, then a finite
 * verb). The run's start otherwise.
 */
function subjectAfterToldName(doc: Doc, view: TokenView, run: Run): number {
  let k = run.first;
  while (k < run.end && k - run.first < MAX_TOLD_NAME_TOKENS && posTagOf(view, k) === 'PROPN') k++;
  if (k === run.first || k >= run.end) return run.first;
  const subject = posTagOf(view, k);
  if (subject !== 'DET' && subject !== 'PRON') return run.first;
  return hasFiniteVerb(doc, k + 1, run.end) ? k : run.first;
}

/**
 * Where a reported clause opens inside `run`, past the cue's object (`told
 * the council | that ...`, `asked the board | whether ...`, `posted on X |
 * that ...`): the run's words are read while `inObject` takes them, before
 * `limit`; at the first word `isOpener` takes, that word's index if there is
 * an object before it and `opens` accepts it, else −1.
 */
function clauseAfterObject(
  run: Run,
  limit: number,
  inObject: (k: number) => boolean,
  isOpener: (k: number) => boolean,
  opens: (k: number) => boolean,
): number {
  for (let k = run.first; k < run.end && k < limit; k++) {
    if (isOpener(k)) return k > run.first && opens(k) ? k : -1;
    if (!inObject(k)) return -1;
  }
  return -1;
}

/** `clauseAfterObject` for a `that` with a subject after it: a clause, not a relative (`the aide that drafted it`). */
function thatClauseAfterObject(
  view: TokenView,
  lower: readonly string[],
  run: Run,
  limit: number,
  inObject: (k: number) => boolean,
): number {
  // `that about half of the residents`, `that nearly 40 people`: a word of measure may come before the subject;
  // `that while the aides were careless, ...`: a subordinate clause may.
  const subjectAt = (k: number) => k < run.end && SUBJECT_OPENERS.has(posTagOf(view, k));
  const subjectFollows = (k: number) =>
    subjectAt(k + 1) ||
    (APPROXIMATORS.has(lower[k + 1]) && subjectAt(k + 2)) ||
    (k + 1 < run.end && CLAUSE_OPENING_CONJUNCTIONS.has(lower[k + 1]));
  // `in that case that ...`: a `that` opening the object is its determiner.
  const opensClause = (k: number) => lower[k] === 'that' && (k > run.first || posTagOf(view, k) !== 'DET');
  return clauseAfterObject(run, limit, inObject, opensClause, subjectFollows);
}

/**
 * `said in a note to clients that ...`, `posted on X that ...`: a cue that
 * ran from a speech verb into the preposition of its setting
 * (`settingPreposition`), with a content the tagger began at that
 * preposition's object, has the reported clause open at the `that`; the
 * object joins the cue (`withoutDanglingPreposition`), unless it is longer
 * than a few words (`noted in a guest column in Sunday's Harbor Gazette
 * that ...`: train's annotators then mostly mark the verb alone; held-out
 * train, fixed taggers, with the cue's dangling `in one`: cue exact +0.0003
 * to +0.0007 on three of four seeds, nothing fell). After `on` the object
 * must be a name (`on X`, `on CNN`): in `commented on the report that ...`
 * the clause is the report's own.
 */
export function startAtThatAfterSetting(doc: Doc, view: TokenView, runs: Run[], cue: CueSpan): void {
  const preposition = settingPreposition(doc, view, cue);
  if (preposition < 0) return;
  const { lower } = doc.need('tokens');
  const byName = lower[preposition] === 'on';
  const inObject = (k: number) => {
    const tag = posTagOf(view, k);
    return SETTING_OBJECT_WORDS.has(tag) && (!byName || tag === 'PROPN');
  };
  for (const run of runs) {
    if (run.first !== cue.end || isQuoted(view, run.first)) continue;
    const limit = cue.end + MAX_SETTING_OBJECT_TOKENS + 1;
    const opener = thatClauseAfterObject(view, lower, run, limit, inObject);
    if (opener >= 0) run.first = opener;
  }
}

/** Object pronouns: `told him`, `assured them`. */
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'me', 'us', 'you', 'it']);

/**
 * `Osterman told reporters the plant would stay open`: after a telling verb,
 * a content the tagger began at the verb of the reported clause starts at its
 * subject, after the person told: past an object pronoun, or at the last
 * determiner between the cue and the content. No held-out figure moved (the
 * tagger gets PolNeAR's cases right); in wire copy it had given `would stay
 * open` as the content.
 */
export function startAtToldSubject(doc: Doc, view: TokenView, runs: Run[], cue: CueSpan): void {
  const { lower, lemma } = doc.need('tokens');
  if (!TELLING_LEMMAS.has(lemma[cue.end - 1])) return;
  for (const run of runs) {
    if (run.first <= cue.end + 1 || isQuoted(view, run.first) || view.sentence[run.first] !== view.sentence[cue.first])
      continue;
    const head = posTagOf(view, run.first);
    if (head !== 'AUX' && head !== 'VERB') continue;
    let split = -1;
    for (let k = cue.end; k < run.first; k++) {
      // Noun phrases hold an `of`: `told members of staff the port of Harwick would`.
      const inPhrase = inSubjectPhrase(posTagOf(view, k), lower[k]);
      if (!inPhrase || isQuoted(view, k)) {
        split = -1;
        break;
      }
      if (k > cue.end && posTagOf(view, k) === 'DET') split = k;
    }
    if (split < 0 && OBJECT_PRONOUNS.has(lower[cue.end]) && cue.end + 1 < run.first) split = cue.end + 1;
    if (split > cue.end) run.first = split;
  }
}

/** How far before its cue a relative clause's pronoun is looked for. */
const MAX_CLAUSE_BEFORE_CUE = 30;

/**
 * `Curiel, who through his office declined to comment, was born in East
 * Chicago`: a cue inside a relative clause set off by commas has its content
 * end with the clause, where the main clause's verb resumes after a comma
 * (held-out train, fixed taggers: content exact +0.0003 to +0.0004 and
 * relation +0.0000 to +0.0004 on each of four seeds, nothing else moved).
 */
export function endWithRelativeClause(doc: Doc, view: TokenView, runs: Run[], cue: CueSpan): void {
  const lower = doc.need('tokens').lower;
  const sentence = view.sentence[cue.first];
  // A clause between the relative pronoun and the cue is short; the bound keeps a run-on text linear.
  const floor = Math.max(1, cue.first - MAX_CLAUSE_BEFORE_CUE);
  let k = cue.first - 1;
  while (k > floor && view.sentence[k] === sentence && lower[k] !== ',' && !RELATIVE_OPENERS.has(lower[k])) k--;
  if (!RELATIVE_OPENERS.has(lower[k]) || lower[k - 1] !== ',') return;
  for (const run of runs) {
    if (run.first < cue.end) continue;
    for (let j = run.first; j + 1 < run.end; j++) {
      if (isQuoted(view, j)) break;
      const next = posTagOf(view, j + 1);
      if (lower[j] === ',' && (next === 'AUX' || next === 'VERB')) {
        run.end = j;
        break;
      }
    }
  }
}

/**
 * `Nevertheless, his comments did not rankle donors, according to ...`: a
 * content that opens its sentence with a lone adverb and a comma starts after
 * them; the adverb ties the sentence to the story, not to what was said
 * (held-out train, fixed taggers: content exact +0.0007 on each of four
 * seeds, nothing else moved).
 */
export function withoutOpeningAdverb(doc: Doc, view: TokenView, runs: Run[]): void {
  const lower = doc.need('tokens').lower;
  for (const run of runs) {
    const first = run.first;
    if (first > 0 && view.sentence[first - 1] === view.sentence[first]) continue;
    if (run.end - first > 3 && posTagOf(view, first) === 'ADV' && lower[first + 1] === ',' && !isQuoted(view, first)) {
      run.first = first + 2;
    }
  }
}

/**
 * `have argued for months that the dredging would ...`: a content after its
 * cue that opens with a stretch of time starts at the `that` after it (no
 * held-out figure moved; the cue rule for `have warned for months` leaves
 * such contents).
 */
export function withoutOpeningDuration(doc: Doc, runs: Run[], cue: CueSpan): void {
  const lower = doc.need('tokens').lower;
  for (const run of runs) {
    if (run.first !== cue.end || lower[run.first] !== 'for' || run.end - run.first < 4) continue;
    if (DURATION_NOUNS.has(lower[run.first + 1]) && lower[run.first + 2] === 'that') run.first += 2;
  }
}

/**
 * `their manager said afterwards that the win was ...`, `She cautioned,
 * though, that ...`: a content right after its cue (or its comma) that
 * opens with a lone adverb before `that`, or one set off by commas, starts
 * at the `that` (train's annotators put such a word in the content 2 times
 * in 71, in the cue 18 times, `repeatedly`, `Friday`, and leave it out
 * otherwise; `, however, that` and `, though, that` 8 times in 8).
 */
export function startAtThatAfterAdverb(doc: Doc, view: TokenView, runs: Run[], cue: CueSpan): void {
  const lower = doc.need('tokens').lower;
  for (const run of runs) {
    const afterComma = lower[cue.end] === ',';
    if (run.first !== cue.end && !(afterComma && run.first === cue.end + 1)) continue;
    const word = afterComma ? cue.end + 1 : run.first;
    if (run.end - word < 4 || (posTagOf(view, word) !== 'ADV' && lower[word] !== 'though')) continue;
    // Set off by commas only after a comma that follows the cue.
    const that = afterComma && lower[word + 1] === ',' ? word + 2 : word + 1;
    if (!KEPT_ADVERBS.has(lower[word]) && lower[that] === 'that') run.first = that;
  }
}

/** Adverbs that belong to the content before a `that` (`how that money ...`, `not that ...`). */
const KEPT_ADVERBS: ReadonlySet<string> = new Set(['not', 'how', 'why', 'where', 'when', 'whether', 'so', 'just']);

/**
 * `reported in the journal Pediatric Health that students ...`: a content
 * the tagger began inside a name after its cue (the word before it belongs to
 * the same name) starts at the `that` right after the name.
 */
export function startAfterNameTail(doc: Doc, view: TokenView, runs: Run[], cue: CueSpan): void {
  const lower = doc.need('tokens').lower;
  for (const run of runs) {
    if (run.first <= cue.end || isQuoted(view, run.first) || view.sentence[run.first] !== view.sentence[cue.first])
      continue;
    if (posTagOf(view, run.first) !== 'PROPN' || posTagOf(view, run.first - 1) !== 'PROPN') continue;
    let k = run.first;
    while (k < run.end && posTagOf(view, k) === 'PROPN') k++;
    if (k + 1 < run.end && lower[k] === 'that' && SUBJECT_OPENERS.has(posTagOf(view, k + 1))) run.first = k;
  }
}

/**
 * `... how to pay for the bill. "We had a deal ...`: the quotation mark that
 * opens the next sentence's quotation is not part of a content ending before
 * it, and a piece with no word left in it says nothing and is dropped.
 */
export function withoutStrayQuoteMarks(doc: Doc, view: TokenView, runs: Run[]): Run[] {
  const { start } = doc.need('tokens');
  const quotes = doc.need('quotes');
  for (const run of runs) {
    while (run.end - 1 > run.first && view.isQuoteMark[run.end - 1] && quoteStartingAt(quotes, start[run.end - 1])) {
      run.end--;
    }
  }
  const worded = runs.filter((run) => hasWordToken(doc, run));
  return worded.length > 0 ? worded : runs;
}

/**
 * `"We have been sleeping in our cabs," one driver, who gave only his first
 * name, Mehmet, told Wire`: the words of the source are not what it says. A
 * piece running into the source ends before it; one starting inside it
 * starts after it.
 */
export function withoutSourceWords(runs: Run[], source: Run | undefined): Run[] {
  if (!source) return runs;
  const kept: Run[] = [];
  for (const run of runs) {
    if (run.end <= source.first || run.first >= source.end) kept.push(run);
    else if (run.first < source.first) kept.push({ ...run, end: source.first });
    else if (run.end > source.end) kept.push({ ...run, first: source.end });
  }
  return kept.length > 0 ? kept : runs;
}

/** How far past `by` the comma closing the reporter's name is looked for. */
const MAX_REPORTER_TOKENS = 12;

/**
 * `As reported by the Ledger, the plant will close in May.`: a cue opening
 * its sentence after `as`, with its source after `by` and a comma, has the
 * rest of the sentence as its content and that phrase as its source
 * (held-out train, fixed taggers: every figure +0.0000 to +0.0003 on each of
 * four seeds; the tagger often gave such cues no content). Returns null when
 * the sentence is not so built.
 */
export function asReportedByClause(doc: Doc, view: TokenView, cue: CueSpan): SourceAndContents | null {
  const tokens = doc.need('tokens');
  // Asked for every cue: the word after it decides first.
  if (tokens.lower[cue.end] !== 'by') return null;
  const sentence = doc.need('sentences')[view.sentence[cue.first]];
  const opening = afterLeadingConjunctions(tokens.lower, sentence, cue.first);
  let as = cue.first - 1;
  while (as > opening && posTagOf(view, as) === 'ADV') as--;
  if (as !== opening || tokens.lower[as] !== 'as') return null;
  return sourceThenClause(doc, view, sentence, cue.end + 1, MAX_REPORTER_TOKENS, cue.margin);
}

/**
 * `As the Kestrel Times first reported, senior officers met twice.`: a cue
 * after `as` and its source, opening the sentence, has its source between
 * them and the rest of the sentence after the comma as its content (the
 * tagger took `As` and a few words of the clause). Returns null when the
 * sentence is not so built.
 */
export function asSourceReportedClause(doc: Doc, view: TokenView, cue: CueSpan): SourceAndContents | null {
  const tokens = doc.need('tokens');
  if (tokens.lower[cue.end] !== ',') return null;
  const sentence = doc.need('sentences')[view.sentence[cue.first]];
  const opening = afterLeadingConjunctions(tokens.lower, sentence, cue.first);
  if (tokens.lower[opening] !== 'as' || opening + 1 >= cue.first) return null;
  // Past adverbs before the verb (`first`, `previously`), as `asReportedByClause` walks back to `as`.
  let sourceEnd = cue.first;
  while (sourceEnd > opening + 1 && posTagOf(view, sourceEnd - 1) === 'ADV') sourceEnd--;
  for (let k = opening + 1; k < sourceEnd; k++) if (!SUBJECT_PHRASE_WORDS.has(posTagOf(view, k))) return null;
  const end = endBeforeFullStop(view, sentence, cue.end);
  let first = cue.end + 1;
  // `As Breitbart News reported, even on Friday morning, the White House ...`: past a phrase set off by commas.
  let comma = first;
  while (comma < end && tokens.lower[comma] !== ',') comma++;
  if (comma > first && comma < end && !hasFiniteVerb(doc, first, comma) && hasFiniteVerb(doc, comma + 1, end)) {
    first = comma + 1;
  }
  if (first >= end || !hasFiniteVerb(doc, first, end)) return null;
  return {
    source: { first: opening + 1, end: sourceEnd, margin: cue.margin },
    contents: [{ first, end, margin: cue.margin }],
  };
}

/** The longest source after `per`: `per two people briefed on the talks`. */
const MAX_PER_SOURCE_TOKENS = 10;

/**
 * `Per sources close to the talks, Rovers have agreed terms.` and `Rovers
 * have agreed terms, per league sources.`: `per` and the source after it,
 * opening the sentence before a comma or closing it after one, have the
 * rest of the sentence as the content (`withPerCues` found the cue). Returns
 * null when the sentence is not so built.
 */
export function perClause(doc: Doc, view: TokenView, cue: CueSpan): SourceAndContents | null {
  const tokens = doc.need('tokens');
  if (cue.end - cue.first !== 1 || tokens.lower[cue.first] !== 'per') return null;
  const sentence = doc.need('sentences')[view.sentence[cue.first]];
  const opening = afterLeadingConjunctions(tokens.lower, sentence, cue.first);
  if (opening === cue.first) return sourceThenClause(doc, view, sentence, cue.end, MAX_PER_SOURCE_TOKENS, cue.margin);
  const end = endBeforeFullStop(view, sentence, cue.end);
  if (tokens.lower[cue.first - 1] !== ',' || end <= cue.end || end - cue.end > MAX_PER_SOURCE_TOKENS) return null;
  if (!hasFiniteVerb(doc, opening, cue.first - 1)) return null;
  return {
    source: { first: cue.end, end, margin: cue.margin },
    contents: [{ first: opening, end: cue.first - 1, margin: cue.margin }],
  };
}

/**
 * An opening phrase's source from `first` to its comma (within `maxTokens`),
 * and the rest of the sentence after it as the content; null without such a comma.
 */
function sourceThenClause(
  doc: Doc,
  view: TokenView,
  sentence: Sentence,
  first: number,
  maxTokens: number,
  margin: number,
  continues: (afterComma: number) => boolean = () => false,
): SourceAndContents | null {
  const lower = doc.need('tokens').lower;
  const limit = Math.min(sentence.endToken, first + maxTokens);
  let comma = first + 1;
  while (comma < limit && (lower[comma] !== ',' || continues(comma + 1))) comma++;
  if (comma >= limit) return null;
  const end = endBeforeFullStop(view, sentence, comma);
  if (comma + 1 >= end) return null;
  return { source: { first, end: comma, margin }, contents: [{ first: comma + 1, end, margin }] };
}

/**
 * `The levy led by 11 points in the same poll in August, the Ledger
 * reports.`: the poll after a survey cue ends at its comma, where the role
 * tagger had run on into an apposition or the next clause.
 */
export function surveySourceToComma(doc: Doc, cue: CueSpan, source: Run): Run {
  const lower = doc.need('tokens').lower;
  if (!isSurveyCue(doc, cue) || source.first !== cue.end) return source;
  for (let k = source.first + 1; k < source.end; k++) {
    if (lower[k] === ',' && !pollPhraseRunsOn(lower, k + 1)) return { ...source, end: k };
  }
  return source;
}

/** `the latest poll, conducted in May,`: a poll phrase runs on past a comma before a participle. */
function pollPhraseRunsOn(lower: readonly string[], afterComma: number): boolean {
  return SURVEY_PARTICIPLES.has(lower[afterComma]);
}

/** The longest poll phrase after an opening `In`: `In a Washington Post-ABC News poll conducted May 16-19 among 1,001 adults,`. */
const MAX_SURVEY_SOURCE_TOKENS = 20;

/**
 * `In a Washington Post-ABC News poll released Sunday, Clinton led ...`: a
 * survey cue (see rule-cues.ts) opening its sentence has the poll phrase up
 * to its comma as its source and the rest of the sentence as its content;
 * the phrase runs on over a comma before a participle (`the latest poll,
 * conducted in May,`). The tagger often cut such contents short.
 */
export function surveyClause(doc: Doc, view: TokenView, cue: CueSpan): SourceAndContents | null {
  if (!isSurveyCue(doc, cue)) return null;
  const { lower } = doc.need('tokens');
  const sentence = doc.need('sentences')[view.sentence[cue.first]];
  if (afterLeadingConjunctions(lower, sentence, cue.first) !== cue.first) return null;
  const runsOn = (afterComma: number) => pollPhraseRunsOn(lower, afterComma);
  return sourceThenClause(doc, view, sentence, cue.end, MAX_SURVEY_SOURCE_TOKENS, cue.margin, runsOn);
}

/**
 * `A: We will follow the scientific advice. ...`: the colon after a speaker
 * tag of an interview transcript (see `withTranscriptCues`) has the tag as
 * its source and the rest of the paragraph, every sentence of the turn, as
 * its content.
 */
export function transcriptTurn(doc: Doc, view: TokenView, cue: CueSpan): SourceAndContents | null {
  const tokens = doc.need('tokens');
  if (cue.end - cue.first !== 1 || tokens.lower[cue.first] !== ':' || cue.first === 0) return null;
  const tag = cue.first - 1;
  if (!transcriptTags(doc).includes(tag)) return null;
  const sentences = doc.need('sentences');
  const paragraph = sentences[view.sentence[tag]].paragraph;
  let end = cue.end;
  while (end < view.count && sentences[view.sentence[end]].paragraph === paragraph) end++;
  if (end === cue.end) return null;
  return {
    source: { first: tag, end: tag + 1, margin: cue.margin },
    contents: [{ first: cue.end, end, margin: cue.margin }],
  };
}

/**
 * A dash that signs a quotation off (`withSignOffCues`): the name after it
 * is the source, the quotation the content. Returns them, or null when the
 * cue is no such dash.
 */
export function signOffTurn(doc: Doc, cue: CueSpan): SourceAndContents | null {
  if (cue.end - cue.first !== 1) return null;
  const signOff = signOffs(doc).find((found) => found.dash === cue.first);
  if (!signOff) return null;
  const tokens = doc.need('tokens');
  return {
    source: { first: cue.end, end: signOff.nameEnd, margin: cue.margin },
    contents: [
      {
        first: tokenAtOrAfter(tokens, signOff.quote.start),
        end: tokenAtOrAfter(tokens, signOff.quote.end),
        margin: cue.margin,
      },
    ],
  };
}

/** The longest phrase between a cue and the `that` of its clause (`in his plea`, `in a court filing on Monday`). */
const MAX_TOKENS_BEFORE_THAT = 8;

/**
 * `Lazar admitted in his plea that he often turned over ...`: a cue the
 * tagger gave no content, followed by `that` opening a clause, right away or
 * after a short prepositional phrase without a verb, has the rest of the
 * sentence as its content (its margin 0, so its confidence says how unsure
 * it is).
 */
export function thatClauseAfterCue(doc: Doc, view: TokenView, cue: CueSpan): Run[] {
  const lower = doc.need('tokens').lower;
  const sentence = doc.need('sentences')[view.sentence[cue.first]];
  const limit = Math.min(sentence.endToken - 1, cue.end + MAX_TOKENS_BEFORE_THAT);
  // A phrase opening with a preposition (`in his plea`): after an object, `that` may be a relative.
  if (lower[cue.end] !== 'that' && posTagOf(view, cue.end) !== 'ADP') return [];
  for (let k = cue.end; k < limit; k++) {
    if (lower[k] === 'that') {
      if (!SUBJECT_OPENERS.has(posTagOf(view, k + 1))) return [];
      const end = endBeforeFullStop(view, sentence, k + 1);
      return end > k + 1 ? [{ first: k, end, margin: 0 }] : [];
    }
    const tag = posTagOf(view, k);
    if (tag === 'VERB' || tag === 'AUX' || tag === 'PUNCT' || view.isQuoteMark[k]) return [];
  }
  return [];
}

/**
 * `that former Scotland boss Fergus Dunleavy was ...`: an adjective at `k`
 * opens a clause's subject when a noun phrase runs from it to a verb (not
 * `that vague argument in letters`, a demonstrative's noun phrase).
 */
function adjectiveOpensSubject(view: TokenView, sentence: Sentence, k: number): boolean {
  if (posTagOf(view, k) !== 'ADJ') return false;
  let end = k + 1;
  while (end < sentence.endToken && NOUN_PHRASE_WORDS.has(posTagOf(view, end))) end++;
  const after = end < sentence.endToken ? posTagOf(view, end) : '';
  return end > k + 1 && (after === 'VERB' || after === 'AUX');
}

/** A `that` clause the tagger ended this soon is cut short: `that`, `that it`, `that the plaintiffs`. */
const MAX_STUB_TOKENS = 3;

/**
 * `The ministry confirmed on Tuesday that an outbreak had killed 14.`: a
 * content the tagger stopped right after the `that` opening it (`that`,
 * `that it`) runs to the end of the sentence, when no other cue lies in
 * the rest of it.
 */
export function thatClauseStub(doc: Doc, view: TokenView, runs: Run[], cue: CueSpan, isCueToken: Uint8Array): Run[] {
  if (runs.length !== 1) return runs;
  const [run] = runs;
  const lower = doc.need('tokens').lower;
  const sentence = doc.need('sentences')[view.sentence[cue.first]];
  if (run.first < cue.end || lower[run.first] !== 'that') return runs;
  const setting = citingAsideStart(view, cue, run.first, isCueToken);
  if (setting - cue.end > MAX_TOKENS_BEFORE_THAT) return runs;
  // The conjunction (not `said that.`, `that argument`, which the tagger may read as one), opening a clause.
  const next = posTagOf(view, run.first + 1);
  const opensSubject =
    (SUBJECT_OPENERS.has(next) && next !== 'NOUN') || adjectiveOpensSubject(view, sentence, run.first + 1);
  if (posTagOf(view, run.first) !== 'SCONJ' || !opensSubject) return runs;
  if (run.end - run.first > MAX_STUB_TOKENS) return runs;
  for (let k = cue.end; k < setting; k++) {
    const tag = posTagOf(view, k);
    if (tag === 'VERB' || tag === 'AUX' || tag === 'PUNCT' || view.isQuoteMark[k]) return runs;
  }
  const end = endBeforeFullStop(view, sentence, run.first);
  if (end <= run.end) return runs;
  for (let k = run.end; k < end; k++) if (isCueToken[k]) return runs;
  return [{ ...run, end }];
}

/** The longest participle aside between a cue and its `that` (`, citing people close to the club's owners,`). */
const MAX_ASIDE_TOKENS = 16;

/**
 * `reported on Sunday, citing people close to the club's owners, that ...`:
 * where a participle cue set off by commas stands right before the `that`
 * at `that`, the comma opening it; else `that` itself.
 */
function citingAsideStart(view: TokenView, cue: CueSpan, that: number, isCueToken: Uint8Array): number {
  if (that - 1 <= cue.end || !isCommaToken(view, that - 1)) return that;
  for (let k = that - 2; k >= cue.end && that - k <= MAX_ASIDE_TOKENS; k--) {
    if (!isCommaToken(view, k)) continue;
    return isCueToken[k + 1] && posTagOf(view, k + 1) === 'VERB' ? k : that;
  }
  return that;
}

/**
 * `Police said people in the vicinity should stay home.`: when the tagger
 * found a source before the cue and took the clause right after it for a
 * second source, leaving no content, that clause (a run holding a verb
 * past its first word) is the content. Returns no pieces otherwise.
 */
export function clauseTakenForSource(view: TokenView, cue: CueSpan, source: Run | undefined, sourceRuns: Run[]): Run[] {
  if (!source || source.end > cue.first) return [];
  const after = sourceRuns.find((run) => run.first >= cue.end && run.first - cue.end <= 1);
  if (!after) return [];
  for (let k = after.first + 1; k < after.end; k++) {
    const tag = posTagOf(view, k);
    if (tag === 'VERB' || tag === 'AUX') return [{ ...after }];
  }
  return [];
}

/**
 * `That delay makes it hard to diagnose, said Dr. Samir Qureshi.`: when the
 * tagger found the speaker after a verb of speech that follows a comma, and no
 * content, the clause from the sentence's start to that comma is the content
 * (past an opening conjunction). Not after a quotation (those are direct and
 * snap to the quote), and only a clause with a finite verb. Returns no
 * pieces otherwise.
 */
export function clauseBeforeInvertedSpeaker(doc: Doc, view: TokenView, cue: CueSpan, source: Run | undefined): Run[] {
  // The speaker right after a one-word cue (not `, promoted by X`).
  if (!source || source.first !== cue.end || cue.end !== cue.first + 1) return [];
  const tokens = doc.need('tokens');
  const sentence = doc.need('sentences')[view.sentence[cue.first]];
  const comma = cue.first - 1;
  if (!view.speechVerb[cue.first] || posTagOf(view, cue.first) !== 'VERB') return [];
  if (tokens.lower[comma] !== ',' || view.isQuoteMark[comma - 1]) return [];
  const first = afterLeadingConjunctions(tokens.lower, sentence, comma);
  if (comma <= first + 1 || view.isQuoteMark[first] || !hasFiniteVerb(doc, first, comma)) return [];
  return [{ first, end: comma, margin: 0 }];
}

/**
 * A content never ends on an article or a conjunction: one of train's 22,525 gold content
 * pieces does, and 46 of ours over train, dev, seed and examples did
 * (`... each nurse can be assigned, the` before an appositive the tagger
 * left out). The article goes, with a preposition, comma or conjunction left
 * dangling before it.
 */
export function withoutTrailingArticles(doc: Doc, view: TokenView, runs: Run[]): Run[] {
  const lower = doc.need('tokens').lower;
  return runs.map((run) => {
    // `food prices rose 1.9% in January, but`: a conjunction left dangling goes too (train's
    // gold content pieces end on `and`, `but` or `or` 9 times in 23,296).
    if (posTagOf(view, run.end - 1) === 'CCONJ') {
      const end = endBeforeDanglingJoin(doc, view, run.first, run.end);
      return end > run.first ? { ...run, end } : run;
    }
    if (!ARTICLES.has(lower[run.end - 1])) return run;
    let end = run.end - 1;
    if (end > run.first && posTagOf(view, end - 1) === 'ADP') end--;
    end = endBeforeDanglingJoin(doc, view, run.first, end);
    // A piece of nothing but the article is the tagger's guess at a phrase it lost: kept as it is.
    return end > run.first ? { ...run, end } : run;
  });
}
