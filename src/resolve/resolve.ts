import {
  type AttributionLayerItem,
  type Doc,
  type EntityLayerItem,
  firstEndingAfter,
  isInitialsOf,
  isWhitespace,
  type NoCommentLayerItem,
  POS_TAGS,
  partitionPoint,
  type Sentence,
  type Span,
  type TokenLayer,
} from '../core/index.js';
import { isPartyTag } from '../text/party-tags.js';
import { transcriptTags } from '../text/transcripts.js';
import { findCandidateSpans } from './candidates.js';
import { type CitedParty, citedParties, computeVia, outletInDocument } from './chains.js';
import type { Cluster } from './cluster.js';
import { clusterMentions, type Resolution } from './entities.js';
import { isNamed } from './kinds.js';
import { analyzeMention, type Mention, nameKeyOf } from './mention.js';
import { isFirstName } from './names.js';
import { POSSESSIVE_OPENING } from './noun-phrase.js';
import { matchOutlet } from './outlets.js';
import { trimEdges } from './phrase-words.js';
import { findPublisher } from './publisher.js';
import { findRefusals, type Refusal, refusalSubject } from './refusals.js';
import { relayCitedParties } from './relays.js';

/** How far back a first-person pronoun looks among contents for the quotation it stands in. */
const ENCLOSING_CONTENT_LOOKBACK = 50;

interface MentionSeed extends Span {
  isSource: boolean;
}

const seedOf = (span: Span, isSource: boolean): MentionSeed => ({ start: span.start, end: span.end, isSource });

/**
 * Resolves a document's sources into entities, sets each attribution's
 * `entity` and `via`, records refusals in `noComment`, and fills
 * `meta.publisher` from a credit line or dateline when it is unknown.
 */
export function resolveDocument(doc: Doc): void {
  resolveMentions(doc, findMentions(doc));
}

/** What finding a document's mentions leaves for resolving them. */
export interface FoundMentions {
  /** Each attribution's speaker span, or null when it has no source. */
  sources: (Span | null)[];
  cited: CitedParty[];
  refusals: Refusal[];
  /** Each refusal's subject, or null. */
  subjects: (Span | null)[];
  mentions: Mention[];
  indexOf: (seed: Span) => number;
}

/**
 * The phrases that may name a source, analysed: the attributions' sources,
 * the parties they cite, the subjects of refusals and the candidates found
 * in the text. Fills `meta.publisher` when the text reveals it.
 */
export function findMentions(doc: Doc): FoundMentions {
  const attributions = doc.need('attributions');
  doc.meta.publisher ??= findPublisher(doc);
  const sources = attributions.map((a) => (a.source.length > 0 ? speakerSpan(doc.text, coverOf(a.source)) : null));
  const cited = citedParties(doc, attributions);
  const fixed: MentionSeed[] = [
    ...sources.filter((s): s is Span => s !== null).map((s) => seedOf(s, true)),
    ...cited.map((c) => seedOf(c, true)),
    ...invertedSpeakers(doc, attributions).map((s) => seedOf(s, true)),
    // The outlet inside "a report by Channel 9 News": a mention of its own, the report's channel.
    ...sources.flatMap((s) => {
      const outlet = s && outletInDocument(doc.text, s);
      return outlet ? [seedOf(outlet, false)] : [];
    }),
  ].sort(byStart);
  const candidates = withoutOverlaps(findCandidateSpans(doc), fixed).map((s) => seedOf(s, false));
  markUnlinkedSpeakers(doc, attributions, candidates);
  const allSpans = mergeSorted(fixed, candidates, byStart);
  const refusals = findRefusals(doc);
  const subjects = refusals.map((r) => refusalSubject(doc, r, allSpans));
  const seeds = [...allSpans, ...subjects.filter((s): s is Span => s !== null).map((s) => seedOf(s, true))];
  const { mentions, indexOf } = buildMentions(doc, seeds);
  researchPapers(doc.text, mentions);
  return { sources, cited, refusals, subjects, mentions, indexOf };
}

/** Words of research copy: where a paper is a study's write-up. */
const RESEARCH_WORDS = /\b(?:study|preprint|peer[- ]reviewed|researchers|co-authors?)\b/i;

/**
 * `In the paper, the researchers argue ...`: in research copy, `the paper`
 * with no newspaper named before it is the study's write-up, a document, not
 * an outlet (which made it the channel of the researchers' words).
 */
function researchPapers(text: string, mentions: Mention[]): void {
  let outletNamed = false;
  const papers: Mention[] = [];
  for (const mention of mentions) {
    const { outlet } = mention;
    if (!outlet) continue;
    if (!outlet.generic) outletNamed = true;
    else if (mention.head === 'paper' && !outletNamed) papers.push(mention);
  }
  // The text is searched only when there is such a paper.
  if (papers.length === 0 || !RESEARCH_WORDS.test(text)) return;
  for (const paper of papers) {
    paper.outlet = null;
    paper.kind = 'document';
  }
}

/** The mentions clustered into entities, the attributions' `entity` and `via`, and `noComment`. */
export function resolveMentions(
  doc: Doc,
  { sources, cited, refusals, subjects, mentions, indexOf }: FoundMentions,
): void {
  const attributions = doc.need('attributions');
  const sourceMention = new Int32Array(attributions.length).fill(-1);
  sources.forEach((s, a) => {
    if (s) sourceMention[a] = indexOf(s);
  });
  const excluded = new Map<number, Span[]>();
  attributions.forEach((a, i) => {
    if (sourceMention[i] >= 0) excluded.set(sourceMention[i], a.content);
  });
  const speakerOf = speakerFinder(attributions, mentions, sourceMention);
  const resolution = clusterMentions(doc.text, mentions, {
    excluded,
    speakerOf: (i) => speakerOf(i).speaker,
    contentSpeakerOf: (i) => {
      const found = speakerOf(i);
      return found.opening ? found.speaker : -1;
    },
    isSubject: subjectTest(doc, mentions),
    paragraphOf: paragraphOfSentence(doc),
    askerOf: askerFinder(doc, attributions, sourceMention),
  });
  reportingOutlets(doc, attributions, resolution, sourceMention);
  const interviewers = transcriptSpeakers(doc, resolution, sourceMention);
  const relayed = relayCitedParties({
    doc,
    attributions,
    resolution,
    sourceMention,
    cited: cited.map((c) => ({ mention: indexOf(c), attribution: c.attribution })).filter((c) => c.mention >= 0),
  });
  doc.attributions = relayed.attributions;
  // Every cluster of the publishing outlet ("AP" in the dateline, "The Associated Press" in the text).
  const publisherClusters = new Set<number>();
  resolution.clusters.forEach((c, i) => {
    if ((doc.meta.publisher && isPublisher(c, doc.meta.publisher)) || isSelfReference(c)) publisherClusters.add(i);
  });
  const via = computeVia({
    doc,
    attributions: relayed.attributions,
    resolution,
    sourceMention: relayed.sourceMention,
    cited: relayed.cited,
    publisherClusters,
    relayed: relayed.via,
  });
  for (const v of via) if (v >= 0) resolution.clusters[v].referenced = true;
  // A text never declines to comment: `They declined to comment` after `the reports` is someone else.
  const refusalClusters = subjects.map((s) => {
    const cluster = s ? (resolution.clusterOf[indexOf(s)] ?? -1) : -1;
    return cluster >= 0 && resolution.clusters[cluster].kind === 'document' ? -1 : cluster;
  });
  const ids = entityIds(resolution);
  doc.entities = buildEntities(doc, resolution, ids, interviewers);
  relayed.attributions.forEach((a, i) => {
    const cluster = relayed.sourceMention[i] >= 0 ? resolution.clusterOf[relayed.sourceMention[i]] : -1;
    a.entity = cluster >= 0 ? (ids.get(cluster) ?? null) : null;
    a.via = via[i] >= 0 ? (ids.get(via[i]) ?? null) : null;
  });
  doc.noComment = refusals.map(
    (r, i): NoCommentLayerItem => ({
      start: r.start,
      end: r.end,
      kind: r.kind,
      entity: refusalClusters[i] >= 0 ? (ids.get(refusalClusters[i]) ?? null) : null,
    }),
  );
}

/** "The Circuit", "the Beltway Insider": a name with an article. */
const OUTLET_NAME_FORM = /^[Tt]he\s+\p{Lu}/u;
/** A North American broadcaster's call sign: "KVTR", "WXYZ-TV", "KING-TV". */
const CALL_SIGN = /^(?:[KW][A-Z]{2,3}(?:-(?:TV|FM|AM|DT))?|[A-Z]{3,4}-(?:TV|FM|AM))$/;

/** The lemma of an attribution's last cue word: `report` of `first reported`. */
function cueLemma(tokens: TokenLayer, attribution: AttributionLayerItem): string {
  const cue = attribution.cue[attribution.cue.length - 1];
  return tokens.lemma[firstEndingAfter(tokens.end, cue.end - 1)];
}

/**
 * `The Circuit reported`, `as first reported by the Beltway Insider`, `told
 * The Circuit`: a name no list knows, with an article or a broadcaster's
 * call sign, no given name and no he or she, that reports or is told is an
 * outlet (its shape alone made it a person's name).
 */
function reportingOutlets(
  doc: Doc,
  attributions: readonly AttributionLayerItem[],
  resolution: Resolution,
  sourceMention: Int32Array,
): void {
  const tokens = doc.need('tokens');
  const clusterOfMention = (m: number) => resolution.clusters[resolution.clusterOf[m]];
  attributions.forEach((attribution, a) => {
    if (sourceMention[a] >= 0 && cueLemma(tokens, attribution) === 'report') {
      outletByShape(clusterOfMention(sourceMention[a]));
    }
  });
  // "Two employees told The Circuit that ...": the one told, a name with a capitalised article.
  resolution.mentions.forEach((mention, m) => {
    if (
      /^The\s/.test(mention.text) &&
      TOLD_BEFORE.test(doc.text.slice(Math.max(0, mention.start - 6), mention.start))
    ) {
      outletByShape(clusterOfMention(m));
    }
  });
}

const TOLD_BEFORE = /\btold\s+$/;

/** Makes a cluster media when its names have an outlet's shape and nothing marks it as a person or other body. */
function outletByShape(cluster: Cluster | undefined): void {
  if (!cluster) return;
  // An acronym is an organization's by its shape; a broadcaster's call sign is a station's.
  if (cluster.kind === 'organization' && cluster.mentions.some((m) => CALL_SIGN.test(m.text))) cluster.kind = 'media';
  if (cluster.kind !== 'person' || cluster.gender !== null) return;
  if (cluster.names.length === 0 || cluster.names.some((name) => name.first !== null && isFirstName(name.first)))
    return;
  // A person's name takes no article and is no call sign: "Hedrick Smith reported" stays a person.
  if (cluster.mentions.some((m) => OUTLET_NAME_FORM.test(m.text) || CALL_SIGN.test(m.text))) cluster.kind = 'media';
}

/** The paragraph of each sentence, by its index (-1 past the last). */
function paragraphOfSentence(doc: Doc): (sentence: number) => number {
  const sentences = doc.need('sentences');
  return (sentence) => sentences[sentence]?.paragraph ?? -1;
}

/** Verbs of answering (lemmas) and of asking. */
const REPLY_LEMMAS = new Set(['reply', 'respond', 'answer', 'retort']);
/** How many sentences back a question is looked for. */
const QUESTION_SENTENCES_BACK = 2;

/**
 * For each reply's source mention, the source mention of the question asked
 * just before (`Sen. Farrant asked whether ...` before `She replied`), or -1.
 */
function askerFinder(
  doc: Doc,
  attributions: readonly AttributionLayerItem[],
  sourceMention: Int32Array,
): (mention: number) => number {
  const tokens = doc.need('tokens');
  const lemmaOf = (a: AttributionLayerItem) => cueLemma(tokens, a);
  const sentenceOf = (a: AttributionLayerItem) => tokens.sentence[firstEndingAfter(tokens.end, a.cue[0].start)];
  const asker = new Map<number, number>();
  attributions.forEach((reply, r) => {
    if (sourceMention[r] < 0 || !REPLY_LEMMAS.has(lemmaOf(reply))) return;
    const sentence = sentenceOf(reply);
    for (let q = r - 1; q >= 0; q--) {
      const question = attributions[q];
      if (sentence - sentenceOf(question) > QUESTION_SENTENCES_BACK) break;
      if (sourceMention[q] >= 0 && lemmaOf(question) === 'ask') {
        asker.set(sourceMention[r], sourceMention[q]);
        break;
      }
    }
  });
  return (mention) => asker.get(mention) ?? -1;
}

/** "told this newspaper", "in an interview with this reporter's station": the article's own outlet. */
const SELF_REFERENCE =
  /^(?:this|our)\s+(?:news\s+)?(?:newspaper|paper|publication|newsroom|organization|station|network|outlet|website|site|magazine|broadcaster|channel)$/i;

/** A cluster of the article's own outlet, named by what it is ("this newspaper") rather than by its name. */
function isSelfReference(cluster: Cluster): boolean {
  return cluster.kind === 'media' && cluster.mentions.some((m) => SELF_REFERENCE.test(m.text));
}

/**
 * A cluster of the publishing outlet: its gazetteer entry, or a mention that
 * names it ("the Carrow Ledger") or its last words ("the Chronicle" of the
 * New Delhi Chronicle).
 */
function isPublisher(cluster: Cluster, publisher: string): boolean {
  if (cluster.outlet) return cluster.outlet.name === publisher;
  const key = nameKeyOf(publisher);
  return (
    cluster.kind === 'media' &&
    cluster.mentions.some(
      (m) =>
        m.form === 'name' && (m.nameKey === key || key.endsWith(` ${m.nameKey}`) || isInitialsOf(publisher, m.text)),
    )
  );
}

/**
 * The speakers of an interview transcript's turns. `A:` is the person
 * interviewed: the first person named in full before the first turn
 * (`Fisheries Minister Henrik Dahl took office last month. He spoke to Wire
 * ...`; not the `Q&A` of a headline), whose entity the answers' tags join
 * (with no one named there they stay as they are). `Q:` is the
 * interviewer: the clusters of the questions' tags are returned, to be
 * shown as the publication's side, not as a named source.
 */
function transcriptSpeakers(doc: Doc, resolution: Resolution, sourceMention: Int32Array): Set<number> {
  const interviewers = new Set<number>();
  const tags = transcriptTags(doc);
  if (tags.length === 0) return interviewers;
  const tokens = doc.need('tokens');
  const letterAt = new Map(tags.map((t) => [tokens.start[t], doc.text[tokens.start[t]]]));
  const answers: number[] = [];
  for (const m of sourceMention) {
    const mention = resolution.mentions[m];
    if (m < 0 || mention.end - mention.start !== 1) continue;
    const letter = letterAt.get(mention.start);
    if (letter === 'Q') interviewers.add(resolution.clusterOf[m]);
    else if (letter === 'A') answers.push(m);
  }
  const firstTurn = tokens.start[tags[0]];
  const interviewee = resolution.mentions.findIndex((m, i) => {
    const cluster = resolution.clusters[resolution.clusterOf[i]];
    return m.end <= firstTurn && cluster?.kind === 'person' && cluster.names.some((name) => name.first !== null);
  });
  if (interviewee < 0) return interviewers;
  const target = resolution.clusters[resolution.clusterOf[interviewee]];
  for (const m of answers) {
    const mention = resolution.mentions[m];
    const from = resolution.clusters[resolution.clusterOf[m]];
    if (from === target) continue;
    if (from) {
      from.mentions = from.mentions.filter((x) => x !== mention);
      if (from.mentions.length === 0) from.referenced = false;
    }
    target.mentions.push(mention);
    target.referenced = true;
    resolution.clusterOf[m] = target.index;
  }
  target.mentions.sort((a, b) => a.start - b.start);
  return interviewers;
}

/** The name right before such a tag: "Rep. Stephen Lynch (". */
const NAME_BEFORE_TAG = /(?:(?:Rep|Sen|Gov|Del)\.\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,4}\s*\(?\s*$/u;

/** A source that is only a party tag stands for the name before it: "Rep. Stephen Lynch (D-Mass.)". */
function withNameBeforeTag(text: string, span: Span): Span {
  if (!isPartyTag(text.slice(span.start, span.end).trim())) return span;
  const before = text.slice(Math.max(0, span.start - 60), span.start);
  const name = NAME_BEFORE_TAG.exec(before);
  return name ? { start: span.start - before.length + name.index, end: span.end } : span;
}

/** A source span as the extractor cut it, widened to the speaker's name when it holds only part of it. */
function speakerSpan(text: string, span: Span): Span {
  return withoutOutletChannel(
    text,
    withNameBeforeResidence(text, withNameAfterTitle(text, withNameBeforeTag(text, span))),
  );
}

/** A speaker, then the outlet it spoke to: "a senior administration official at the Times", "an official quoted by the Courier". */
const SPEAKER_AT_OUTLET =
  /^(\S.*?)\s+(at|to|with|(?:quoted|cited|interviewed|contacted|reached)\s+by)\s+((?:the\s+)?\p{Lu}[^,;()]*?|the\s+(?:news)?paper)[\s.,]*$/su;
/** People who work for an outlet: "a reporter at the Times" speaks for it, through no one. */
const NEWSROOM_ROLES =
  /\b(?:reporters?|correspondents?|editors?|columnists?|writers?|journalists?|anchors?|hosts?|producers?|critics?|contributors?|commentators?|analysts?|staff)$/i;

/**
 * "..., said a senior administration official at the Times.", "An official
 * quoted by the paper said": the outlet a source is said to be "at", "to" or
 * "with", or quoted, cited or interviewed by (then also `the paper`), is the
 * channel it spoke through, not part of the speaker, unless the speaker works
 * there ("a columnist at the Times"). The speaker's span ends before it, so
 * the outlet is a mention of its own and becomes the attribution's `via`.
 */
function withoutOutletChannel(text: string, span: Span): Span {
  const match = SPEAKER_AT_OUTLET.exec(text.slice(span.start, span.end));
  if (!match || NEWSROOM_ROLES.test(match[1])) return span;
  const outlet = matchOutlet(match[3]) !== null || (match[2].endsWith('by') && /paper$/i.test(match[3]));
  return outlet ? { start: span.start, end: span.start + match[1].length } : span;
}

/** "Johnnie Wilson, of Springfield, Va.,": the name before a place of residence. */
const NAME_BEFORE_RESIDENCE = /\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3},?\s+of\s+$/u;

/** A source that is only where the speaker lives ("Springfield, Va." of "Johnnie Wilson, of Springfield, Va., said") stands for the speaker. */
function withNameBeforeResidence(text: string, span: Span): Span {
  if (!/^\p{Lu}/u.test(text.slice(span.start, span.end))) return span;
  const before = text.slice(Math.max(0, span.start - 60), span.start);
  // The pattern tries every position of `before`; most sources have no " of " before them at all.
  if (!endsWithOf(before)) return span;
  const name = NAME_BEFORE_RESIDENCE.exec(before);
  return name ? { start: span.start - before.length + name.index, end: span.end } : span;
}

/** Whether `text` ends in the word "of" between white space, as NAME_BEFORE_RESIDENCE needs. */
export function endsWithOf(text: string): boolean {
  let i = text.length;
  while (i > 0 && isWhitespace(text.charCodeAt(i - 1))) i--;
  return i < text.length && i >= 3 && text.startsWith('of', i - 2) && isWhitespace(text.charCodeAt(i - 3));
}

/** An honorific that only ever stands before a name: "Mrs.", "Sen.". */
const LONE_HONORIFIC = /^(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Prof|Rev)\.?$/;
/** The capitalised words right after it: " Clinton", " Elizabeth Warren". */
const NAME_AFTER_TITLE = /^\s\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){0,2}/u;

/** A source cut off after its honorific ("Mrs." of "Mrs. Clinton has embraced") stands for the name after it. */
function withNameAfterTitle(text: string, span: Span): Span {
  if (!LONE_HONORIFIC.test(text.slice(span.start, span.end).trim())) return span;
  const name = NAME_AFTER_TITLE.exec(text.slice(span.end, span.end + 60));
  return name ? { start: span.start, end: span.end + name[0].replace(/['’]s?$/, '').length } : span;
}

/** Between a speaker and its cue only a bracketed tag or a comma may stand: "Rep. Jane Roe (D-Ore.) said". */
const SPEAKER_CUE_GAP = /^\s*(?:\([^()]{0,20}\)\s*)?,?\s*$/;

/**
 * An attribution without a source whose cue follows a name or description
 * directly: the extractor missed the speaker, who still counts as one for
 * resolution (salience for the pronouns that follow). Spans stay as they are.
 */
function markUnlinkedSpeakers(
  doc: Doc,
  attributions: readonly AttributionLayerItem[],
  candidates: MentionSeed[],
): void {
  const ends = candidates.map((c) => c.end);
  for (const attribution of attributions) {
    const cue = attribution.cue[0];
    if (attribution.source.length > 0 || !cue) continue;
    const before = candidates[firstEndingAfter(ends, cue.start) - 1];
    if (before && SPEAKER_CUE_GAP.test(doc.text.slice(before.end, cue.start))) before.isSource = true;
  }
}

/** Longest phrase taken for a speaker named after its cue. */
const MAX_INVERTED_SPEAKER_WORDS = 6;

/**
 * "..., noted NBC's Dante Chinni." When an attribution has no source and its
 * content is a short capitalised phrase right after the cue that ends the
 * sentence, the phrase is the speaker (the extractor read it as content). It
 * counts as a speaker for resolution; the attribution's spans are left as they are.
 */
function invertedSpeakers(doc: Doc, attributions: readonly AttributionLayerItem[]): Span[] {
  const found: Span[] = [];
  for (const attribution of attributions) {
    const cue = attribution.cue[0];
    const content = attribution.content[0];
    if (attribution.source.length > 0 || !cue || !content || attribution.content.length !== 1) continue;
    if (content.start < cue.end || !/^\s{0,2}$/.test(doc.text.slice(cue.end, content.start))) continue;
    // The speaker is the content's first sentence up to its period: "NBC's Dante Chinni."
    const text = doc.text.slice(content.start, content.end);
    const end = /[.!?](?=\s|$)|\n/u.exec(text);
    const phrase = end ? text.slice(0, end.index) : text;
    if (!/^\p{Lu}/u.test(phrase) || phrase.split(/\s+/).length > MAX_INVERTED_SPEAKER_WORDS) continue;
    if (!end && !/^[\s.]*$/.test(doc.text.slice(content.end, content.end + 2))) continue;
    found.push({ start: content.start, end: content.start + phrase.length });
  }
  return found;
}

/** Analyses every seed span once; identical spans share a mention. `indexOf` a seed is its mention's index, or -1. */
function buildMentions(doc: Doc, seeds: MentionSeed[]): { mentions: Mention[]; indexOf: (seed: Span) => number } {
  const analysed: Mention[] = [];
  for (const seed of seeds) {
    const mention = analyzeMention(doc, seed, seed.isSource);
    if (mention) analysed.push(mention);
  }
  // The sort is stable: of the mentions at one span, the first seed's is kept.
  analysed.sort(byStart);
  const mentions: Mention[] = [];
  for (const mention of analysed) {
    const last = mentions[mentions.length - 1];
    if (last && byStart(last, mention) === 0) last.isSource ||= mention.isSource;
    else mentions.push(mention);
  }
  markQuoted(doc, mentions);
  markContents(doc, mentions);
  // A seed's mention lies at the seed's span with its edges trimmed (see analyzeMention); no two mentions share a span.
  const indexOf = (seed: Span) => {
    const at = trimEdges(doc.text, seed);
    if (!at) return -1;
    const i = partitionPoint(mentions.length, (k) => byStart(mentions[k], at) < 0);
    return i < mentions.length && byStart(mentions[i], at) === 0 ? i : -1;
  };
  return { mentions, indexOf };
}

/** Each mention's innermost attribution content piece (pieces numbered in start order). */
function markContents(doc: Doc, mentions: Mention[]): void {
  const pieces = (doc.attributions ?? []).flatMap((a) => a.content).sort(byStart);
  let p = 0;
  for (const mention of mentions) {
    while (p < pieces.length && pieces[p].start <= mention.start) p++;
    let best = -1;
    for (let k = p - 1; k >= 0 && k >= p - ENCLOSING_CONTENT_LOOKBACK; k--) {
      if (
        pieces[k].end >= mention.end &&
        (best < 0 || pieces[k].end - pieces[k].start < pieces[best].end - pieces[best].start)
      )
        best = k;
    }
    mention.contentPiece = best;
  }
}

function markQuoted(doc: Doc, mentions: Mention[]): void {
  const quotes = [...(doc.quotes ?? [])].sort((a, b) => a.inner.start - b.inner.start);
  let q = 0;
  for (const mention of mentions) {
    while (q < quotes.length && quotes[q].inner.end <= mention.start) q++;
    for (let k = q; k < quotes.length && quotes[k].inner.start <= mention.start; k++) {
      if (mention.end <= quotes[k].inner.end) {
        mention.inQuote = true;
        break;
      }
    }
  }
}

/**
 * For a first-person pronoun, the source mention of the attribution whose
 * quotation it stands in: its own attribution's parent when it is a source
 * ("'I will,' she said" nested in another), else the innermost content holding it.
 */
function speakerFinder(
  attributions: readonly AttributionLayerItem[],
  mentions: readonly Mention[],
  sourceMention: Int32Array,
): (index: number) => { speaker: number; opening: boolean } {
  const ownAttribution = new Map<number, number>();
  sourceMention.forEach((m, a) => {
    if (m >= 0) ownAttribution.set(m, a);
  });
  const pieces = attributions
    .flatMap((a, index) => a.content.map((piece) => ({ start: piece.start, end: piece.end, attribution: index })))
    .sort(byStart);
  return (index) => {
    const mention = mentions[index];
    const own = ownAttribution.get(index);
    const parent = own !== undefined ? attributions[own].parent : null;
    if (parent !== null && sourceMention[parent] >= 0 && sourceMention[parent] !== index) {
      return { speaker: sourceMention[parent], opening: false };
    }
    const lo = partitionPoint(pieces.length, (k) => pieces[k].start <= mention.start);
    let best = -1;
    let opening = false;
    let bestLength = Number.POSITIVE_INFINITY;
    for (let k = lo - 1; k >= 0 && k >= lo - ENCLOSING_CONTENT_LOOKBACK; k--) {
      const piece = pieces[k];
      if (piece.end < mention.end || piece.attribution === own) continue;
      const speaker = sourceMention[piece.attribution];
      if (speaker >= 0 && speaker !== index && piece.end - piece.start < bestLength) {
        best = speaker;
        bestLength = piece.end - piece.start;
        opening = mention.start - piece.start <= OPENING_SUBJECT_WINDOW;
      }
    }
    return { speaker: best, opening };
  };
}

/** A pronoun this close to the start of reported content is its subject: "said [that] they would not comment". */
const OPENING_SUBJECT_WINDOW = 8;

/**
 * A mention is a subject when no verb stands between its sentence's start and
 * it. Only pronoun resolution asks, about a few sentences: each is read when
 * first asked about.
 */
function subjectTest(doc: Doc, mentions: readonly Mention[]): (index: number) => boolean {
  const tokens = doc.need('tokens');
  const sentences = doc.need('sentences');
  const verbSeen = new Uint8Array(tokens.count);
  const read = new Uint8Array(sentences.length);
  let quoted: Uint8Array | null = null;
  return (index) => {
    const t = Math.min(mentions[index].firstToken, tokens.count - 1);
    const s = tokens.sentence[t];
    if (s !== undefined && !read[s]) {
      quoted ??= quotedTokens(doc, tokens);
      markVerbsSeen(doc.text, tokens, sentences[s], quoted, verbSeen);
      read[s] = 1;
    }
    return verbSeen[t] === 0;
  };
}

/** Tokens inside a quotation: their verbs are the quoted speaker's ('"We had problems," Obama said': Obama is the subject). */
function quotedTokens(doc: Doc, tokens: TokenLayer): Uint8Array {
  const quoted = new Uint8Array(tokens.count);
  for (const quote of doc.quotes ?? []) {
    for (let t = tokenAtOffset(tokens, quote.start); t < tokens.count && tokens.start[t] < quote.end; t++)
      quoted[t] = 1;
  }
  return quoted;
}

/** Marks each token of a sentence after which a verb (outside quotations) has been seen in its clause. */
function markVerbsSeen(text: string, tokens: TokenLayer, sentence: Sentence, quoted: Uint8Array, verbSeen: Uint8Array) {
  let seen = 0;
  for (let t = sentence.firstToken; t < sentence.endToken; t++) {
    // A new clause starts after ";", ":", "(" or ", and" / ", but": its subject is a subject too.
    if (opensClause(text, tokens, t) || (tokens.pos[t] === CCONJ && tokens.lower[t - 1] === ',')) seen = 0;
    verbSeen[t] = seen;
    if ((tokens.pos[t] === VERB || tokens.pos[t] === AUX) && !quoted[t]) seen = 1;
  }
}

function tokenAtOffset(tokens: { end: Int32Array }, offset: number): number {
  return firstEndingAfter(tokens.end, offset);
}

const CLAUSE_OPENERS = new Set([';', ':', '(', '—', '–']);

/** Whether a token is a clause opener, read off the text: a one-character token needs no look at its string. */
function opensClause(text: string, tokens: TokenLayer, t: number): boolean {
  return tokens.end[t] - tokens.start[t] === 1 && CLAUSE_OPENERS.has(text[tokens.start[t]]);
}
const CCONJ = POS_TAGS.indexOf('CCONJ');
const VERB = POS_TAGS.indexOf('VERB');
const AUX = POS_TAGS.indexOf('AUX');

/** Entity ids e1, e2, ... for the clusters that became entities, in order of first mention. */
function entityIds(resolution: Resolution): Map<number, string> {
  const ids = new Map<number, string>();
  const order = resolution.clusters
    .filter((c) => c.referenced && c.mentions.length > 0)
    .sort((a, b) => a.mentions[0].start - b.mentions[0].start);
  for (const [i, c] of order.entries()) ids.set(c.index, `e${i + 1}`);
  return ids;
}

/** How the interviewer of a transcript (its `Q:` tags) is shown: the publication's side, no named source. */
const INTERVIEWER: Pick<EntityLayerItem, 'name' | 'kind' | 'named'> = {
  name: 'the interviewer',
  kind: 'media',
  named: false,
};

function buildEntities(
  doc: Doc,
  resolution: Resolution,
  ids: Map<number, string>,
  interviewers: ReadonlySet<number>,
): EntityLayerItem[] {
  const entities: EntityLayerItem[] = [];
  for (const [index, id] of ids) {
    const cluster = resolution.clusters[index];
    const mentions = dedupeSpans(cluster.mentions.map((m) => ({ start: m.start, end: m.end })));
    entities.push({
      id,
      name: entityName(doc, cluster),
      // The writer's own `I` or `we` is a person, whoever they are.
      kind: cluster.mentions.every((m) => m.form === 'pronoun' && m.pronoun?.person === 1 && !m.inQuote)
        ? 'person'
        : cluster.kind,
      named: isNamed(cluster.mentions),
      descriptor: cluster.mentions.find((m) => m.form !== 'pronoun' && m.descriptor)?.descriptor ?? null,
      mentions,
      ...(interviewers.has(index) ? INTERVIEWER : {}),
    });
  }
  return entities.sort((a, b) => Number(a.id.slice(1)) - Number(b.id.slice(1)));
}

/** The fullest proper name used in the text, else the fullest description, else the pronoun (or "the author"). */
export function entityName(doc: Doc, cluster: Cluster): string {
  const named = cluster.mentions.filter((m) => m.form === 'name');
  if (named.length > 0) {
    const texts = named.map((m) => (m.kind === 'person' && m.name ? m.name.words.join(' ') : displayName(m)));
    return texts.reduce((a, b) => (b.length > a.length ? b : a));
  }
  const described = cluster.mentions.filter((m) => m.form !== 'pronoun');
  if (described.length > 0) return described.map((m) => m.text).reduce((a, b) => (b.length > a.length ? b : a));
  const first = cluster.mentions[0];
  if (first?.pronoun?.person === 1 && !first.inQuote) return doc.meta.byline ?? 'the author';
  return first ? first.text : '';
}

/**
 * "the White House" → "White House", "his Justice Department" → "Justice
 * Department"; an outlet whose own name starts with The keeps it ("The Times").
 */
function displayName(mention: Mention): string {
  const bare = mention.text.replace(/^the\s+/i, '').replace(POSSESSIVE_OPENING, '');
  const keepsThe = mention.outlet && (mention.outlet.entry?.name.startsWith('The ') || mention.outlet.shortAlias);
  return keepsThe ? `The ${bare}` : bare;
}

function coverOf(spans: readonly Span[]): Span {
  return { start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)) };
}

function byStart(a: Span, b: Span): number {
  return a.start - b.start || a.end - b.end;
}

/** Two lists sorted by `compare` as one, as a stable sort of `[...a, ...b]` orders them (`a`'s first among equals). */
export function mergeSorted<T>(a: readonly T[], b: readonly T[], compare: (x: T, y: T) => number): T[] {
  const merged: T[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) merged.push(compare(a[i], b[j]) <= 0 ? a[i++] : b[j++]);
  while (i < a.length) merged.push(a[i++]);
  while (j < b.length) merged.push(b[j++]);
  return merged;
}

/** Spans of `spans` that overlap none of `fixed` (both sorted by start). */
function withoutOverlaps(spans: readonly Span[], fixed: readonly Span[]): Span[] {
  const kept: Span[] = [];
  let f = 0;
  for (const span of spans) {
    while (f < fixed.length && fixed[f].end <= span.start) f++;
    let overlaps = false;
    for (let k = f; k < fixed.length && fixed[k].start < span.end; k++) {
      if (fixed[k].end > span.start) {
        overlaps = true;
        break;
      }
    }
    if (!overlaps) kept.push(span);
  }
  return kept;
}

/** Sorted, each span once (equal spans are neighbours once sorted). */
function dedupeSpans(spans: Span[]): Span[] {
  return spans.sort(byStart).filter((s, i) => i === 0 || byStart(s, spans[i - 1]) !== 0);
}
