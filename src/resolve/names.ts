import { FEMALE_FIRST_NAMES, MALE_FIRST_NAMES } from './first-names-data.js';
import type { Gender } from './mention.js';

const MALE = new Set(MALE_FIRST_NAMES);
const FEMALE = new Set(FEMALE_FIRST_NAMES);

/**
 * Words that stand before a name as a title or honorific (lower-case, no final
 * period). They are roles of the person, not part of the name: "Sen. Elizabeth
 * Warren" and "Warren" are one person.
 */
export const TITLE_WORDS = new Set(
  `mr mrs ms miss dr prof sen senator rep representative gov governor president vice secretary minister prime
  chancellor judge justice chief gen general col colonel adm admiral sgt lt capt captain maj major cmdr commander
  pope king queen prince princess sheikh rev reverend father sister attorney speaker mayor del delegate
  commissioner ambassador former interim acting deputy assistant state foreign defense defence interior treasury
  professor
  first lady lord lady dame sir rabbi imam cardinal bishop archbishop chairman chairwoman chair ceo director
  spokesman spokeswoman spokesperson leader nominee candidate congressman congresswoman councilman councilwoman
  councillor councilor councilmember alderman alderwoman cllr const mp mla mep
  assemblyman assemblywoman superintendent sheriff officer detective det constable sgt. inspector insp supt cpl premier emir crown ayatollah
  presidential gop democratic republican libertarian white house press secretary-general envoy u.s. us`.split(/\s+/),
);

/** Honorifics that fix a gender. */
const MALE_TITLES = new Set(['mr', 'sir', 'king', 'prince', 'father', 'lord', 'sheikh', 'emir', 'congressman']);
const FEMALE_TITLES = new Set(['mrs', 'ms', 'miss', 'queen', 'princess', 'lady', 'dame', 'sister', 'congresswoman']);

/** Generational suffixes are not the surname: "John G. Roberts Jr." is Roberts. */
const NAME_SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'esq', 'phd', 'md']);

/** Lower-case surname particles that belong inside a name ("Ursula von der Leyen", "Charles de Gaulle"). */
export const NAME_PARTICLES = new Set([
  'de',
  'da',
  'di',
  'del',
  'della',
  'van',
  'von',
  'der',
  'den',
  'la',
  'le',
  'al',
  'bin',
  'ibn',
  'y',
  'dos',
  'du',
]);

export interface PersonName {
  /** The name words without titles and suffixes, as written. */
  words: string[];
  /** Lower-case first given name when the name has two or more words. */
  first: string | null;
  /** Lower-case surname (last name word). */
  last: string;
  /** Lower-case titles found before the name. */
  titles: string[];
  gender: Gender;
}

/** Two genders that rule each other out: both known and different. */
export function gendersClash(a: Gender | undefined, b: Gender | undefined): boolean {
  return Boolean(a && b && a !== b);
}

const bare = (word: string) => word.toLowerCase().replace(/[.,]+$/, '');

/**
 * Splits capitalised words into titles and name: "Interim DNC Chairwoman Donna
 * Brazile" → titles interim, dnc, chairwoman; name Donna Brazile. A place after
 * `of` ("Rep. Elijah Cummings of Maryland") is not part of a person's name.
 */
export function parsePersonName(input: readonly string[]): PersonName | null {
  let words = [...input];
  const titles: string[] = [];
  // A title word before `and` is part of a body's name: "Justice and Home Affairs".
  while (
    words.length > 1 &&
    words[1] !== 'and' &&
    (isTitle(words[0]) || (LEADING_TITLE.has(bare(words[0])) && words.length > 2 && isTitle(words[1])))
  ) {
    const word = bare(words.shift() as string);
    if (word !== 'of') titles.push(word);
  }
  const of = words.findIndex((w, i) => i > 0 && (w === 'of' || w === 'for' || w === 'at'));
  if (of > 0) words = words.slice(0, of);
  while (words.length > 1 && NAME_SUFFIXES.has(bare(words[words.length - 1]))) words.pop();
  if (words.length === 0) return null;
  const last = bare(words[words.length - 1]);
  const first = words.length > 1 ? bare(words[0]) : null;
  return { words, first, last, titles, gender: genderOf(first, titles) };
}

/**
 * Words that belong to a title only before one: "Secretary of State", and a
 * country's initials ("U.S. Attorney Ann Lee", not "U.S. Department").
 */
const LEADING_TITLE = new Set(['of', 'u.s', 'u.k', 'uk']);

function isTitle(word: string): boolean {
  return TITLE_WORDS.has(bare(word)) || isAllCapsAcronym(word);
}

/** An acronym before a name is an affiliation, not a name: "DNC Chairwoman Donna Brazile", "NBC News moderator". */
function isAllCapsAcronym(word: string): boolean {
  return /^[A-Z]{2,5}$/.test(word);
}

/** Whether a lower-case word is a known first name (of either gender). */
export function isFirstName(word: string): boolean {
  return MALE.has(word) || FEMALE.has(word);
}

export function genderOf(first: string | null, titles: readonly string[]): Gender {
  for (const title of titles) {
    if (MALE_TITLES.has(title)) return 'male';
    if (FEMALE_TITLES.has(title)) return 'female';
  }
  if (first && MALE.has(first)) return 'male';
  if (first && FEMALE.has(first)) return 'female';
  return null;
}

/**
 * Whether a later name can be a short form of an earlier one: the same surname
 * and, when both give a first name, the same one (or an initial of it);
 * genders, when known, agree. "Trump" ~ "Donald J. Trump"; "Mrs. Clinton" ≁ "Bill Clinton".
 */
export function namesMatch(later: PersonName, earlier: PersonName): boolean {
  if (!surnamesMatch(later.last, earlier.last)) return false;
  if (gendersClash(later.gender, earlier.gender)) return false;
  if (later.first && earlier.first && later.first !== earlier.first) {
    return later.first.length <= 2 && earlier.first.startsWith(later.first[0]);
  }
  return true;
}

/** The same surname, or one the last part of the other's double-barrelled one: "Awlaki" and "al-Awlaki". */
function surnamesMatch(a: string, b: string): boolean {
  return a === b || surnameTail(a) === b || surnameTail(b) === a;
}

/** The last part of a double-barrelled surname ("awlaki" of "al-awlaki"), which a later bare mention may use; null for others. */
export function surnameTail(last: string): string | null {
  const hyphen = last.lastIndexOf('-');
  if (hyphen <= 0 || hyphen === last.length - 1) return null;
  return NOT_SURNAME_PARTS.has(last.slice(0, last.indexOf('-'))) ? null : last.slice(hyphen + 1);
}

/** Prefixes, not surnames, before a hyphen: "Anti-Trump" is no Trump. */
const NOT_SURNAME_PARTS = new Set('anti pro ex non never post pre mid neo pseudo co all un'.split(' '));

/** Shortest surname a one-letter slip is forgiven in: short names differ by a letter as a rule (Ham, Ham's, Kim, Kom). */
const MIN_SLIP_LENGTH = 5;

/**
 * A bare surname that is one letter off a full name's ("Wines" after "Leslie
 * Wimes", "McLenney" after "Tyresha McClenney"): a typing slip, common in
 * quickly edited copy. The first letter must agree and both be long enough.
 */
export function isSurnameSlip(later: string, earlier: string): boolean {
  if (later === earlier || later[0] !== earlier[0]) return false;
  if (Math.min(later.length, earlier.length) < MIN_SLIP_LENGTH) return false;
  return oneEditApart(later, earlier);
}

/** One substitution, insertion or deletion turns `a` into `b`. */
function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  const rest = short.length === long.length ? i + 1 : i;
  return short.slice(rest) === long.slice(i + 1);
}

/** The initials of an organization's name: "International Monetary Fund" → "imf". */
export function acronymOf(words: readonly string[]): string {
  return words
    .filter((w) => /^\p{Lu}/u.test(w) && !['of', 'the', 'and', 'for'].includes(w.toLowerCase()))
    .map((w) => w[0].toLowerCase())
    .join('');
}

/**
 * Titles that later stand alone for a known office-holder. Only offices whose
 * holder articles take for granted are listed; the text's own titles
 * ("President Donald Trump") always count first.
 */
export const KNOWN_ROLES: ReadonlyMap<string, readonly string[]> = new Map([
  ['donald trump', ['president', 'businessman', 'billionaire', 'mogul', 'nominee', 'candidate', 'republican']],
  ['joe biden', ['president', 'vice president', 'democrat']],
  ['barack obama', ['president', 'democrat']],
  ['hillary clinton', ['nominee', 'candidate', 'democrat', 'secretary', 'senator']],
  ['bernie sanders', ['senator', 'candidate', 'democrat']],
  ['mike pence', ['governor', 'vice president', 'running mate', 'nominee', 'republican']],
  ['tim kaine', ['senator', 'running mate', 'nominee', 'democrat']],
  ['kamala harris', ['vice president', 'senator', 'nominee', 'candidate', 'democrat']],
  ['vladimir putin', ['president', 'leader']],
  ['nicolas maduro', ['president', 'leader']],
  ['nicolás maduro', ['president', 'leader']],
  ['xi jinping', ['president', 'leader']],
  ['volodymyr zelensky', ['president', 'leader']],
  ['emmanuel macron', ['president']],
  ['angela merkel', ['chancellor']],
  ['olaf scholz', ['chancellor']],
  ['boris johnson', ['prime minister', 'minister']],
  ['benjamin netanyahu', ['prime minister', 'minister']],
  ['narendra modi', ['prime minister', 'minister']],
  ['justin trudeau', ['prime minister', 'minister']],
  ['recep tayyip erdogan', ['president']],
  ['kim jong un', ['leader']],
  ['ban ki-moon', ['secretary']],
  ['antonio guterres', ['secretary']],
  ['pope francis', ['pope']],
]);
