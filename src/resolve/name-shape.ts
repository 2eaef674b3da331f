import { NAME_TITLES, POS_TAGS } from '../core/index.js';
import { endsAsOrganizationName, MEDIA_COMPANY_ENDINGS } from './kinds.js';
import type { Gender } from './mention.js';
import { isFirstName, NAME_PARTICLES, parsePersonName, TITLE_WORDS } from './names.js';
import { POSSESSIVE_DETERMINERS, QUANTIFIERS } from './noun-phrase.js';
import { FEMALE_HEADS, isBodyHead, isHeadNoun, MALE_HEADS, PERSON_HEADS, singular } from './nouns.js';
import {
  ADJ,
  DET,
  isAgeNoun,
  isCapitalised,
  isHyphen,
  isTitleWord,
  NOUN,
  NUM,
  POSSESSIVE_END,
  PRON,
  startsLowerCase,
  startsUpperCase,
  type Word,
} from './phrase-words.js';

/**
 * The shape of names inside a phrase: whether capitalised words are a proper
 * name or only a title, a group noun or a capitalised common word; where a name
 * starts after role words or ends before an affiliation; coordination.
 */

/** Words a proper name may contain in lower case: "Ministry of Defense", "Bill and Melinda Gates Foundation". */
const NAME_CONNECTORS = new Set(['of', 'the', 'and', 'for', '&', 'on', ...NAME_PARTICLES]);

/** Last words of bodies whose names contain `and`: "Citizenship and Immigration Services", "Health and Human Services". */
const BODY_NAME_END =
  /^(?:services?|department|foundation|institute|center|centre|committee|council|association|union|commission|agency|bureau|administration|affairs|justice|security|development|company|co\.?|corporation|group|fund|league|party|society|university|college|partners|sons|gamble)$/;

/**
 * A second conjunct opens with a determiner, number, possessive or capital:
 * "Mr. Grassley and Mr. Leahy", "critics and the campaign". "former and
 * current officials" coordinates adjectives of one head.
 */
export function opensConjunct(word: Word | undefined): boolean {
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
export function andInsideName(words: Word[], i: number): boolean {
  const before = words[i - 1];
  const after = words[i + 1];
  if (!before || !after) return false;
  const beforeIsTitle = TITLE_WORDS.has(before.lower.replace(/\.$/, ''));
  // "Hollis & Crane", "Procter & Gamble": an ampersand between two lone capitalised words joins a firm's name.
  if (words[i].lower === '&' && i === 1 && words.length === 3 && startsUpperCase(before) && startsUpperCase(after)) {
    return !beforeIsTitle && !isFirstName(before.lower);
  }
  // "Department of Health and Human Services": capitalised on both sides after an `of`.
  if (isProperName(words) && BODY_NAME_END.test(words[words.length - 1].lower)) return true;
  const ofBefore = words.slice(0, i).some((w) => w.lower === 'of');
  return (
    ofBefore &&
    startsUpperCase(before) &&
    startsUpperCase(after) &&
    !beforeIsTitle &&
    !/^(?:Mr|Mrs|Ms|Sen|Rep|Dr)\.?$/.test(after.text)
  );
}

/** Where a trailing proper name starts after lower-case role words: "Trump campaign spokesman Jason Miller" → 3. */
export function trailingName(words: Word[]): number | null {
  let i = words.length;
  // "the state news agency Borun Press": a masthead's `Press` ends a name, though `press` opens titles.
  if (i > 1 && words[i - 1].text === 'Press' && isCapitalised(words[i - 2])) i--;
  while (
    i > 0 &&
    ((isCapitalised(words[i - 1]) && !isTitleWord(words[i - 1])) ||
      joinsCapitals(words, i - 1) ||
      (i < words.length && isParticle(words[i - 1])))
  )
    i--;
  // "Tomas van der Hoek", "Yusuf al-Mansouri": particles inside a name, never opening it.
  while (i < words.length && (isParticle(words[i]) || isHyphen(words[i]))) i++;
  if (i === words.length || i === 0) return null;
  const rest = words.slice(i);
  const before = words[i - 1];
  // "the state news agency ETA", "sports daily Marca Deportiva": a body's noun names what follows, whatever its tag.
  const bodyBefore = startsLowerCase(before) && isBodyHead(singular(before.lower).word);
  if (rest.length === 1 && !/^[\p{Lu}][\p{Ll}]/u.test(rest[0].text) && !bodyBefore) return null;
  // The word before must be a role noun or title ("spokesman", "Sen."), not a lower-case noun phrase ending.
  if (!isTitleWord(before) && !startsLowerCase(before)) return null;
  if (startsLowerCase(before) && before.pos !== NOUN && !isTitleWord(before) && !bodyBefore) return null;
  return i;
}

/** A surname particle as written inside a name, in lower case: `van`, `al` (`Al Gore` has none). */
const isParticle = (word: Word) => NAME_PARTICLES.has(word.text);

/** A hyphen written without spaces between two capitalised words (`Okonkwo-Reid`), or after a particle (`al-Mansouri`). */
function joinsCapitals(words: Word[], k: number): boolean {
  const [before, hyphen, after] = [words[k - 1], words[k], words[k + 1]];
  return (
    before !== undefined &&
    after !== undefined &&
    isHyphen(hyphen) &&
    before.end === hyphen.start &&
    hyphen.end === after.start &&
    (isCapitalised(before) || isParticle(before)) &&
    isCapitalised(after)
  );
}

/** Prepositions that attach an affiliation to a name: "Dan McLaughlin at the National Review". */
const AFFILIATION_PREPOSITIONS = new Set(['at', 'of', 'from', 'with', 'for']);

/**
 * Where the affiliation starts after a person's name that opens the phrase:
 * "Dan McLaughlin at the National Review" → 2. The name must start with a
 * known first name, so "Officials at the White House" is no name.
 */
export function leadingPersonName(words: Word[]): number | null {
  const at = words.findIndex((w, i) => i >= 2 && AFFILIATION_PREPOSITIONS.has(w.lower));
  if (at < 0) return null;
  // "Det. Sgt. Brian Mulcahy": an abbreviation's full stop may be a word of its own.
  const name = words.slice(0, at).filter((w) => w.text !== '.');
  if (!name.every(isCapitalised) || !isProperName(name)) return null;
  const parsed = parsePersonName(name.slice(roleWordsBeforeName(name)).map((w) => w.text));
  return parsed?.first && isFirstName(parsed.first) ? at : null;
}

/**
 * Where a name (with its titles) starts after the capitalised role words
 * opening the phrase: "Criminologist Dr. Arjun Mehta" → 1, "Pensioner
 * Maureen Halloran" → 1; titles ("Mayor") stay the name's. Two words at
 * least are left for the name.
 */
export function roleWordsBeforeName(words: readonly Word[]): number {
  let first = 0;
  while (first < words.length - 2 && PERSON_HEADS.has(words[first].lower) && !TITLE_WORDS.has(words[first].lower))
    first++;
  return first;
}

/**
 * A titled name followed by an affiliation: "Health economist Daniel Okoro
 * of Westmarch University", "Consumer advocate Walter Pryce of the group
 * SafeCrib Alliance", "Battalion Chief Rosa Delgado of the state fire
 * agency" → the name's first word and the preposition, or null. The words before the preposition must end in a name after a role
 * noun or title, as `trailingName` reads them.
 */
export function titledNameBeforeAffiliation(words: Word[]): { name: number; affiliation: number } | null {
  const at = words.findIndex((w, i) => i >= 2 && AFFILIATION_PREPOSITIONS.has(w.lower));
  if (at < 0 || at === words.length - 1) return null;
  // The affiliation's name, maybe after `the` and what it is: "of the advocacy group SafeCrib Alliance".
  let named = at + 1;
  if (words[named].lower === 'the') named++;
  while (named < words.length - 1 && named - at <= 3 && startsLowerCase(words[named]) && words[named].pos === NOUN)
    named++;
  // `of the state fire agency`: a body named by its common noun is an affiliation too.
  const commonBody =
    words[at + 1].lower === 'the' &&
    words.slice(at + 2).every((w) => startsLowerCase(w) && (w.pos === NOUN || w.pos === ADJ)) &&
    isBodyHead(singular(words[words.length - 1].lower).word);
  if (!commonBody && (named >= words.length || !isCapitalised(words[named]))) return null;
  const name = trailingName(words.slice(0, at));
  return name === null ? null : { name, affiliation: at };
}

/** "Stein spokeswoman Melezia Figueroa": a gendered role word tells the gender the first name may not. */
export function genderOfRoles(roles: readonly string[]): Gender {
  if (roles.some((r) => FEMALE_HEADS.has(r))) return 'female';
  if (roles.some((r) => MALE_HEADS.has(r))) return 'male';
  return null;
}

/** Role words in a title: "Trump campaign spokesman" gives spokesman, not campaign (which is no role of a person). */
export function roleWords(words: Word[]): string[] {
  return words.map((w) => w.lower.replace(/\.$/, '')).filter((w) => PERSON_HEADS.has(w) || TITLE_WORDS.has(w));
}

/** Every word capitalised (or a connector inside): "Rep. Elijah Cummings of Maryland", "the Tax Policy Center". */
export function isProperName(words: readonly Word[]): boolean {
  const content = words[0]?.lower === 'the' ? words.slice(1) : words;
  if (content.length === 0) return false;
  if (!/^[\p{Lu}\d]/u.test(content[0].text)) return false;
  // "the 26-year-old" is an age.
  if (isAgeNoun(content)) return false;
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
export function isTitleOnly(words: readonly Word[]): boolean {
  const content = words.filter((w) => w.lower !== 'the');
  if (content.length > 1 && HONORIFICS.has(content[0].lower.replace(/\.$/, ''))) return false;
  return content.every((w) => TITLE_WORDS.has(w.lower.replace(/\.$/, '')));
}

/** Honorifics that always precede a name. */
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'del', ...NAME_TITLES]);

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
  'executive',
  'officer',
  'representative',
  'chancellor',
  'premier',
  'attorney',
  'prosecutor',
  'councilman',
  'councilwoman',
  'councilmember',
  'councillor',
  'councilor',
  'alderman',
  'alderwoman',
  'superintendent',
  'commander',
  // "Tamsley MP Josephine Adair": a constituency, then the member.
  'mp',
  'mla',
  'mep',
]);

const isSplittingTitle = (word: Word) => SPLITTING_TITLES.has(word.lower.replace(/\.$/, ''));

export function innerTitleSplit(words: readonly Word[]): number {
  // "Casco General Hospital", "Mercy Chief Clinic": a body's name, whatever title word it holds.
  if (endsAsOrganizationName(words[words.length - 1].text)) return -1;
  let split = -1;
  for (let i = 0; i < words.length - 1; i++) {
    // A title opening the phrase splits it only when an `of` phrase follows: "Chief of Staff Ann Lee".
    if (isSplittingTitle(words[i]) && (i > 0 || words[1].lower === 'of')) split = i + 1;
  }
  if (split < 0) return -1;
  // "White House Chief of Staff Denis McDonough": the title goes on with `of` up to the name.
  if (words[split].lower === 'of') split = nameAfterTitleOf(words, split);
  if (split < 0) return -1;
  const rest = words.slice(split);
  // A particle may sit inside the name ("Mayor Tomas van der Hoek"), no other small word.
  const inName = (w: Word) => isParticle(w) && w !== rest[0];
  if (rest.some((w) => TITLE_WORDS.has(w.lower.replace(/\.$/, '')) || (NAME_CONNECTORS.has(w.lower) && !inName(w))))
    return -1;
  return split;
}

/**
 * Where the name starts after a title's `of` phrase (`of` at `at`): at its
 * first known first name ("Director of Government Affairs Phil Smith"), else
 * at the last two words when the phrase leaves two or more after one body
 * word; -1 when no name follows ("Secretary of Defense").
 */
function nameAfterTitleOf(words: readonly Word[], at: number): number {
  for (let k = at + 2; k < words.length; k++) {
    if (isFirstName(words[k].lower) && startsUpperCase(words[k])) return k;
  }
  return words.length - at >= 4 ? words.length - 2 : -1;
}

/**
 * A title and its body alone ("Secretary of Defense", "the Chief of Naval
 * Operations"): the body's words (`bodyOfTitle`), or null for other phrases.
 */
export function titleOfBody(words: readonly Word[]): string[] | null {
  const content = words.filter((w) => w.lower !== 'the');
  const of = content.findIndex((w) => w.lower === 'of');
  if (of < 1 || of === content.length - 1) return null;
  const title = content.slice(0, of);
  const body = content.slice(of + 1);
  // Two words at most, or four with `and`: a longer run holds a name ("Chief of Staff Ann Lee").
  if (body.length > (body.some((w) => w.lower === 'and') ? 4 : 2)) return null;
  const alone =
    title.every((w) => isTitleWord(w) || startsUpperCase(w)) &&
    isSplittingTitle(title[title.length - 1]) &&
    body.every((w) => startsUpperCase(w) || w.lower === 'and') &&
    !body.some((w) => isFirstName(w.lower));
  return alone ? bodyOfTitle(words) : null;
}

/** The words after a title's `of`, lower-cased, without `and` and `the`: ["defense"] of "Secretary of Defense". */
export function bodyOfTitle(words: readonly Word[]): string[] {
  const of = words.findIndex((w) => w.lower === 'of');
  return words
    .slice(of + 1)
    .map((w) => w.lower)
    .filter((w) => w !== 'and' && w !== 'the');
}

/** "the Israeli Defense Ministry", "his Justice Department": a capitalised run that ends in a body's noun names no person. */
export function endsInBodyNoun(words: readonly Word[]): boolean {
  const last = words[words.length - 1];
  return last !== undefined && startsUpperCase(last) && isBodyHead(singular(last.lower).word);
}

/** A lone capitalised word that is a common noun or function word: "Poll", "Critics", "This", "Each". */
export function isCapitalisedCommonWord(words: readonly Word[]): boolean {
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
export function isGroupNoun(words: readonly Word[]): boolean {
  const content = words.filter((w) => w.lower !== 'the');
  if (content.length === 0 || content.length > 2) return false;
  const last = content[content.length - 1];
  const { word, plural } = singular(last.lower);
  if (!plural) return false;
  // "Halcyon Records", "Nightjar Films": a company's name, though `records` and `films` are nouns.
  if (content.length > 1 && MEDIA_COMPANY_ENDINGS.has(last.text)) return false;
  if (isHeadNoun(word) || last.pos === NOUN) return true;
  // "Tom Evans", "Evans": a surname that looks like a people's plural after a given name, or
  // alone and made of one (Evan), is a person's; not "Christians".
  if (content.length === 2 && isFirstName(content[0].lower)) return false;
  if (content.length === 1 && isFirstName(word) && !PLURALS_OF_GIVEN_NAMES.has(last.lower)) return false;
  return /(?:ans|ese|crats|ists)$/.test(last.lower);
}

/** Groups of people whose singular is also a given name. */
const PLURALS_OF_GIVEN_NAMES: ReadonlySet<string> = new Set(['christians']);
