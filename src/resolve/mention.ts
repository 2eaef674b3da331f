import { type Doc, type EntityKind, ownCopy, POS_TAGS, registerMemo, type Span } from '../core/index.js';
import { isPartyTag } from '../text/party-tags.js';
import { type GovernmentMatch, matchGovernment } from './government.js';
import { endsAsOrganizationName, mentionKind } from './kinds.js';
import {
  andInsideName,
  bodyOfTitle,
  endsInBodyNoun,
  genderOfRoles,
  innerTitleSplit,
  isCapitalisedCommonWord,
  isGroupNoun,
  isProperName,
  isTitleOnly,
  leadingPersonName,
  opensConjunct,
  roleWords,
  roleWordsBeforeName,
  titledNameBeforeAffiliation,
  titleOfBody,
  trailingName,
} from './name-shape.js';
import { isFirstName, type PersonName, parsePersonName } from './names.js';
import { afterHyphen, describeNounPhrase, POSSESSIVE_OPENING, RELATIVE_WORDS } from './noun-phrase.js';
import { isBodyHead, isHeadNoun, PERSON_HEADS, singular } from './nouns.js';
import { matchOutlet, type OutletMatch } from './outlets.js';
import {
  ADP,
  AUX,
  isHyphen,
  isTitleWord,
  normalizeCase,
  PART,
  POSSESSIVE_END,
  PUNCT,
  participleAfterNoun,
  phraseTags,
  phraseWords,
  startsLowerCase,
  startsUpperCase,
  tokenAt,
  trimEdges,
  trimWords,
  VERB,
  type Word,
} from './phrase-words.js';
import { type PronounInfo, pronounInfo } from './pronouns-lexicon.js';

export type Gender = 'male' | 'female' | null;
export type MentionForm = 'pronoun' | 'name' | 'description' | 'group';
export type Determiner = 'definite' | 'indefinite' | 'quantified' | 'possessive' | 'bare' | 'demonstrative';

/**
 * What a phrase says on its own, wherever it stands: analysed once per phrase
 * and shared by all its mentions (so its lists are read-only).
 */
export interface PhraseAnalysis {
  /** The naming part without appositive or relative clause: "Kenneth Baer" of "Kenneth Baer, a former official". */
  text: string;
  /** `text` in lower case without a leading "the": what names and outlets are indexed by ("white house"). */
  nameKey: string;
  form: MentionForm;
  pronoun: PronounInfo | null;
  /** Lower-case pronoun as written. */
  pronounWord: string;
  name: PersonName | null;
  /** Lower-case singular head noun of a description ("commander"); the surname for names. */
  head: string;
  /** Lower-case words before the head ("former", "ruritanian", "naval"). */
  modifiers: readonly string[];
  determiner: Determiner;
  plural: boolean;
  gender: Gender;
  /** Role and title words the mention gives its referent: "president", "nominee", "spokesman". */
  roles: readonly string[];
  /** The description the text gives alongside or instead of a name. */
  descriptor: string | null;
  /**
   * The singular head noun of a description beside a name when it names an
   * organization, body or outlet (`firm` of "the shipping firm Halvorsen
   * Lines"); empty otherwise.
   */
  describedAs: string;
  /** The possessor's head noun, lower-cased and singular: `university` of "the university's press office". */
  possessorHead: string;
  /** The body of a title's `of` phrase, lower-cased: ["defense"] for "Secretary of Defense". */
  ofBody: readonly string[];
  outlet: OutletMatch | null;
  government: GovernmentMatch | null;
  /** The mention's own guess at its kind (pronouns take their antecedent's). */
  kind: EntityKind;
}

/** One phrase that refers to a (possible) source, analysed for resolution. */
export interface Mention extends Span, PhraseAnalysis {
  /** An attribution's source (or a party cited as one), rather than a candidate antecedent found in the text. */
  isSource: boolean;
  sentence: number;
  firstToken: number;
  inQuote: boolean;
  /** Index of the innermost attribution content piece holding the mention, or -1. */
  contentPiece: number;
}

/** A phrase analysis while it is being made: its lists still grow. */
export interface AnalysisDraft extends Omit<PhraseAnalysis, 'modifiers' | 'roles'> {
  modifiers: string[];
  roles: string[];
}

/**
 * Analyses the phrase at `span` (a source span or a candidate found in the
 * text); the mention lies at `trimEdges(doc.text, span)`. Null when nothing is
 * left after trimming.
 */
export function analyzeMention(doc: Doc, span: Span, isSource: boolean): Mention | null {
  const trimmed = trimEdges(doc.text, span);
  if (!trimmed) return null;
  // The analysis depends only on the phrase's words and their tags, and names
  // recur (an article says "Trump" twenty times): remember it per phrase.
  const firstToken = tokenAt(doc, trimmed.start);
  const tags = phraseTags(doc, trimmed, firstToken);
  if (tags.length === 0) return null;
  const tokens = doc.need('tokens');
  const sentence = tokens.sentence[Math.min(firstToken, tokens.count - 1)] ?? 0;
  const whole = doc.text.slice(trimmed.start, trimmed.end);
  let analysis = recall(whole, tags);
  if (!analysis) {
    analysis = analyzeWords(doc.text, whole, phraseWords(doc, trimmed, firstToken));
    remember(whole, tags, analysis);
  }
  return placed(analysis, trimmed, isSource, sentence, firstToken);
}

/** A name's key: lower case, without a leading "the" ("The Riverside Ledger" → "riverside ledger"). */
export function nameKeyOf(text: string): string {
  return text.toLowerCase().replace(/^the\s+/, '');
}

/** A phrase's analysis for one sequence of tags; `other` holds the phrase's analyses for other tags (rare). */
interface Remembered {
  tags: string;
  analysis: PhraseAnalysis;
  other: Remembered | null;
}

/**
 * Phrase analyses by phrase, each with the tags it was made for: one lookup
 * of the phrase, then a comparison of tags (a second map keyed by the tags
 * cost a second hashing of a fresh string). Cleared when full so memory stays
 * bounded in a long batch.
 */
const ANALYSED = new Map<string, Remembered>();
const ANALYSED_LIMIT = 50_000;
let analysedCount = 0;

function forgetAnalyses(): void {
  ANALYSED.clear();
  analysedCount = 0;
}
registerMemo(forgetAnalyses);

function recall(phrase: string, tags: string): PhraseAnalysis | undefined {
  for (let entry: Remembered | null | undefined = ANALYSED.get(phrase); entry; entry = entry.other) {
    if (entry.tags === tags) return entry.analysis;
  }
  return undefined;
}

function remember(phrase: string, tags: string, analysis: PhraseAnalysis): void {
  if (analysedCount >= ANALYSED_LIMIT) forgetAnalyses();
  const first = ANALYSED.get(phrase);
  // A fresh copy: a slice of the article would keep the whole article alive as long as the entry.
  if (!first) ANALYSED.set(ownCopy(phrase), { tags, analysis, other: null });
  else first.other = { tags, analysis, other: first.other };
  analysedCount++;
}

/** A phrase's analysis put at a place in the text: a mention. */
function placed(analysis: PhraseAnalysis, at: Span, isSource: boolean, sentence: number, firstToken: number): Mention {
  return {
    start: at.start,
    end: at.end,
    isSource,
    sentence,
    firstToken,
    inQuote: false,
    contentPiece: -1,
    text: analysis.text,
    nameKey: analysis.nameKey,
    form: analysis.form,
    pronoun: analysis.pronoun,
    pronounWord: analysis.pronounWord,
    name: analysis.name,
    head: analysis.head,
    modifiers: analysis.modifiers,
    determiner: analysis.determiner,
    plural: analysis.plural,
    gender: analysis.gender,
    roles: analysis.roles,
    descriptor: analysis.descriptor,
    describedAs: analysis.describedAs,
    possessorHead: analysis.possessorHead,
    ofBody: analysis.ofBody,
    outlet: analysis.outlet,
    government: analysis.government,
    kind: analysis.kind,
  };
}

/**
 * An analysis of `text` that has found nothing yet. Every analysis starts
 * here (no spread, no added fields), so all have one shape and are fast to
 * build and read.
 */
function blankAnalysis(text: string): AnalysisDraft {
  return {
    text,
    nameKey: '',
    form: 'description',
    pronoun: null,
    pronounWord: '',
    name: null,
    head: '',
    modifiers: [],
    determiner: 'bare',
    plural: false,
    gender: null,
    roles: [],
    descriptor: null,
    describedAs: '',
    possessorHead: '',
    ofBody: NO_WORDS,
    outlet: null,
    government: null,
    kind: 'unknown',
  };
}

/**
 * Whether the words from `k` read as a person's name after role words: a
 * known given name (`Pensioner Maureen Halloran`), or exactly two capitalised
 * words, neither a noun of a person, body or text (`Manager Hanna Kowal`,
 * whose given name the list lacks; not `American Community Survey`).
 */
function looksLikeGivenName(words: readonly Word[], k: number): boolean {
  if (isFirstName(words[k].lower)) return true;
  return (
    words.length - k === 2 &&
    words
      .slice(k)
      .every((w) => /^\p{Lu}\p{Ll}+$/u.test(w.text) && !isHeadNoun(w.lower) && !isHeadNoun(singular(w.lower).word))
  );
}

/**
 * Where a name starts after role words (`trailingName`), unless what would
 * be the name is a body's noun ("Department" of "his Justice Department":
 * `Justice` reads as a title) or a body a person is described by ("A
 * spokeswoman for the Israeli Defense Ministry").
 */
function nameAfterRoleWords(words: Word[]): number | null {
  const trailing = trailingName(words);
  // "a study published in the journal Ecology Letters": a participle after a noun opens
  // a phrase about it; the name at its end is not what the phrase names.
  if (trailing && words.some((w, i) => i < trailing && w.pos === VERB && participleAfterNoun(words, i))) {
    return null;
  }
  if (trailing && isSomeoneElsesName(words, trailing)) return null;
  if (!trailing || !endsInBodyNoun(words)) return trailing;
  const personOf = words.findIndex(
    (w, i) => i < trailing && w.pos === ADP && i > 0 && PERSON_HEADS.has(singular(words[i - 1].lower).word),
  );
  if (personOf >= 0) return null;
  // "the Democratic Party": the capitalised words a title test cut off belong to the body's name.
  let start = trailing;
  while (start > 0 && startsUpperCase(words[start - 1])) start--;
  if (start > 0 && start < trailing) return start;
  return words.length - trailing > 1 ? trailing : null;
}

const NO_WORDS: readonly string[] = [];

/** Words that open what comes after a description's head: "familiar with", "close to", "who". */
const POSTMODIFIER_OPENERS = new Set(['familiar', 'close', 'briefed', 'knowledgeable', ...RELATIVE_WORDS]);

/**
 * Where a possessor opening the words ends (its `'s`), or -1: "Obama's aides" → 1. A
 * possessive after the head's own phrase is no possessor of it ("people familiar with the
 * fund's thinking", "filings with the city's ethics board", "a spokesman for the governor's
 * office"); an `of` may stand inside a possessor ("the Secretary of State's office").
 */
function possessorEnd(words: Word[]): number {
  for (let i = 0; i < words.length - 1; i++) {
    if (POSTMODIFIER_OPENERS.has(words[i].lower)) return -1;
    if (i > 0 && words[i].pos === ADP && words[i].lower !== 'of' && startsLowerCase(words[i])) return -1;
    if (i > 0 && POSSESSIVE_END.test(words[i].text) && words[i].text.length <= 2) return i;
  }
  return -1;
}

/** People who speak for the one they are named after: a spokesman's words are his principal's. */
const SPEAKS_FOR = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'representative']);

/**
 * "A former aide to Sen. Tom Baylor", "a lawyer for Dana Reyes": the name
 * after a person's role word and a preposition is whom that person serves,
 * not who speaks (unless the role is a spokesman's). After a comma the name
 * is the person's own again ("a lawyer for the family, Dana Reyes").
 */
function isSomeoneElsesName(words: Word[], trailing: number): boolean {
  // An honorific may stand between: "to Sen. Tom Baylor" (not the body of "secretary of state").
  const honorific = isTitleWord(words[trailing - 1]) && startsUpperCase(words[trailing - 1]);
  const preposition = trailing - 1 - (honorific ? 1 : 0);
  if (preposition < 1 || words[preposition].pos !== ADP || !startsLowerCase(words[preposition])) return false;
  // A role written as a title ("Secretary of State Hillary Clinton") is the name's own.
  const role = words[preposition - 1];
  const head = singular(role.lower).word;
  return startsLowerCase(role) && PERSON_HEADS.has(head) && !SPEAKS_FOR.has(head);
}

/** "A neighbour, Tom Reyes, 51": the age after a name is no part of what names the person. */
function withoutTrailingAge(words: Word[]): Word[] {
  const n = words.length;
  if (n < 3 || words[n - 2].text !== ',' || !/^\d{1,3}$/.test(words[n - 1].text)) return words;
  return words.slice(0, n - 2);
}

/** Words a party tag splits into at most: `R`, `-`, `Kingman`. */
const MAX_PARTY_TAG_WORDS = 3;

/**
 * The words without an AP-style party tag that ends them, after a comma or in
 * brackets: "Sen. Dale Overbeck, R-Kingman", "Rep. Ana Ruiz (D-N.Y.)", whole
 * or split at the hyphen (`R`, `-`, `Kingman`).
 */
function withoutTrailingPartyTag(words: Word[]): Word[] {
  const bracketed = words.length > 0 && words[words.length - 1].text === ')';
  const opener = bracketed ? '(' : ',';
  const end = bracketed ? words.length - 1 : words.length;
  let at = end - 1;
  while (at >= 0 && end - at <= MAX_PARTY_TAG_WORDS && words[at].text !== opener) at--;
  // At least two words of the name stay.
  if (at < 2 || words[at].text !== opener) return words;
  const tag = words
    .slice(bracketed ? at : at + 1)
    .map((w) => w.text)
    .join('');
  return isPartyTag(tag) ? words.slice(0, at) : words;
}

/**
 * "X, whose president, Dennis Kaye": the name after the clause's role and
 * comma, and where the role ends; null when the phrase has no such clause.
 */
function namedInWhoseClause(words: Word[]): { name: Word[]; roleEnd: number } | null {
  const whose = words.findIndex((w, i) => i > 1 && w.lower === 'whose' && words[i - 1].text === ',');
  if (whose < 0) return null;
  const comma = words.findIndex((w, i) => i > whose + 1 && w.text === ',');
  if (comma < 0) return null;
  // The name ends the phrase: the clause is then the speaker's (`..., whose president, Dennis Kaye,
  // said`); more words after it make it a clause about someone else (`Dorothy Woods, whose husband,
  // Ty Woods, was killed ...`).
  const name = trimWords(words.slice(comma + 1));
  return name.length > 0 && isProperName(name) ? { name, roleEnd: comma } : null;
}

/** The analysis of a phrase's words, with the kind it suggests on its own. */
function analyzeWords(text: string, whole: string, words: Word[]): AnalysisDraft {
  const analysis = pronounOrPhrase(text, whole, words);
  analysis.kind = mentionKind(analysis);
  return analysis;
}

function pronounOrPhrase(text: string, whole: string, words: Word[]): AnalysisDraft {
  // "US" is the country, not `us`.
  const contracted = words.length === 2 && /^['’](?:ve|re|ll|d|m|s)$/.test(words[1].lower);
  if (
    (words.length === 1 || contracted || (words.length === 2 && words[1].lower === 'himself')) &&
    words[0].text !== 'US'
  ) {
    // "I've", "they're": the contraction is the verb's.
    const word = words[0].lower.replace(/['’](?:ve|re|ll|d|m|s)$/, '');
    const info = pronounInfo(word);
    if (info) return pronounAnalysis(whole, word, info);
  }
  return describePhrase(text, words);
}

function pronounAnalysis(text: string, word: string, info: PronounInfo): AnalysisDraft {
  const analysis = blankAnalysis(text);
  analysis.nameKey = nameKeyOf(text);
  analysis.form = 'pronoun';
  analysis.pronoun = info;
  analysis.pronounWord = word;
  analysis.plural = info.number === 'plural';
  analysis.gender = info.gender;
  return analysis;
}

/** A description or name, with its `nameKey` for the text it ends up with. */
function describePhrase(text: string, all: Word[]): AnalysisDraft {
  const analysis = describeWords(text, all);
  analysis.nameKey = nameKeyOf(analysis.text);
  return analysis;
}

function describeWords(text: string, all: Word[]): AnalysisDraft {
  const phrase = text.slice(all[0].start, all[all.length - 1].end);
  const mention = blankAnalysis(phrase);
  const person = personBeforeAffiliation(all) !== null;
  mention.outlet = person ? null : matchOutlet(phrase);
  // "his Justice Department" is the Justice Department.
  mention.government = mention.outlet || person ? null : matchGovernment(phrase.replace(POSSESSIVE_OPENING, ''));
  const { outlet, government } = mention;
  if (outlet || government) {
    mention.form = (outlet && !outlet.generic) || (government && !government.generic) ? 'name' : 'description';
    mention.determiner = /^the\s/i.test(phrase) ? 'definite' : 'bare';
    mention.head = (outlet?.shortAlias ?? government?.head ?? phrase.replace(/^the\s+/i, '')).toLowerCase();
    mention.plural = government?.head === 'authorities';
    return mention;
  }
  let words = withoutTrailingPartyTag(withoutTrailingAge(all));
  let clauseDescriptor = false;
  // "the Ohio AFL-CIO, whose president, Dennis Kaye": the name the clause gives is who is meant.
  const whose = namedInWhoseClause(words);
  if (whose) {
    mention.descriptor = text.slice(words[0].start, words[whose.roleEnd - 1].end);
    words = whose.name;
    clauseDescriptor = true;
  }
  // "The opposition spokesman, Imogen Pellow, who is no relation": a relative clause after an
  // appositive name says something about the person, it does not name her.
  const clause = words.findIndex(
    (w, i) =>
      i > 0 &&
      words[i - 1].text === ',' &&
      RELATIVE_WORDS.has(w.lower) &&
      words.slice(0, i - 1).some((x) => x.text === ','),
  );
  if (clause > 0) words = words.slice(0, clause - 1);
  // Appositive: "Kenneth Baer, a former official" / "The state's chairman, Phil Lovas".
  const comma = words.findIndex((w, i) => i > 0 && w.text === ',');
  if (comma > 0) {
    const left = words.slice(0, comma);
    const right = trimWords(words.slice(comma + 1));
    // "Her collaborator and opening act, the rapper Jojo Vance": a name after role words counts too,
    // when only a noun phrase leads to it (not "including Gov. Chris Christie", "a spokesman for Paul Ryan").
    const rightIsName =
      right.length > 0 &&
      !isProperName(left) &&
      (isProperName(right) ||
        (right.every((w) => APPOSITIVE_NAME_TAGS.has(w.pos)) && nameAfterRoleWords(right) !== null));
    words = rightIsName ? right : left;
    const other = rightIsName ? left : right;
    if (other.length > 0) mention.descriptor = text.slice(other[0].start, other[other.length - 1].end);
    // "Halvorsen Lines, a shipping firm": what the appositive says the name is (not "Ann Lee of Berenberg, a bank").
    if (!hasAffiliation(words)) mention.describedAs = bodyHeadOf(other);
    // "Halvorsen Lines, which runs the ferries": a clause says less than a title before the name.
    clauseDescriptor = other.length > 0 && RELATIVE_WORDS.has(other[0].lower);
  }
  // Coordination: "Mr. Grassley and Mr. Leahy", "China and Russia" refer to a group.
  // "Former Secretary of State and presidential nominee Ann Lee" joins two titles of one person.
  const and = words.findIndex(
    (w, i) =>
      i > 0 &&
      (w.lower === 'and' || w.lower === '&') &&
      opensConjunct(words[i + 1]) &&
      !andInsideName(words, i) &&
      titleOfBody(words.slice(0, i)) === null,
  );
  if (and > 0 && and < words.length - 1) {
    const conjunct = words.slice(BOTH.has(words[0].lower) ? 1 : 0, and);
    const first = describePhrase(text, conjunct.length > 0 ? conjunct : words.slice(0, and));
    const kind = mentionKind(first);
    // The first conjunct's analysis is this phrase's own: it becomes the group's.
    first.text = phrase;
    first.form = 'group';
    first.plural = true;
    first.gender = null;
    first.name = null;
    first.kind = kind;
    return first;
  }
  mention.text = text.slice(words[0].start, words[words.length - 1].end);
  // Possessive split: "CNN's Jake Tapper" (affiliation + name), "Obama's aides" (possessor + head).
  // Not inside a name that ends as a body's does: "The Motorists' Alliance", "Children's Hospital".
  const possessive =
    isProperName(words) && endsAsOrganizationName(words[words.length - 1].text) ? -1 : possessorEnd(words);
  let possessor: Word[] = [];
  if (possessive > 0) {
    possessor = words.slice(0, possessive);
    words = words.slice(possessive + 1);
  }
  const named = namedAfterDescription(words);
  if (named) {
    describedBefore(mention, text, named.description, clauseDescriptor);
    mention.roles.push(...roleWords(named.description));
    return nameMention(mention, text, phrase, named.name, possessor);
  }
  const ofBody = titleOfBody(words);
  if (
    isProperName(words) &&
    !isTitleOnly(words) &&
    ofBody === null &&
    !isGroupNoun(words) &&
    !isCapitalisedCommonWord(words)
  ) {
    const affiliation = personBeforeAffiliation(words);
    if (affiliation !== null) {
      // "Criminologist Dr. Arjun Mehta of Ashby State University": the role words describe him too.
      const name = roleWordsBeforeName(words.slice(0, affiliation));
      const title = name > 0 ? `${text.slice(words[0].start, words[name - 1].end)} ` : '';
      mention.descriptor ??= title + text.slice(words[affiliation].start, words[words.length - 1].end);
      mention.roles.push(...roleWords(words.slice(0, name)));
      return nameMention(mention, text, phrase, words.slice(name, affiliation), possessor);
    }
    // "Pensioner Maureen Halloran", "Criminologist Arjun Mehta": a capitalised role word before a given name.
    const afterRoles = roleWordsBeforeName(words);
    const split = afterRoles > 0 && looksLikeGivenName(words, afterRoles) ? afterRoles : innerTitleSplit(words);
    if (split > 0) {
      describedBefore(mention, text, words.slice(0, split), clauseDescriptor);
      mention.roles.push(...roleWords(words.slice(0, split)));
      // "Chief of Staff Ann Lee" is "the chief of staff" later.
      if (words.slice(0, split).some((w) => w.lower === 'of')) mention.ofBody = bodyOfTitle(words.slice(0, split));
      return nameMention(mention, text, phrase, words.slice(split), possessor);
    }
    return nameMention(mention, text, phrase, words, possessor);
  }
  // "House Democrats" is a group, whatever `House` reads as.
  let trailing = isGroupNoun(words) ? null : nameAfterRoleWords(words);
  const affiliated = titledNameBeforeAffiliation(words);
  const leading = leadingPersonName(words);
  // A name after role words that is only the affiliation's ("... Walter Pryce of the group
  // SafeCrib Alliance", "Phil Musser of the consulting firm IMGE").
  if (trailing && ((affiliated && trailing > affiliated.affiliation) || (leading && trailing > leading))) {
    trailing = null;
  }
  if (trailing) {
    describedBefore(mention, text, words.slice(0, trailing), clauseDescriptor);
    mention.roles.push(...roleWords(words.slice(0, trailing)));
    return nameMention(mention, text, phrase, words.slice(trailing), possessor);
  }
  if (leading) {
    mention.descriptor = mention.descriptor ?? text.slice(words[leading].start, words[words.length - 1].end);
    return nameMention(mention, text, phrase, words.slice(0, leading), possessor);
  }
  if (affiliated) {
    const { name, affiliation } = affiliated;
    const title = text.slice(words[0].start, words[name - 1].end);
    mention.descriptor ??= `${title} ${text.slice(words[affiliation].start, words[words.length - 1].end)}`;
    mention.roles.push(...roleWords(words.slice(0, name)));
    return nameMention(mention, text, phrase, words.slice(name, affiliation), possessor);
  }
  const head = describeNounPhrase(mention, words, possessor.length > 0);
  if (ofBody) mention.ofBody = ofBody;
  const tail = words.findIndex(
    (w, i) =>
      i > head &&
      // Not `briefed` of "people briefed on the talks", nor the noun of "Cruz's thinking".
      ((w.pos === VERB &&
        !afterHyphen(words, i) &&
        !POSTMODIFIER_OPENERS.has(w.lower) &&
        !POSSESSIVE_END.test(words[i - 1].text)) ||
        w.pos === AUX ||
        (w.pos === PART && !POSSESSIVE_END.test(w.text)) ||
        RELATIVE_WORDS.has(w.lower) ||
        w.text === ',' ||
        /^["“”]$/.test(w.text)),
  );
  const firstKept = possessor[0] ?? words[0];
  const lastKept = tail > 0 ? words[tail - 1] : words[words.length - 1];
  if (firstKept && lastKept) mention.text = text.slice(firstKept.start, lastKept.end);
  mention.descriptor = mention.descriptor ?? mention.text;
  // Not a name: an appositive's head described another phrase ("a poll by Latino Decisions, a research group").
  mention.describedAs = '';
  if (possessor.length > 0) mention.possessorHead = singular(possessor[possessor.length - 1].lower).word;
  return mention;
}

/** Participles that give a name, with the words that must follow those of two: "called", "known as", "calling itself". */
const NAMING_WORDS: ReadonlyMap<string, ReadonlySet<string> | null> = new Map([
  ['called', null],
  ['named', null],
  ['dubbed', null],
  ['nicknamed', null],
  ['titled', null],
  ['styled', null],
  ['known', new Set(['as'])],
  ['calling', new Set(['itself', 'themselves'])],
  ['calls', new Set(['itself'])],
]);

/**
 * "A coalition called Fair Fares for All", "a group known as Riders United":
 * the name is what the phrase refers to, the words before the participle
 * describe it, as in "the coalition Fair Fares"; null for any other phrase.
 */
function namedAfterDescription(words: Word[]): { description: Word[]; name: Word[] } | null {
  for (let i = 1; i < words.length - 1; i++) {
    const second = NAMING_WORDS.get(words[i].lower);
    if (second === undefined || (second !== null && !second.has(words[i + 1].lower))) continue;
    if (!startsLowerCase(words[i - 1])) continue;
    // "The lawsuit filed by a staffer named Ann Lee" names the staffer, not what the phrase is.
    if (!words.slice(0, i).every((w) => NOUN_PHRASE_TAGS.has(w.pos) || isHyphen(w))) return null;
    const name = trimWords(words.slice(second === null ? i + 1 : i + 2));
    return name.length > 0 && isProperName(name) ? { description: words.slice(0, i), name } : null;
  }
  return null;
}

/**
 * Where the affiliation starts after a person's name that opens the phrase
 * ("Det. Sgt. Brian Mulcahy of the Eastfield Police Department", "Marcus
 * Abebe of Greyhill Capital"), or null: a person, not a body whose name has
 * `of` inside ("the John F. Kennedy Center for the Performing Arts").
 */
function personBeforeAffiliation(words: Word[]): number | null {
  const affiliation = leadingPersonName(words);
  return affiliation !== null && !endsAsOrganizationName(words[affiliation - 1].text) ? affiliation : null;
}

/**
 * The words before a name describe it ("the shipping firm" Halvorsen Lines):
 * the descriptor unless an appositive gave one already (a relative clause
 * gives way), and the kind of body they name.
 */
function describedBefore(mention: AnalysisDraft, text: string, before: Word[], clauseDescriptor: boolean): void {
  if (mention.descriptor === null || clauseDescriptor) {
    mention.descriptor = text.slice(before[0].start, before[before.length - 1].end);
  }
  const last = before[before.length - 1];
  // "the state news agency ETA": a news agency is an outlet (a wire), not a public agency.
  const newsAgency = before.length > 1 && isNewsBody(before[before.length - 2], last);
  mention.describedAs ||= newsAgency ? 'wire' : bodyHead(last);
}

const NEWS_WORDS = new Set(['news', 'wire', 'press']);
const NEWS_BODIES = new Set(['agency', 'service', 'site', 'website', 'organization', 'organisation']);

/**
 * The head of an appositive description if it names an organization,
 * government body or outlet: the last word of its opening noun phrase ("a
 * ride-hailing company based in Oslo" → company; "the city's police chief"
 * → chief, a person). Empty for people's descriptions and for clauses.
 */
function bodyHeadOf(words: Word[]): string {
  if (words.length === 0 || RELATIVE_WORDS.has(words[0].lower)) return '';
  // "The company and the minister, Ana Ruiz": a coordination describes no one name.
  if (words.some((w) => w.lower === 'and' || w.lower === '&')) return '';
  let end = 0;
  while (end < words.length && (NOUN_PHRASE_TAGS.has(words[end].pos) || isHyphen(words[end]))) end++;
  // "an industry body", "a trade body": a private group, which `body` alone does not say.
  if (end > 1 && words[end - 1].lower === 'body' && PRIVATE_BODY_MODIFIERS.has(words[end - 2].lower)) return 'group';
  if (end > 1 && isNewsBody(words[end - 2], words[end - 1])) return 'wire';
  return end > 0 ? bodyHead(words[end - 1]) : '';
}

/** "news agency", "wire service": an outlet (a wire), not a public agency or service. */
function isNewsBody(modifier: Word, head: Word): boolean {
  return NEWS_WORDS.has(modifier.lower) && NEWS_BODIES.has(head.lower);
}

const PRIVATE_BODY_MODIFIERS = new Set([
  'industry',
  'trade',
  'lobby',
  'lobbying',
  'advocacy',
  'professional',
  'business',
]);

/** Tags of the words of a noun phrase before anything that follows its head (a preposition, verb, comma). */
const NOUN_PHRASE_TAGS = new Set(
  (['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART'] as const).map((tag) => POS_TAGS.indexOf(tag)),
);

/** Tags of an appositive that is role words and a name: "the rapper Jojo Vance", "state Sen. Ruth Halloran". */
const APPOSITIVE_NAME_TAGS = new Set([...NOUN_PHRASE_TAGS, POS_TAGS.indexOf('PUNCT')]);

/** The word's singular if it heads a description of a body, else empty: a common noun, so in lower case. */
function bodyHead(word: Word): string {
  if (!startsLowerCase(word)) return '';
  const head = singular(word.lower).word;
  return isBodyHead(head) ? head : '';
}

/** A lower-case preposition among a name's words: "Ann Lee of Berenberg" names a person and her firm. */
function hasAffiliation(words: Word[]): boolean {
  // "The Sentinel of the Republic": a name opening with `the` is a body's, whatever preposition is inside.
  if (words[0]?.lower === 'the' && startsUpperCase(words[0])) return false;
  return words.some((w) => w.pos === ADP && startsLowerCase(w));
}

/** `Jean`, `-`, `Luc` written without spaces are one word, `Jean-Luc` (a hyphen is a token of its own). */
function withHyphenatedWordsJoined(words: Word[]): Word[] {
  const joined: Word[] = [];
  for (let k = 0; k < words.length; k++) {
    const previous = joined[joined.length - 1];
    const next = words[k + 1];
    const w = words[k];
    if (previous && next && isHyphen(w) && previous.end === w.start && next.start === w.end) {
      const text = `${previous.text}-${next.text}`;
      joined[joined.length - 1] = { ...previous, text, lower: text.toLowerCase(), end: next.end };
      k++;
    } else joined.push(w);
  }
  return joined;
}

/** The name in `words`; `phrase`, all of the words, has been found to be no outlet or government body. */
function nameMention(
  mention: AnalysisDraft,
  text: string,
  phrase: string,
  words: Word[],
  possessor: Word[],
): AnalysisDraft {
  const nameWords = withHyphenatedWordsJoined(words)
    .filter((w) => w.pos !== PUNCT || w.text === '.')
    .map((w) => w.text.split('-').map(normalizeCase).join('-'));
  const parsed = parsePersonName(nameWords.filter((w) => w !== '.'));
  mention.form = 'name';
  mention.name = parsed;
  mention.text = text.slice(words[0].start, words[words.length - 1].end);
  if (possessor.length > 0) {
    mention.descriptor = mention.descriptor ?? text.slice(possessor[0].start, words[words.length - 1].end);
  }
  if (parsed) {
    mention.head = parsed.last;
    mention.gender = parsed.gender ?? genderOfRoles(mention.roles);
    mention.roles.push(...parsed.titles);
  }
  // The whole phrase names no outlet or body (see describeWords); the name, a part of it, still may.
  if (mention.text !== phrase) {
    mention.outlet = matchOutlet(mention.text);
    mention.government = mention.outlet ? null : matchGovernment(mention.text);
  }
  mention.determiner = /^the$/i.test(words[0].text) ? 'definite' : 'bare';
  return mention;
}

/** "both Obama and Trump": the quantifier is not part of the first conjunct. */
const BOTH = new Set(['both', 'either', 'neither']);
