import { type Doc, type EntityKind, POS_TAGS, type Span } from '../core/index.js';
import { type GovernmentMatch, matchGovernment } from './government.js';
import { mentionKind } from './kinds.js';
import { NAME_PARTICLES, type PersonName, parsePersonName, TITLE_WORDS } from './names.js';
import { FEMALE_HEADS, isHeadNoun, MALE_HEADS, PERSON_HEADS, QUANTITY_HEADS, singular } from './nouns.js';
import { matchOutlet, type OutletMatch } from './outlets.js';
import { type PronounInfo, pronounInfo } from './pronouns-lexicon.js';

export type Gender = 'male' | 'female' | null;
export type MentionForm = 'pronoun' | 'name' | 'description' | 'group';
export type Determiner = 'definite' | 'indefinite' | 'quantified' | 'possessive' | 'bare' | 'demonstrative';

/** One phrase that refers to a (possible) source, analysed for resolution. */
export interface Mention extends Span {
  /** The naming part without appositive or relative clause: "Kenneth Baer" of "Kenneth Baer, a former official". */
  text: string;
  form: MentionForm;
  pronoun: PronounInfo | null;
  /** Lower-case pronoun as written. */
  pronounWord: string;
  name: PersonName | null;
  /** Lower-case singular head noun of a description ("commander"); the surname for names. */
  head: string;
  /** Lower-case words before the head ("former", "venezuelan", "military"). */
  modifiers: string[];
  determiner: Determiner;
  plural: boolean;
  gender: Gender;
  /** Role and title words the mention gives its referent: "president", "nominee", "spokesman". */
  roles: string[];
  /** The description the text gives alongside or instead of a name. */
  descriptor: string | null;
  outlet: OutletMatch | null;
  government: GovernmentMatch | null;
  /** The mention's own guess at its kind (pronouns take their antecedent's). */
  kind: EntityKind;
  /** An attribution's source (or a party cited as one), rather than a candidate antecedent found in the text. */
  isSource: boolean;
  sentence: number;
  firstToken: number;
  inQuote: boolean;
  /** Index of the innermost attribution content piece holding the mention, or -1. */
  contentPiece: number;
}

const PUNCT = POS_TAGS.indexOf('PUNCT');
const DET = POS_TAGS.indexOf('DET');
const NUM = POS_TAGS.indexOf('NUM');
const ADP = POS_TAGS.indexOf('ADP');
const VERB = POS_TAGS.indexOf('VERB');
const AUX = POS_TAGS.indexOf('AUX');
const PRON = POS_TAGS.indexOf('PRON');
const SCONJ = POS_TAGS.indexOf('SCONJ');
const PART = POS_TAGS.indexOf('PART');

/** A possessive ending: "Trump's claim" has source "Trump's". */
const POSSESSIVE_END = /(?:'s|’s|'|’)$/;

const DEFINITE = new Set(['the']);
const DEMONSTRATIVE = new Set(['this', 'that', 'these', 'those']);
const INDEFINITE = new Set(['a', 'an', 'another', 'one']);
/** Quantifiers and numbers: "two sources", "several officials", "11 former and current US officials". */
const QUANTIFIERS = new Set(
  'some several many most all both few numerous multiple various two three four five six seven eight nine ten dozen dozens hundreds thousands only other any each every'.split(
    ' ',
  ),
);
const POSSESSIVE_DETERMINERS = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);
/** Words that end the head phrase of a description: prepositions, relative pronouns, participles follow. */
const HEAD_ENDERS = new Set([
  'of',
  'for',
  'to',
  'with',
  'at',
  'in',
  'from',
  'on',
  'by',
  'who',
  'which',
  'that',
  'whose',
  'familiar',
  'close',
  'involved',
  'based',
  'like',
  'including',
  'such',
  'as',
  'than',
]);
/** Words a proper name may contain in lower case: "Ministry of Defense", "Bill and Melinda Gates Foundation". */
const NAME_CONNECTORS = new Set(['of', 'the', 'and', 'for', '&', 'on', ...NAME_PARTICLES]);

interface Word {
  text: string;
  lower: string;
  pos: number;
  start: number;
  end: number;
}

/** Analyses the phrase at `span` (a source span or a candidate found in the text). Null when nothing is left after trimming. */
export function analyzeMention(doc: Doc, span: Span, isSource: boolean): Mention | null {
  const trimmed = trimEdges(doc.text, span);
  if (!trimmed) return null;
  const words = withoutParentheticals(wordsIn(doc, trimmed));
  if (words.length === 0) return null;
  const tokens = doc.need('tokens');
  const firstToken = tokenAt(doc, trimmed.start);
  const base = {
    start: trimmed.start,
    end: trimmed.end,
    isSource,
    sentence: tokens.sentence[Math.min(firstToken, tokens.count - 1)] ?? 0,
    firstToken,
    inQuote: false,
    contentPiece: -1,
  };
  const whole = doc.text.slice(trimmed.start, trimmed.end);
  // "US" is the country, not `us`.
  const contracted = words.length === 2 && /^['’](?:ve|re|ll|d|m|s)$/.test(words[1].lower);
  if (
    (words.length === 1 || contracted || (words.length === 2 && words[1].lower === 'himself')) &&
    words[0].text !== 'US'
  ) {
    // "I've", "they're": the contraction is the verb's.
    const word = words[0].lower.replace(/['’](?:ve|re|ll|d|m|s)$/, '');
    const info = pronounInfo(word);
    if (info) return pronounMention(base, whole, word, info);
  }
  return describePhrase(base, doc.text, words);
}

function pronounMention(base: MentionBase, text: string, word: string, info: PronounInfo): Mention {
  return {
    ...base,
    text,
    form: 'pronoun',
    pronoun: info,
    pronounWord: word,
    name: null,
    head: '',
    modifiers: [],
    determiner: 'bare',
    plural: info.number === 'plural',
    gender: info.gender,
    roles: [],
    descriptor: null,
    outlet: null,
    government: null,
    kind: 'unknown',
  };
}

type MentionBase = Pick<Mention, 'start' | 'end' | 'isSource' | 'sentence' | 'firstToken' | 'inQuote' | 'contentPiece'>;

function describePhrase(base: MentionBase, text: string, all: Word[]): Mention {
  const phrase = text.slice(all[0].start, all[all.length - 1].end);
  const outlet = matchOutlet(phrase);
  const government = outlet ? null : matchGovernment(phrase);
  const mention: Mention = {
    ...base,
    text: phrase,
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
    outlet,
    government,
    kind: 'unknown',
  };
  if (outlet || government) {
    mention.form = (outlet && !outlet.generic) || (government && !government.generic) ? 'name' : 'description';
    mention.determiner = /^the\s/i.test(phrase) ? 'definite' : 'bare';
    mention.head = (outlet?.shortAlias ?? government?.head ?? phrase.replace(/^the\s+/i, '')).toLowerCase();
    mention.plural = government?.head === 'authorities';
    return mention;
  }
  let words = all;
  // Appositive: "Kenneth Baer, a former official" / "The state's chairman, Phil Lovas".
  const comma = words.findIndex((w, i) => i > 0 && w.text === ',');
  if (comma > 0) {
    const left = words.slice(0, comma);
    const right = trimWords(words.slice(comma + 1));
    const rightIsName = right.length > 0 && isProperName(right) && !isProperName(left);
    words = rightIsName ? right : left;
    const other = rightIsName ? left : right;
    if (other.length > 0) mention.descriptor = text.slice(other[0].start, other[other.length - 1].end);
  }
  // Coordination: "Mr. Grassley and Mr. Leahy", "China and Russia" refer to a group.
  const and = words.findIndex(
    (w, i) =>
      i > 0 &&
      (w.lower === 'and' || w.lower === '&') &&
      opensConjunct(words[i + 1]) &&
      !andInsideName(words, i),
  );
  if (and > 0 && and < words.length - 1) {
    const conjunct = words.slice(BOTH.has(words[0].lower) ? 1 : 0, and);
    const first = describePhrase(base, text, conjunct.length > 0 ? conjunct : words.slice(0, and));
    const kind = mentionKind(first);
    return {
      ...first,
      start: base.start,
      end: base.end,
      text: phrase,
      form: 'group',
      plural: true,
      gender: null,
      name: null,
      kind,
    };
  }
  mention.text = text.slice(words[0].start, words[words.length - 1].end);
  // Possessive split: "CNN's Jake Tapper" (affiliation + name), "Obama's aides" (possessor + head).
  const possessive = words.findIndex(
    (w, i) => i > 0 && i < words.length - 1 && POSSESSIVE_END.test(w.text) && w.text.length <= 2,
  );
  let possessor: Word[] = [];
  if (possessive > 0) {
    possessor = words.slice(0, possessive);
    words = words.slice(possessive + 1);
  }
  if (isProperName(words) && !isTitleOnly(words) && !isGroupNoun(words) && !isCapitalisedCommonWord(words)) {
    const split = innerTitleSplit(words);
    if (split > 0) {
      mention.descriptor = mention.descriptor ?? text.slice(words[0].start, words[split - 1].end);
      mention.roles.push(...roleWords(words.slice(0, split)));
      return nameMention(mention, text, words.slice(split), possessor);
    }
    return nameMention(mention, text, words, possessor);
  }
  const trailing = trailingName(words);
  if (trailing) {
    mention.descriptor = mention.descriptor ?? text.slice(words[0].start, words[trailing - 1].end);
    mention.roles.push(...roleWords(words.slice(0, trailing)));
    return nameMention(mention, text, words.slice(trailing), possessor);
  }
  const head = describeNounPhrase(mention, words, possessor.length > 0);
  const tail = words.findIndex(
    (w, i) =>
      i > head &&
      (w.pos === VERB ||
        w.pos === AUX ||
        w.pos === PART ||
        RELATIVE_WORDS.has(w.lower) ||
        w.text === ',' ||
        /^["“”]$/.test(w.text)),
  );
  const firstKept = possessor[0] ?? words[0];
  const lastKept = tail > 0 ? words[tail - 1] : words[words.length - 1];
  if (firstKept && lastKept) mention.text = text.slice(firstKept.start, lastKept.end);
  mention.descriptor = mention.descriptor ?? mention.text;
  return mention;
}

/** Last words of bodies whose names contain `and`: "Citizenship and Immigration Services", "Health and Human Services". */
const BODY_NAME_END =
  /^(?:services?|department|foundation|institute|center|centre|committee|council|association|union|commission|agency|bureau|administration|affairs|justice|security|development|company|co\.?|corporation|group|fund|league|party|society|university|college|partners|sons|gamble)$/;

/**
 * A second conjunct opens with a determiner, number, possessive or capital:
 * "Mr. Grassley and Mr. Leahy", "critics and the campaign". "former and
 * current officials" coordinates adjectives of one head.
 */
function opensConjunct(word: Word | undefined): boolean {
  if (!word) return false;
  return (
    word.pos === DET ||
    word.pos === NUM ||
    /^[\p{Lu}\d]/u.test(word.text) ||
    POSSESSIVE_DETERMINERS.has(word.lower) ||
    QUANTIFIERS.has(word.lower)
  );
}

/** "Bill and Melinda Gates", "Procter & Gamble": an `and` between capitalised words inside one name is not coordination. */
function andInsideName(words: Word[], i: number): boolean {
  const before = words[i - 1];
  const after = words[i + 1];
  if (!before || !after) return false;
  const beforeIsTitle = TITLE_WORDS.has(before.lower.replace(/\.$/, ''));
  // "Department of Health and Human Services": capitalised on both sides after an `of`.
  if (isProperName(words) && BODY_NAME_END.test(words[words.length - 1].lower)) return true;
  const ofBefore = words.slice(0, i).some((w) => w.lower === 'of');
  return (
    ofBefore &&
    /^\p{Lu}/u.test(before.text) &&
    /^\p{Lu}/u.test(after.text) &&
    !beforeIsTitle &&
    !/^(?:Mr|Mrs|Ms|Sen|Rep|Dr)\.?$/.test(after.text)
  );
}

function nameMention(mention: Mention, text: string, words: Word[], possessor: Word[]): Mention {
  const nameWords = words.filter((w) => w.pos !== PUNCT || w.text === '.').map((w) => normalizeCase(w.text));
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
  mention.outlet = matchOutlet(mention.text);
  mention.government = mention.outlet ? null : matchGovernment(mention.text);
  mention.determiner = /^the$/i.test(words[0].text) ? 'definite' : 'bare';
  return mention;
}

/** "both Obama and Trump": the quantifier is not part of the first conjunct. */
const BOTH = new Set(['both', 'either', 'neither']);

/** Relative pronouns end a description's naming part: "a commander who attended". */
const RELATIVE_WORDS = new Set(['who', 'which', 'that', 'whose', 'whom']);

/** Head, modifiers, determiner and number of a description ("a former Venezuelan military commander"); returns the head's index. */
function describeNounPhrase(mention: Mention, words: Word[], hasPossessor: boolean): number {
  let start = 0;
  const first = words[0]?.lower ?? '';
  if (DEFINITE.has(first)) mention.determiner = 'definite';
  else if (DEMONSTRATIVE.has(first)) mention.determiner = 'demonstrative';
  else if (INDEFINITE.has(first)) mention.determiner = 'indefinite';
  else if (QUANTIFIERS.has(first) || words[0]?.pos === NUM || /^\d/.test(first)) mention.determiner = 'quantified';
  else if (POSSESSIVE_DETERMINERS.has(first) || hasPossessor) mention.determiner = 'possessive';
  else mention.determiner = 'bare';
  if (mention.determiner !== 'bare' && !hasPossessor) start = 1;
  let end = words.length;
  for (let i = start + 1; i < words.length; i++) {
    const w = words[i];
    const hyphen = w.text === '-' || w.text === '‑';
    if (
      HEAD_ENDERS.has(w.lower) ||
      w.pos === ADP ||
      w.pos === SCONJ ||
      w.pos === PRON ||
      (w.pos === PUNCT && !hyphen) ||
      ((w.pos === VERB || w.pos === AUX) && i > start)
    ) {
      end = i;
      break;
    }
  }
  let headIndex = end - 1;
  // "52 percent of registered voters", "most of the officials": the head is in the `of` phrase.
  const headWord = words[headIndex]?.lower ?? '';
  if ((QUANTITY_HEADS.has(headWord) || words[headIndex]?.pos === NUM) && words[end]?.lower === 'of') {
    const rest = words.slice(end + 1).filter((w) => !DEFINITE.has(w.lower));
    const inner = rest.findIndex(
      (w, i) => i > 0 && (HEAD_ENDERS.has(w.lower) || w.pos === ADP || w.pos === PUNCT || w.pos === VERB),
    );
    const innerWords = inner > 0 ? rest.slice(0, inner) : rest;
    if (innerWords.length > 0) {
      mention.determiner = 'quantified';
      setHead(mention, innerWords, innerWords.length - 1);
      return words.indexOf(innerWords[innerWords.length - 1]);
    }
  }
  while (headIndex > start && (words[headIndex].pos === PUNCT || words[headIndex].pos === DET)) headIndex--;
  setHead(mention, words.slice(start), headIndex - start);
  return headIndex;
}

function setHead(mention: Mention, words: Word[], headIndex: number): void {
  const head = words[Math.max(0, headIndex)];
  if (!head) return;
  const { word, plural } = singular(head.lower.replace(/[.,]$/, ''));
  mention.head = word;
  mention.plural = plural;
  mention.modifiers = words
    .slice(0, Math.max(0, headIndex))
    .filter(
      (w) => w.pos !== DET && w.pos !== NUM && w.pos !== PUNCT && !QUANTIFIERS.has(w.lower) && !/^\d/.test(w.lower),
    )
    .map((w) => w.lower);
  mention.roles.push(word);
  if (FEMALE_HEADS.has(word)) mention.gender = 'female';
  else if (MALE_HEADS.has(word)) mention.gender = 'male';
}

/** Where a trailing proper name starts after lower-case role words: "Trump campaign spokesman Jason Miller" → 3. */
function trailingName(words: Word[]): number | null {
  let i = words.length;
  while (i > 0 && isCapitalised(words[i - 1]) && !isTitleWord(words[i - 1])) i--;
  if (i === words.length || i === 0) return null;
  const rest = words.slice(i);
  if (rest.length === 1 && !/^[\p{Lu}][\p{Ll}]/u.test(rest[0].text)) return null;
  // The word before must be a role noun or title ("spokesman", "Sen."), not a lower-case noun phrase ending.
  const before = words[i - 1];
  if (!isTitleWord(before) && !/^\p{Ll}/u.test(before.text)) return null;
  if (/^\p{Ll}/u.test(before.text) && before.pos !== POS_TAGS.indexOf('NOUN') && !isTitleWord(before)) return null;
  return i;
}

/** "Stein spokeswoman Melezia Figueroa": a gendered role word tells the gender the first name may not. */
function genderOfRoles(roles: readonly string[]): Gender {
  if (roles.some((r) => FEMALE_HEADS.has(r))) return 'female';
  if (roles.some((r) => MALE_HEADS.has(r))) return 'male';
  return null;
}

/** Role words in a title: "Trump campaign spokesman" gives spokesman, not campaign (which is no role of a person). */
function roleWords(words: Word[]): string[] {
  return words.map((w) => w.lower.replace(/\.$/, '')).filter((w) => PERSON_HEADS.has(w) || TITLE_WORDS.has(w));
}

function isCapitalised(word: Word): boolean {
  return /^[\p{Lu}\d]/u.test(word.text);
}

function isTitleWord(word: Word): boolean {
  return TITLE_WORDS.has(word.lower.replace(/\.$/, ''));
}

/** Every word capitalised (or a connector inside): "Rep. Elijah Cummings of Maryland", "the Tax Policy Center". */
export function isProperName(words: readonly Word[]): boolean {
  const content = words[0]?.lower === 'the' ? words.slice(1) : words;
  if (content.length === 0) return false;
  if (!/^[\p{Lu}\d]/u.test(content[0].text)) return false;
  return content.every(
    (w, i) =>
      /^[\p{Lu}\d]/u.test(w.text) ||
      NAME_CONNECTORS.has(w.lower) ||
      w.text === '.' ||
      w.text === '-' ||
      POSSESSIVE_END.test(w.text) ||
      (i > 0 && content[i - 1].text === '-' && content[i - 1].end === w.start),
  );
}

/** "Judge", "The Governor": capitalised, but only a title. An honorific before a name never is: "Mr. King". */
function isTitleOnly(words: readonly Word[]): boolean {
  const content = words.filter((w) => w.lower !== 'the');
  if (content.length > 1 && HONORIFICS.has(content[0].lower.replace(/\.$/, ''))) return false;
  return content.every((w) => TITLE_WORDS.has(w.lower.replace(/\.$/, '')));
}

/** Honorifics that always precede a name. */
const HONORIFICS = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'dr',
  'sen',
  'rep',
  'gov',
  'gen',
  'adm',
  'col',
  'lt',
  'sgt',
  'capt',
  'prof',
  'rev',
  'del',
]);

/**
 * Person titles that, inside a capitalised run, separate an affiliation from the
 * name: "Ohio Democratic Party Chairman David Pepper", "White House Press
 * Secretary Josh Earnest".
 */
const SPLITTING_TITLES = new Set([
  ...HONORIFICS,
  'chairman',
  'chairwoman',
  'chair',
  'senator',
  'governor',
  'president',
  'secretary',
  'minister',
  'mayor',
  'judge',
  'justice',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'director',
  'ceo',
  'leader',
  'nominee',
  'candidate',
  'ambassador',
  'commissioner',
  'general',
  'sheriff',
  'speaker',
  'chief',
  'representative',
  'chancellor',
  'premier',
]);

function innerTitleSplit(words: readonly Word[]): number {
  let split = -1;
  for (let i = 1; i < words.length - 1; i++) if (SPLITTING_TITLES.has(words[i].lower.replace(/\.$/, ''))) split = i + 1;
  if (split < 0) return -1;
  const rest = words.slice(split);
  if (rest.some((w) => TITLE_WORDS.has(w.lower.replace(/\.$/, '')) || NAME_CONNECTORS.has(w.lower))) return -1;
  return split;
}

/** A lone capitalised word that is a common noun or function word: "Poll", "Critics", "This", "Each". */
function isCapitalisedCommonWord(words: readonly Word[]): boolean {
  const content = words.filter((w) => w.lower !== 'the');
  if (content.length !== 1) return false;
  const word = content[0];
  if (word.pos === DET || word.pos === PRON || word.pos === POS_TAGS.indexOf('ADV')) return true;
  const head = singular(word.lower).word;
  // "The Republican", "the Democrat": a definite capitalised role is a description, however it is tagged.
  if (words[0].lower === 'the' && PERSON_HEADS.has(head)) return true;
  return isHeadNoun(head) && word.pos !== POS_TAGS.indexOf('PROPN');
}

/** Capitalised plural group nouns are groups, not names: "Republicans", "Democrats", "Americans". */
function isGroupNoun(words: readonly Word[]): boolean {
  const content = words.filter((w) => w.lower !== 'the');
  if (content.length === 0 || content.length > 2) return false;
  const last = content[content.length - 1];
  const { word, plural } = singular(last.lower);
  if (!plural) return false;
  return isHeadNoun(word) || last.pos === POS_TAGS.indexOf('NOUN') || /(?:ans|ese|crats|ists)$/.test(last.lower);
}

/** "PENCE" in a transcript is Pence; acronyms (CNN, FBI) stay as they are. */
function normalizeCase(word: string): string {
  if (word.length > 4 && word === word.toUpperCase() && /\p{Lu}/u.test(word))
    return word[0] + word.slice(1).toLowerCase();
  return word;
}

/** "Rep. Elijah E. Cummings (D-Md.)": a bracketed party and state is not part of the name. */
function withoutParentheticals(words: Word[]): Word[] {
  const kept: Word[] = [];
  let depth = 0;
  for (const word of words) {
    if (word.text === '(') depth++;
    else if (word.text === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0) kept.push(word);
  }
  return kept;
}

function trimWords(words: Word[]): Word[] {
  let a = 0;
  let b = words.length;
  while (a < b && words[a].pos === PUNCT) a++;
  while (b > a && words[b - 1].pos === PUNCT) b--;
  return words.slice(a, b);
}

/** Quote marks, brackets and punctuation that cling to a source span's edges; a final possessive goes too. */
function trimEdges(text: string, span: Span): Span | null {
  let start = span.start;
  let end = span.end;
  const piece = text.slice(start, end);
  const lead = /^[\s"“”‘’'(),;:\-–—[\]]+/.exec(piece);
  if (lead) start += lead[0].length;
  let rest = text.slice(start, end);
  const trail = /[\s"“”‘’'(),;:\-–—[\]]+$/.exec(rest);
  if (trail) end -= trail[0].length;
  rest = text.slice(start, end);
  const possessive = /(?:'s|’s)$/.exec(rest);
  if (possessive && rest.length > 2) end -= possessive[0].length;
  return end > start ? { start, end } : null;
}

function wordsIn(doc: Doc, span: Span): Word[] {
  const tokens = doc.need('tokens');
  const words: Word[] = [];
  for (let t = tokenAt(doc, span.start); t < tokens.count && tokens.start[t] < span.end; t++) {
    const start = Math.max(tokens.start[t], span.start);
    const end = Math.min(tokens.end[t], span.end);
    if (end <= start) continue;
    const text = doc.text.slice(start, end);
    words.push({ text, lower: text.toLowerCase(), pos: tokens.pos[t], start, end });
  }
  return words;
}

/** Index of the first token ending after `offset`. */
export function tokenAt(doc: Doc, offset: number): number {
  const tokens = doc.need('tokens');
  let lo = 0;
  let hi = tokens.count;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens.end[mid] <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
