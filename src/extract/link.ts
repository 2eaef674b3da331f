import {
  type AttributionKind,
  type AttributionLayerItem,
  type Doc,
  isAsciiLowerCase,
  POS_TAGS,
  partitionPoint,
  type Span,
  WEEKDAYS,
} from '../core/index.js';
import { hashString, type LogisticModel, predictLogistic } from '../learn/index.js';
import type { CueSpan } from './cue-tagger.js';
import { CONTENT_B, CONTENT_I, type RoleTagging, SOURCE_B, SOURCE_I } from './role-tagger.js';
import { isQuoted, posTagOf, type TokenView } from './token-view.js';

export interface Run {
  first: number;
  end: number;
  /** Smallest tag margin inside the run: a run is as sure as its least sure token. */
  margin: number;
}

/** Maximal runs of B/I tags of one role, as token ranges. */
function runsOf(tagging: RoleTagging, begin: number, inside: number): Run[] {
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

function tokenSpan(doc: Doc, first: number, end: number): Span {
  const tokens = doc.need('tokens');
  return { start: tokens.start[first], end: tokens.end[end - 1] };
}

/**
 * Greedy tagging sometimes drops a few words inside one content (a comma, a
 * quote mark, "but she"), leaving it in pieces. Pieces on the same side of the
 * cue with only a short gap between them, and neither cue nor source inside
 * the gap, are one content.
 */
const MAX_CONTENT_GAP_TOKENS = 10;

function mergeContentRuns(runs: Run[], cue: CueSpan, source: Run | undefined): Run[] {
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
 * Direct quotes are mechanical: when a content takes in any words of a
 * quotation, the whole quotation is the content, including the paragraphs it
 * continues into (which may lie beyond the tagger's window). Gap and snap
 * settings were chosen on 20 % of train held out (content exact +0.024,
 * relation +0.010 there against a gap of 6 and snapping at half a quote).
 */
function snapToQuotes(doc: Doc, runs: Run[], cue: CueSpan): void {
  const quotes = doc.need('quotes');
  const tokens = doc.need('tokens');
  for (const run of runs) {
    const runStart = tokens.start[run.first];
    const runEnd = tokens.end[run.end - 1];
    for (let q = firstQuoteEndingAfter(quotes, runStart); q < quotes.length && quotes[q].start < runEnd; q++) {
      const quote = quotes[q];
      const covered = Math.min(runEnd, quote.inner.end) - Math.max(runStart, quote.inner.start);
      if (covered <= 0) continue;
      let last = q;
      while (quotes[last].continues && last + 1 < quotes.length) last++;
      const first = tokenAtOrAfter(tokens, quote.start);
      const end = tokenAtOrAfter(tokens, quotes[last].end);
      // Never swallow the cue itself (`"…," she said, "…"` keeps two pieces).
      if (first < run.first && !(first < cue.end && run.first >= cue.end)) run.first = first;
      if (end > run.end && !(end > cue.first && run.end <= cue.first)) run.end = end;
    }
  }
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

/** Whether tokens [from, to) hold a token of a cue other than `cue`, outside quotation marks (a quoted cue is nested). */
function otherCueIn(view: TokenView, isCueToken: Uint8Array, cue: CueSpan, from: number, to: number): boolean {
  for (let j = from; j < to; j++) {
    if (isCueToken[j] && (j < cue.first || j >= cue.end) && !isQuoted(view, j)) return true;
  }
  return false;
}

/** The first token in [from, to) that is a quote mark or has a POS tag in `stops`; `to` when there is none. */
function firstStop(view: TokenView, from: number, to: number, stops: ReadonlySet<string>): number {
  let k = from;
  while (k < to && !view.isQuoteMark[k] && !stops.has(posTagOf(view, k))) k++;
  return k;
}

/** Words that open a clause's subject (`the plan`, `he`, `Ortiz`): a piece opening so may be what was said. */
const SUBJECT_OPENERS = new Set(['DET', 'PRON', 'PROPN', 'NOUN', 'NUM']);

/**
 * `"We'll win," she said in an interview Sunday. "They know it."`: a content
 * piece after the cue that starts in the cue's own sentence outside quotation
 * marks took in the narrator's words (when, where, how it was said), when the
 * content before the cue is a quotation. If it runs on into a quotation in a
 * later sentence, it starts there (held-out train: content exact +0.005 to
 * +0.006 on each of four seeds); if it stays in the sentence and does not open
 * like a clause's subject (`when asked if ...`, `at a rally`, `adding ...`),
 * it is dropped (content exact +0.005 to +0.006 more, relation within
 * ±0.0004). Returns the pieces kept.
 */
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

export function trimNarrationAfterCue(view: TokenView, runs: Run[], cue: CueSpan): Run[] {
  const sentence = view.sentence[cue.first];
  if (!runs.some((run) => run.end <= cue.first && isQuoted(view, run.first))) return runs;
  return runs.filter((run) => {
    if (run.first < cue.end || view.sentence[run.first] !== sentence || isQuoted(view, run.first)) return true;
    let k = run.first;
    while (k < run.end && view.sentence[k] === sentence && !isQuoted(view, k)) k++;
    if (k === run.end) return SUBJECT_OPENERS.has(posTagOf(view, run.first)) && !afterCuesPreposition(view, run, cue);
    if (view.sentence[k] !== sentence && isQuoted(view, k)) run.first = k;
    return true;
  });
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

/**
 * `"Safety first," Skyward chief operating officer Martin Greaves told`: a
 * quotation before the cue whose piece ran on past its closing mark into the
 * words right before the source: those words open the source (held-out
 * train, fixed taggers: source exact +0.0007 to +0.0008, content exact
 * +0.0006 to +0.0007 on each of four seeds, relation unchanged).
 */
export function sourceTitleAfterQuote(view: TokenView, runs: Run[], cue: CueSpan, source?: Run): Run | undefined {
  if (!source || source.end > cue.first) return source;
  const piece = runs.find((run) => run.end === source.first && view.isQuoteMark[run.first] === 1);
  if (!piece) return source;
  let close = source.first - 1;
  while (close > piece.first && !view.isQuoteMark[close]) close--;
  if (close <= piece.first || close === source.first - 1) return source;
  for (let j = close + 1; j < source.first; j++) if (!TITLE_POS.has(posTagOf(view, j))) return source;
  piece.end = close + 1;
  return { ...source, first: close + 1 };
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
 * exact −0.0005 to −0.0001 and cue exact −0.0007 to +0.0002.
 */
export function endBeforeCoordinatedCue(
  doc: Doc,
  view: TokenView,
  runs: Run[],
  cue: CueSpan,
  isCueToken: Uint8Array,
): void {
  const tokens = doc.need('tokens');
  for (const run of runs) {
    if (run.first < cue.end) continue;
    let j = run.first + 1;
    while (j < run.end && !(isCueToken[j] && !isQuoted(view, j))) j++;
    if (j >= run.end) continue;
    let k = j - 1;
    while (k > run.first && (posTagOf(view, k) === 'ADV' || posTagOf(view, k) === 'AUX')) k--;
    // `Asked how much it would cost, he said: ...`: the other cue's own speaker and a comma.
    let speaker = k;
    while (speaker > run.first && SPEAKER_WORDS.has(posTagOf(view, speaker))) speaker--;
    if (speaker < k && speaker > run.first && tokens.lower[speaker] === ',') {
      run.end = speaker;
      continue;
    }
    if (k === run.first) continue;
    if (tokens.lower[k] === ',') {
      run.end = k;
      continue;
    }
    if (!COORDINATORS.has(tokens.lower[k])) continue;
    run.end = tokens.lower[k - 1] === ',' ? k - 1 : k;
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
 * `Asked whether she had practised, she said, "I read it once."` and
 * `Taking it in, the governor said, "..."`: when a quotation opens right after the
 * cue, the unquoted words before the source are the narrator's, not the
 * content (held-out train, fixed taggers: content exact +0.0038 to +0.0052,
 * relation +0.0002 to +0.0006 on each of four seeds; cue and source exact
 * −0.0002 to +0.0000 through the confidence floor).
 */
export function withoutNarrationBeforeQuote(view: TokenView, runs: Run[], cue: CueSpan, source?: Run): Run[] {
  if (!source || source.end > cue.first) return runs;
  if (!runs.some((run) => run.first >= cue.end && run.first <= cue.end + 1 && view.isQuoteMark[run.first] === 1))
    return runs;
  // A conjunction alone stays: PolNeAR's content of `But, he said, "..."` opens with `But`
  // (content exact +0.0003 to +0.0004 more on each seed).
  const conjunction = (run: Run) => run.end - run.first <= 2 && posTagOf(view, run.first) === 'CCONJ';
  const kept = runs.filter((run) => run.end > source.first || quotedTokenIn(view, run) || conjunction(run));
  return kept.length > 0 ? kept : runs;
}

function quotedTokenIn(view: TokenView, run: Run): boolean {
  for (let j = run.first; j < run.end; j++) if (isQuoted(view, j)) return true;
  return false;
}

/** Words that open an apposition or a relative clause after a name: `, a backer of the bill`, `, who ...`. */
const APPOSITION_OPENERS = new Set(['a', 'an', 'the', 'one', 'who', 'which', 'whose']);

/**
 * `"...," said Sen. Ada Voss (D-Ore.), a backer of the bill.`: a source after
 * its cue takes in the apposition or relative clause that follows it to the
 * sentence's end, as train's annotators do (460 times against 45), when no
 * content or quotation comes after it (held-out train, fixed taggers: source
 * exact +0.0007 to +0.0015 on each of four seeds, nothing else moved).
 */
export function withTrailingApposition(doc: Doc, view: TokenView, source: Run, cue: CueSpan, runs: Run[]): Run {
  const tokens = doc.need('tokens');
  if (source.first < cue.end || runs.some((run) => run.first >= source.end)) return source;
  if (tokens.lower[source.end] !== ',' || !APPOSITION_OPENERS.has(tokens.lower[source.end + 1] ?? '')) return source;
  const sentence = doc.need('sentences')[view.sentence[source.first]];
  let end = sentence.endToken;
  if (posTagOf(view, end - 1) === 'PUNCT' && !view.isQuoteMark[end - 1]) end--;
  for (let j = source.end; j < end; j++) if (view.isQuoteMark[j]) return source;
  return end > source.end + 1 ? { ...source, end } : source;
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

const ADVERB_OR_PARTICLE = new Set(['ADV', 'PART']);
const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", "'re"]);

/**
 * A cue in the passive with no agent (`were asked`, `is expected to`, `was
 * told`): in train, 70 % of such cues have no source, and most of the rest
 * are adjectives (`is tired of`) whose subject the tagger finds anyway.
 * Dropping the source the tagger put before such a cue gave relation F1
 * +0.002 to +0.003 on each of four seeds on held-out train.
 */
export function isPassiveCue(doc: Doc, cue: CueSpan): boolean {
  const tokens = doc.need('tokens');
  // An agent, in the cue or right after it (`was told by aides`), is the source.
  for (let j = cue.first; j < Math.min(tokens.count, cue.end + 1); j++) if (tokens.lower[j] === 'by') return false;
  for (let k = cue.first; k + 1 < cue.end; k++) {
    // Past adverbs and `not`: `were also asked`, `was not told`.
    let verb = k + 1;
    while (verb + 1 < cue.end && ADVERB_OR_PARTICLE.has(POS_TAGS[tokens.pos[verb]])) verb++;
    if (BE_FORMS.has(tokens.lower[k]) && POS_TAGS[tokens.pos[verb]] === 'VERB' && !tokens.lower[verb].endsWith('ing')) {
      return true;
    }
  }
  return false;
}

/** Words a sentence may open with before the content proper: `But the plan failed, she said.` */
const LEADING_CONJUNCTIONS = new Set(['but', 'and', 'yet', 'so', 'or']);
/** Words that, before a content, show it did not start at the sentence's start. */
const OPENS_NO_CONTENT = new Set(['PUNCT', 'VERB']);
const PUNCTUATION = new Set(['PUNCT']);

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
 * `A report released last month by the state's emergency office found ...`:
 * a source the tagger started at `by` (the agent of a participle) before the
 * cue is the whole noun phrase from the sentence's start, when nothing but
 * words lies between (no punctuation, no content). PolNeAR's texts hardly
 * have the case (no figure moved on held-out train); wire copy does.
 */
export function withParticipleHead(doc: Doc, view: TokenView, source: Run, cue: CueSpan, contents: Run[]): Run {
  const tokens = doc.need('tokens');
  if (tokens.lower[source.first] !== 'by' || source.end > cue.first) return source;
  const opening = doc.need('sentences')[view.sentence[source.first]].firstToken;
  if (contents.some((run) => run.first < source.first && run.end > opening)) return source;
  return firstStop(view, opening, source.first, PUNCTUATION) === source.first ? { ...source, first: opening } : source;
}

/** Words that may stand between a sentence-final cue and the full stop: `said Thursday`, `said on Friday`, `said last week`. */
const TIME_WORDS = new Set([
  ...WEEKDAYS,
  ...'today yesterday tonight on earlier later this last week month morning afternoon evening night'.split(' '),
]);

/**
 * `The bridge will reopen in May, the agency said Thursday.`: train's `said
 * Thursday` is mostly followed by its content (`said Thursday that ...`), so
 * the tagger finds the source and no content at all when the sentence ends
 * there. When a cue ends its sentence (time words aside), nothing of the
 * sentence is content yet, and a comma sets the source (or the cue) off from
 * a clause before it, that clause is the content. Held-out train: every figure
 * +0.0000 to +0.0003 on each of four seeds (the case is rare in PolNeAR, common
 * on the wire). Its margin is 0: the taggers did not choose it.
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
  let k = cue.end;
  while (k < sentence.endToken - 1 && TIME_WORDS.has(tokens.lower[k])) k++;
  if (k !== sentence.endToken - 1 || POS_TAGS[tokens.pos[k]] !== 'PUNCT') return null;
  if (runs.some((run) => run.first < sentence.endToken && run.end > sentence.firstToken)) return null;
  const comma = (source && source.end <= cue.first ? source.first : cue.first) - 1;
  const first = sentence.firstToken;
  if (comma <= first + 1 || tokens.lower[comma] !== ',' || view.isQuoteMark[first]) return null;
  // A clause, not an opening phrase (`Then, last week, Eric Trump called.`): a finite verb in it.
  for (let j = first; j < comma; j++) {
    const tag = POS_TAGS[tokens.pos[j]];
    if ((tag === 'VERB' || tag === 'AUX') && !tokens.lower[j].endsWith('ing')) return { first, end: comma, margin: 0 };
  }
  return null;
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
  if (!source || source.first !== cue.end || cue.end - cue.first !== 2) return runs;
  if (tokens.lower[cue.first] !== 'according' || tokens.lower[cue.first + 1] !== 'to') return runs;
  const sentence = doc.need('sentences')[view.sentence[cue.first]];
  let opening = sentence.firstToken;
  while (opening < cue.first && LEADING_CONJUNCTIONS.has(tokens.lower[opening])) opening++;
  if (tokens.lower[source.end] !== ',') return runs;
  let end = sentence.endToken;
  if (end - 1 > source.end && POS_TAGS[tokens.pos[end - 1]] === 'PUNCT' && !view.isQuoteMark[end - 1]) end--;
  const first = source.end + 1;
  const margin = Math.min(...runs.map((run) => run.margin));
  if (opening === cue.first) {
    if (first >= end || runs.some((run) => run.first < first || run.end > end)) return runs;
    return [{ first, end, margin }];
  }
  // `The next day, according to the filing, the firm raised its offer.`: the sentence around it.
  if (tokens.lower[cue.first - 1] !== ',' || first >= end) return runs;
  if (!opensClause(view, first, end)) return runs;
  if (runs.some((run) => run.first < opening || run.end > end)) return runs;
  return [
    { first: opening, end: cue.first - 1, margin },
    { first, end, margin },
  ];
}

/** Whether tokens [from, to) read as a clause: no participle, subordinator or relative pronoun first, and a finite verb in it. */
function opensClause(view: TokenView, from: number, to: number): boolean {
  const first = posTagOf(view, from);
  if (first === 'SCONJ' || first === 'VERB' || RELATIVE_OPENERS_HASHES.has(view.lower[from])) return false;
  for (let j = from; j < to; j++) {
    const tag = posTagOf(view, j);
    if (tag === 'AUX' || tag === 'VERB') return true;
  }
  return false;
}

/**
 * `"I leave that to others," he says during a car ride. "I just do my day
 * job."`: a quotation that opens the next sentence of the paragraph goes on
 * the same speaker's words, when the content before the cue is a quotation,
 * none comes after the cue yet, and the new quotation's sentences hold no
 * cue of their own (held-out train, fixed taggers: content exact +0.0034 to
 * +0.0049, relation +0.0005 to +0.0010 on each of four seeds, nothing else
 * moved by more than 0.0002; and where the tagger had begun the quotation,
 * often with its opening mark alone: content exact +0.0007 to +0.0021 more).
 */
export function continuedQuotation(
  doc: Doc,
  view: TokenView,
  runs: Run[],
  cue: CueSpan,
  isCueToken: Uint8Array,
): Run[] {
  if (!runs.some((run) => run.end <= cue.first && view.isQuoteMark[run.first] === 1)) return runs;
  const sentences = doc.need('sentences');
  const tokens = doc.need('tokens');
  const s = view.sentence[cue.first];
  const next = sentences[s + 1];
  // A piece the tagger began there (often the opening mark alone) gives way to the whole quotation.
  if (runs.some((run) => run.first >= cue.end && run.first !== next?.firstToken)) return runs;
  if (!next || next.paragraph !== sentences[s].paragraph || !view.isQuoteMark[next.firstToken]) return runs;
  const quote = doc.need('quotes').find((q) => q.start === tokens.start[next.firstToken]);
  if (!quote?.closed) return runs;
  const end = tokenAtOrAfter(tokens, quote.end);
  const lastSentence = sentences[view.sentence[end - 1]];
  if (lastSentence.paragraph !== next.paragraph) return runs;
  for (let j = next.firstToken; j < lastSentence.endToken; j++) if (isCueToken[j]) return runs;
  const before = runs.filter((run) => run.first < cue.end);
  return [...before, { first: next.firstToken, end, margin: Math.min(...runs.map((run) => run.margin)) }];
}

/** How far into its sentence a cue may stand and still own the quotation cut off before it. */
const CUT_OFF_CUE_REACH = 6;

/**
 * wink-nlp ends a sentence at `?"` and `!"` (and at `."` before a lower-case
 * word), so in `"Is it fair?" the mayor said.` the tagger, which looks at the
 * sentence before only when the cue's opens inside a quotation, never sees
 * the quotation. When the cue's sentence starts right after such a cut, in
 * the same paragraph, and the cue stands near its start, the quotation is the
 * content's first piece (held-out train: relation +0.005 to +0.006, content
 * exact +0.004 to +0.005 on each of four seeds). Its margin is 0: the
 * taggers did not choose it.
 */
export function quotationCutOff(doc: Doc, view: TokenView, cue: CueSpan): Run | null {
  const sentences = doc.need('sentences');
  const tokens = doc.need('tokens');
  const s = view.sentence[cue.first];
  if (s === 0) return null;
  const opening = sentences[s].firstToken;
  if (opening < 2 || !view.isQuoteMark[opening - 1] || sentences[s - 1].paragraph !== sentences[s].paragraph)
    return null;
  const lowerCase = isAsciiLowerCase(doc.text.charCodeAt(tokens.start[opening]));
  const mark = tokens.lower[opening - 2];
  if (!lowerCase && mark !== '?' && mark !== '!') return null;
  // The cue comes early in its sentence: `the mayor said.`, `said the mayor.`
  if (cue.first - opening > CUT_OFF_CUE_REACH) return null;
  const quotes = doc.need('quotes');
  const closeEnd = tokens.end[opening - 1];
  const quote = quotes.find((q) => q.end === closeEnd);
  if (!quote) return null;
  const start = tokenAtOrAfter(tokens, quote.start);
  return start < opening ? { first: start, end: opening, margin: 0 } : null;
}

function firstQuoteEndingAfter(quotes: readonly Span[], offset: number): number {
  return partitionPoint(quotes.length, (i) => quotes[i].end <= offset);
}

function tokenAtOrAfter(tokens: { count: number; start: Int32Array }, offset: number): number {
  return partitionPoint(tokens.count, (i) => tokens.start[i] < offset);
}

/**
 * Without a calibration in the model (an old or hand-made one), margins go
 * through a fixed logistic that is merely monotone: higher is surer.
 */
const UNCALIBRATED: LogisticModel = { weights: [0.2, 0.2, 0.1, 0], bias: 0 };

/** The probability that the attribution is right, from the taggers' margins (`evidence`). */
export function confidenceOf(evidence: number[], calibration: LogisticModel | null): number {
  return predictLogistic(calibration ?? UNCALIBRATED, evidence);
}

/** Whether the content's words sit inside quotation marks: all, some, or none of them. */
function kindOf(view: TokenView, runs: Run[]): AttributionKind {
  let quoted = 0;
  let total = 0;
  for (const run of runs) {
    for (let i = run.first; i < run.end; i++) {
      if (view.isQuoteMark[i]) continue;
      total++;
      quoted += view.inQuote[i];
    }
  }
  if (quoted === 0) return 'indirect';
  return quoted === total ? 'direct' : 'mixed';
}

/** Words that open a relative clause set off by commas: "Mayor X, who had ..., said". */
const RELATIVE_OPENERS = new Set(['who', 'which', 'whose', 'whom']);
const RELATIVE_OPENERS_HASHES = new Set([...RELATIVE_OPENERS].map(hashString));
/** How far back a relative clause before the cue may start. */
const MAX_RELATIVE_CLAUSE_TOKENS = 30;
/** Parts of speech a noun phrase before the clause is made of ("Mayor Dana Whitlock", "an official familiar with the talks"). */
const NOUN_PHRASE_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'NUM', 'PART', 'ADP']);
const NOMINAL = new Set(['PROPN', 'NOUN']);
/** A title before a name may hold a participle: `chief operating officer`. */
const TITLE_POS = new Set([...NOUN_PHRASE_POS, 'VERB']);
const DET = POS_TAGS.indexOf('DET');

/**
 * A source the tagger found inside a relative clause that sits between the
 * speaker and the cue ("Mayor X, who vetoed the draft, said": the tagger picks
 * "the draft") becomes the speaker with the clause, as PolNeAR annotates it
 * ("Chris Cox, who runs the lobbying arm,").
 */
export function withRelativeClauseHead(doc: Doc, source: Run, cue: CueSpan): Run {
  const tokens = doc.need('tokens');
  const word = (i: number) => tokens.lower[i];
  if (source.end > cue.first || cue.first === 0 || word(cue.first - 1) !== ',') return source;
  const sentence = tokens.sentence[cue.first];
  const floor = Math.max(0, cue.first - MAX_RELATIVE_CLAUSE_TOKENS);
  const nounPhraseAt = (i: number) =>
    i >= 0 && tokens.sentence[i] === sentence && NOUN_PHRASE_POS.has(POS_TAGS[tokens.pos[i]]);
  for (let k = source.first; k > floor; k--) {
    if (tokens.sentence[k - 1] !== sentence) return source;
    if (!RELATIVE_OPENERS.has(word(k))) continue;
    if (word(k - 1) === ',') {
      let start = k - 1;
      while (nounPhraseAt(start - 1)) start--;
      if (start === k - 1) return source;
      return { first: start, end: cue.first - 1, margin: source.margin };
    }
    // `Dr. Rosa Lind, an endocrinologist who was not involved in the study, noted`: the tagger took
    // `was`. Only `who` right before the tagged source: `a decision which he has refused` stays.
    if (word(k) === 'who' && k === source.first - 1 && NOMINAL.has(POS_TAGS[tokens.pos[k - 1]])) {
      let start = k;
      while (nounPhraseAt(start - 1)) start--;
      // With the name the description stands beside: `Rosa Lind, an endocrinologist`.
      if (word(start - 1) === ',' && tokens.pos[start] === DET && nounPhraseAt(start - 2)) {
        start--;
        while (nounPhraseAt(start - 1)) start--;
      }
      return { first: start, end: cue.first - 1, margin: source.margin };
    }
  }
  return source;
}

/**
 * `Council member Rafael Ochoa, who chairs the committee, called the plan
 * shortsighted and said ...`: for the second verb the tagger may end the
 * source at the relative pronoun. A source ending `, who` or `, which` ends
 * before the comma (held-out train: source exact +0.0004 to +0.0015 on each
 * of four seeds, nothing else moved). A lone `who` stays: PolNeAR makes the
 * relative pronoun the source of a cue inside its clause.
 */
export function withoutDanglingRelative(doc: Doc, source: Run): Run {
  const tokens = doc.need('tokens');
  if (source.end - source.first <= 2 || tokens.lower[source.end - 2] !== ',') return source;
  const last = tokens.lower[source.end - 1];
  return last === 'who' || last === 'which' ? { ...source, end: source.end - 2 } : source;
}

/** Cue margins above this add nothing to the confidence's `min(margin, cap)` input. */
const CUE_MARGIN_CAP = 30;

/**
 * What the confidence is computed from: the taggers' margins first (models
 * calibrated on those four alone still read them), then the attribution's
 * shape. A `said` cue with a quotation and a named source is right far more
 * often than a long-tail cue with a two-word content at the same margins;
 * giving the calibration the shape moved relation F1 by +0.003 to +0.005 on
 * held-out train, on each of four shuffling seeds (docs/accuracy.md).
 */
function evidenceOf(view: TokenView, cue: CueSpan, source: Run | undefined, contents: Run[], kind: AttributionKind) {
  let contentTokens = 0;
  for (const run of contents) contentTokens += run.end - run.first;
  const cueSentence = view.sentence[cue.first];
  return [
    cue.margin,
    Math.min(...contents.map((run) => run.margin)),
    source ? source.margin : 0,
    source ? 1 : 0,
    view.speechVerb[cue.first] || view.speechVerb[cue.end - 1] ? 1 : 0,
    Math.min(4, cue.end - cue.first),
    Math.log1p(contentTokens),
    kind === 'direct' ? 1 : 0,
    kind === 'mixed' ? 1 : 0,
    Math.min(2, contents.length - 1),
    contents.some((run) => view.sentence[run.first] === cueSentence) ? 1 : 0,
    Math.min(cue.margin, CUE_MARGIN_CAP),
    source ? Math.min(source.end - source.first, 8) : 0,
  ];
}

/**
 * One attribution from a cue and the roles tagged around it. A source is one
 * phrase, so only the run nearest the cue is kept; content may come in
 * several pieces (`"X," she said, "Y."`). No content, no attribution.
 */
export function linkAttribution(
  doc: Doc,
  view: TokenView,
  cue: CueSpan,
  tagging: RoleTagging,
  calibration: LogisticModel | null,
  isCueToken: Uint8Array,
): AttributionLayerItem | null {
  const sourceRuns = runsOf(tagging, SOURCE_B, SOURCE_I);
  const distance = (run: Run) => (run.end <= cue.first ? cue.first - run.end : run.first - cue.end);
  const nearest = sourceRuns.sort((a, b) => distance(a) - distance(b))[0];
  let source = nearest ? withoutDanglingRelative(doc, withRelativeClauseHead(doc, nearest, cue)) : undefined;
  // "Voters were asked ...": the subject of a passive cue is not who speaks.
  if (source && source.end <= cue.first && isPassiveCue(doc, cue)) source = undefined;
  let contentRuns = mergeContentRuns(runsOf(tagging, CONTENT_B, CONTENT_I), cue, source);
  const inverted = invertedReportContent(doc, view, cue, source, contentRuns);
  if (inverted) contentRuns = [inverted, ...contentRuns];
  const cutOff = quotationCutOff(doc, view, cue);
  if (cutOff && !contentRuns.some((run) => run.first < cutOff.end)) contentRuns = [cutOff, ...contentRuns];
  if (contentRuns.length === 0) return null;
  endAtParagraph(doc, view, contentRuns);
  contentRuns = endBeforeOtherCues(doc, view, contentRuns, cue, isCueToken);
  contentRuns = withoutPiecesPastOtherCues(view, contentRuns, cue, isCueToken, source);
  snapToQuotes(doc, contentRuns, cue);
  contentRuns = trimNarrationAfterCue(view, contentRuns, cue);
  contentRuns = withoutNarrationBeforeQuote(view, contentRuns, cue, source);
  contentRuns = continuedQuotation(doc, view, contentRuns, cue, isCueToken);
  contentRuns = accordingToClause(doc, view, cue, source, contentRuns);
  startAtSentenceStart(doc, view, contentRuns, cue, source);
  startAtNounPhrase(view, contentRuns, cue, source);
  source = sourceTitleAfterQuote(view, contentRuns, cue, source);
  if (source) source = withTrailingApposition(doc, view, source, cue, contentRuns);
  endBeforeCoordinatedCue(doc, view, contentRuns, cue, isCueToken);
  contentRuns = withoutSourcesClause(doc, contentRuns, cue, source);
  if (source) source = withParticipleHead(doc, view, source, cue, contentRuns);
  const kind = kindOf(view, contentRuns);
  const evidence = evidenceOf(view, cue, source, contentRuns, kind);
  return {
    cue: [tokenSpan(doc, cue.first, cue.end)],
    source: source ? [tokenSpan(doc, source.first, source.end)] : [],
    content: contentRuns.map((run) => tokenSpan(doc, run.first, run.end)),
    kind,
    confidence: Math.round(confidenceOf(evidence, calibration) * 1000) / 1000,
    evidence,
    parent: null,
    entity: null,
    via: null,
    rule: 'model',
  };
}

/**
 * Two cues the tagger found for one content (`said ..., in a statement`,
 * `responded in a text message:`) are one attribution: the surer one stays.
 * PolNeAR hardly ever gives two attributions the same content (held-out
 * train: relation +0.0000 to +0.0008, content exact +0.0005 to +0.0008, on
 * each of four seeds).
 */
export function dropRepeatedContents(attributions: AttributionLayerItem[]): AttributionLayerItem[] {
  const contentKey = (a: AttributionLayerItem) => a.content.map((piece) => `${piece.start}:${piece.end}`).join(' ');
  const surest = new Map<string, AttributionLayerItem>();
  for (const attribution of attributions) {
    const key = contentKey(attribution);
    const other = surest.get(key);
    if (!other || attribution.confidence > other.confidence) surest.set(key, attribution);
  }
  return attributions.filter((attribution) => surest.get(contentKey(attribution)) === attribution);
}

interface OwnedSpan {
  start: number;
  end: number;
  /** Index of the attribution the span belongs to. */
  owner: number;
}

/**
 * One role's spans of every attribution, sorted by start, and a search for the
 * spans of other attributions that hold a cue. Only spans that could still
 * reach the cue are scanned (back as far as the longest span), so a document
 * with thousands of attributions stays near-linear. Nearest start first.
 */
function spansHoldingCues(
  attributions: AttributionLayerItem[],
  role: 'source' | 'content',
): (cue: Span, self: number) => OwnedSpan[] {
  const spans: OwnedSpan[] = [];
  attributions.forEach((attribution, owner) => {
    for (const span of attribution[role]) spans.push({ start: span.start, end: span.end, owner });
  });
  spans.sort((a, b) => a.start - b.start);
  const longest = spans.reduce((max, span) => Math.max(max, span.end - span.start), 0);
  return (cue, self) => {
    const holding: OwnedSpan[] = [];
    for (let k = upperBound(spans, cue.start) - 1; k >= 0 && spans[k].start >= cue.start - longest; k--) {
      if (spans[k].owner !== self && cue.end <= spans[k].end) holding.push(spans[k]);
    }
    return holding;
  };
}

/**
 * An attribution whose cue lies inside another's source ("Whitlock, who had
 * threatened to veto the draft, said ...") is said within that source phrase:
 * its content ends where the phrase ends, not in the sentence around it.
 */
export function keepContentsInsideSources(attributions: AttributionLayerItem[]): void {
  const sourcesHolding = spansHoldingCues(attributions, 'source');
  attributions.forEach((inner, index) => {
    for (const source of sourcesHolding(inner.cue[0], index)) {
      const clipped = inner.content
        .filter((piece) => piece.start < source.end)
        .map((piece) => (piece.end > source.end ? { start: piece.start, end: source.end } : piece));
      // A content wholly outside the phrase is a tagging error of another kind: left as it is.
      if (clipped.length > 0) inner.content = clipped;
    }
  });
}

/** Nested attributions: the parent is the attribution with the shortest content piece holding this one's cue. */
export function assignParents(attributions: AttributionLayerItem[]): void {
  const contentsHolding = spansHoldingCues(attributions, 'content');
  attributions.forEach((child, index) => {
    let best: number | null = null;
    let bestLength = Infinity;
    for (const piece of contentsHolding(child.cue[0], index)) {
      if (piece.end - piece.start < bestLength) {
        best = piece.owner;
        bestLength = piece.end - piece.start;
      }
    }
    child.parent = best;
  });
}

function upperBound(pieces: { start: number }[], offset: number): number {
  return partitionPoint(pieces.length, (k) => pieces[k].start <= offset);
}
