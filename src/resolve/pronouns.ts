import type { Span } from '../core/index.js';
import { type Cluster, isCollective, isPersonLike } from './cluster.js';
import { STATE_KEY } from './government.js';
import type { Gender, Mention } from './mention.js';
import { genderOf } from './names.js';

/** Antecedents further back than this many sentences are rarely meant: news paragraphs are short. */
const MAX_SENTENCES_BACK = 4;
/** At most this many earlier mentions are weighed per pronoun: keeps resolution linear in the document. */
const MAX_CANDIDATES = 40;
/** A relative pronoun's antecedent ends at most this many characters before it (", which"). */
const RELATIVE_GAP = 3;

/** Salience weights (hand-set on PolNeAR train, against CoreNLP's chains). */
const WEIGHT = {
  /** Each sentence back costs this much: nearer is likelier. */
  sentenceDistance: 1.0,
  /** Speakers are what later `he said` usually means. */
  source: 1.2,
  /** A subject (first mention of its sentence) outranks objects. */
  subject: 0.8,
  /** Entities mentioned often are salient. */
  perMention: 0.15,
  maxMentions: 6,
  /** "The ministry said it would...": a pronoun inside what someone said is most often that speaker. */
  speaker: 1.5,
  /** A gendered pronoun prefers an antecedent known to have that gender... */
  sameGender: 0.6,
  /** ...and distrusts a capitalised word nothing marks as a person (no gender, title or speech): "Friday", "Greenland". */
  unmarkedName: -0.8,
  /** Someone named inside another's reported speech is seldom the next pronoun's referent. */
  inOtherContent: -0.6,
  /** "One Republican threatened to make him testify": an object pronoun is not its own clause's subject. */
  objectSameSubject: -1.5,
  /** `they` is first of all a plural: "terrorists" before "the World Trade Center". */
  pluralForThey: 0.5,
  /** "Matt Lauer faced criticism after he asked": a later `he` in the subject's own sentence is most often the subject. */
  clauseSubject: 0.7,
  /** "Lund addressed the court. "...," he said.": the subject of the sentence just before, in the same paragraph. */
  previousSubject: 0.6,
  /** Named antecedents outrank descriptions (which may be objects or generic). */
  named: 0.4,
  /** Words inside a quotation are someone's speech, seldom the referent of a pronoun outside it. */
  inQuote: -1.0,
};

export interface PronounContext {
  mentions: readonly Mention[];
  clusterOf: Int32Array;
  clusters: readonly Cluster[];
  /** For each mention index, spans it cannot corefer with (its own attribution's content). */
  excluded: ReadonlyMap<number, readonly Span[]>;
  /** Whether the mention is the first mention of its sentence. */
  isSubject: (index: number) => boolean;
  /** The paragraph a sentence (by index) lies in. */
  paragraphOf: (sentence: number) => number;
  /** The source mention of the innermost attribution whose content holds the mention, or -1. */
  speakerOf: (index: number) => number;
  /** For the source of a reply: the mention of who asked just before, or -1. */
  askerOf: (index: number) => number;
}

const OBJECT_PRONOUNS = new Set(['him', 'them', 'me', 'us']);
/** A possessive ending right after a mention: "Oz's", "the senators'". */
const POSSESSIVE_AFTER = /^['’]s?\b|^['’]\s/;

/** A one-word name nothing marks as a person: no gender, no title, never a speaker ("Friday", "Greenland"). */
function isUnmarked(cluster: Cluster): boolean {
  return (
    !cluster.gender &&
    !cluster.referenced &&
    cluster.roles.size === 0 &&
    cluster.names.every((name) => name.first === null)
  );
}

/**
 * A person called by one name only ("Melanie said") has no gender from it:
 * the word may be a surname. But when every name of the cluster is a given
 * name of one gender, a pronoun of the other does not refer to it.
 */
function givenNamesGender(cluster: Cluster): Gender {
  let gender: Gender = null;
  for (const name of cluster.names) {
    const given = name.first === null ? genderOf(name.last, []) : null;
    if (!given || (gender && given !== gender)) return null;
    gender = given;
  }
  return gender;
}

/** Nouns for a group of people, singular in form: "the family", "the crowd". */
const GROUP_OF_PEOPLE_HEADS = new Set([
  'family',
  'crowd',
  'couple',
  'household',
  'audience',
  'staff',
  'team',
  'group',
  'jury',
]);

function isGroupOfPeople(cluster: Cluster): boolean {
  if (cluster.names.length > 0) return false;
  for (const head of cluster.heads) if (GROUP_OF_PEOPLE_HEADS.has(head)) return true;
  return false;
}

/** Whether a cluster can be what the pronoun refers to: gender, number and animacy agree. */
export function agrees(pronoun: Mention, cluster: Cluster): boolean {
  const info = pronoun.pronoun;
  if (!info) return false;
  if (info.animacy === 'person' && !isPersonLike(cluster)) return false;
  // he/she need someone known to be a person: not "EB-5" or "a global problem".
  if (info.gender && cluster.kind !== 'person' && cluster.kind !== 'anonymous') return false;
  if (info.animacy === 'thing' && (cluster.kind === 'person' || cluster.kind === 'anonymous')) return false;
  if (info.gender) {
    const gender = cluster.gender ?? givenNamesGender(cluster);
    if (gender && gender !== info.gender) return false;
    // "The family released a statement ... she said": a group of people is no he or she.
    if (isGroupOfPeople(cluster)) return false;
  }
  if (info.number === 'singular' && cluster.plural) return false;
  if (info.number === 'plural' && !isCollective(cluster)) return false;
  // A country or state is `it`: "they" after "Michigan" are its voters.
  if (info.number === 'plural' && !cluster.plural && cluster.governmentKey?.startsWith(STATE_KEY)) return false;
  if (info.animacy === 'thing' && cluster.plural) return false;
  return true;
}

/**
 * The cluster a third-person pronoun refers to, or -1. Relative pronouns take
 * the phrase right before them ("the press service ..., which said"); others
 * weigh the compatible mentions of the last few sentences by recency,
 * speakerhood, subjecthood and salience.
 */
export function resolvePronoun(index: number, context: PronounContext, text: string): number {
  const { mentions, clusterOf, clusters } = context;
  const pronoun = mentions[index];
  if (pronoun.pronoun?.relative) {
    for (let j = index - 1; j >= 0 && j >= index - 3; j--) {
      const candidate = mentions[j];
      const gap = text.slice(candidate.end, pronoun.start);
      if (gap.length > RELATIVE_GAP || /[^\s,]/.test(gap)) continue;
      const cluster = clusters[clusterOf[j]];
      if (cluster && agrees(pronoun, cluster)) return cluster.index;
    }
    return -1;
  }
  const excluded = context.excluded.get(index) ?? [];
  const speaker = context.speakerOf(index);
  const speakerCluster = speaker >= 0 && speaker < index ? clusterOf[speaker] : -1;
  // "Sen. Farrant asked whether Beckett would resist. She replied, ...": the one who asked does not answer.
  const asker = context.askerOf(index);
  const askerCluster = asker >= 0 && asker < index ? clusterOf[asker] : -1;
  let best = -1;
  let bestScore = Number.NEGATIVE_INFINITY;
  let seen = 0;
  for (let j = index - 1; j >= 0 && seen < MAX_CANDIDATES; j--) {
    const candidate = mentions[j];
    const distance = pronoun.sentence - candidate.sentence;
    if (distance > MAX_SENTENCES_BACK) break;
    seen++;
    if (excluded.some((span) => candidate.start >= span.start && candidate.end <= span.end)) continue;
    const cluster = clusters[clusterOf[j]];
    if (!cluster || !agrees(pronoun, cluster) || cluster.index === askerCluster) continue;
    if (candidate.form === 'pronoun' && cluster.mentions.every((m) => m.form === 'pronoun')) continue;
    let score = -WEIGHT.sentenceDistance * distance;
    if (candidate.isSource) score += WEIGHT.source;
    if (cluster.index === speakerCluster) score += WEIGHT.speaker;
    // "Oz's show proved ... whatever he wanted": in the pronoun's own sentence a possessor is not the
    // subject it competes with; a sentence back, "Kadzik's refusal ..." still makes Kadzik the topic.
    const possessor = distance === 0 && POSSESSIVE_AFTER.test(text.slice(candidate.end, candidate.end + 3));
    const subject = context.isSubject(j) && !possessor;
    if (subject) score += WEIGHT.subject;
    if (subject && distance === 0 && !OBJECT_PRONOUNS.has(pronoun.pronounWord)) score += WEIGHT.clauseSubject;
    if (subject && distance === 1 && context.paragraphOf(candidate.sentence) === context.paragraphOf(pronoun.sentence))
      score += WEIGHT.previousSubject;
    score += WEIGHT.perMention * Math.min(cluster.mentions.length, WEIGHT.maxMentions);
    if (cluster.names.length > 0 || cluster.outlet) score += WEIGHT.named;
    if (pronoun.pronoun?.gender) {
      if (cluster.gender === pronoun.pronoun.gender) score += WEIGHT.sameGender;
      else if (isUnmarked(cluster)) score += WEIGHT.unmarkedName;
    }
    if (candidate.inQuote && !pronoun.inQuote) score += WEIGHT.inQuote;
    if (pronoun.pronoun?.number === 'plural' && cluster.plural) score += WEIGHT.pluralForThey;
    if (candidate.contentPiece >= 0 && candidate.contentPiece !== pronoun.contentPiece) score += WEIGHT.inOtherContent;
    if (OBJECT_PRONOUNS.has(pronoun.pronounWord) && distance === 0 && context.isSubject(j))
      score += WEIGHT.objectSameSubject;
    // Among equals, the nearer one wins: mentions are visited nearest first.
    if (score > bestScore) {
      bestScore = score;
      best = cluster.index;
    }
  }
  return best;
}
