import type { AnalysisDraft } from './mention.js';
import { AGE_HEAD, FEMALE_HEADS, MALE_HEADS, PERSON_HEADS, QUANTITY_HEADS, singular } from './nouns.js';
import {
  ADJ,
  ADP,
  AUX,
  DET,
  isAgeNoun,
  isCapitalised,
  isHyphen,
  NUM,
  PRON,
  PUNCT,
  participleAfterNoun,
  SCONJ,
  VERB,
  type Word,
} from './phrase-words.js';

/** Descriptions ("a former Ruritanian naval commander"): determiner, head noun, modifiers, number. */

const DEFINITE = new Set(['the']);
const DEMONSTRATIVE = new Set(['this', 'that', 'these', 'those']);
const INDEFINITE = new Set(['a', 'an', 'another', 'one']);
/** Quantifiers and numbers: "two sources", "several officials", "11 former and current US officials". */
export const QUANTIFIERS = new Set(
  'some several many most all both few numerous multiple various two three four five six seven eight nine ten dozen dozens hundreds thousands only other any each every'.split(
    ' ',
  ),
);
export const POSSESSIVE_DETERMINERS = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);
/** A third-person possessive opening a phrase, which names no part of a body: "his Justice Department". */
export const POSSESSIVE_OPENING = /^(?:his|her|its|their|our)\s+/i;
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
/** Pronouns for a group a quantifier takes a part of: "one of them", "some of those". */
export const GROUP_PRONOUNS = new Set(['them', 'those', 'us']);

/** Relative pronouns end a description's naming part: "a commander who attended". */
export const RELATIVE_WORDS = new Set(['who', 'which', 'that', 'whose', 'whom']);

/** `based` of "the Geneva-based agency", `owned` of "state-owned": a participle glued to a word before it by a hyphen. */
export function afterHyphen(words: readonly Word[], i: number): boolean {
  const hyphen = words[i - 1];
  return hyphen !== undefined && isHyphen(hyphen) && hyphen.end === words[i].start;
}

/** Head, modifiers, determiner and number of a description ("a former Ruritanian naval commander"); returns the head's index. */
export function describeNounPhrase(mention: AnalysisDraft, words: Word[], hasPossessor: boolean): number {
  let start = 0;
  const first = words[0]?.lower ?? '';
  if (DEFINITE.has(first)) mention.determiner = 'definite';
  else if (DEMONSTRATIVE.has(first)) mention.determiner = 'demonstrative';
  else if (INDEFINITE.has(first)) mention.determiner = 'indefinite';
  else if (QUANTIFIERS.has(first) || words[0]?.pos === NUM || /^\d/.test(first)) mention.determiner = 'quantified';
  else if (POSSESSIVE_DETERMINERS.has(first) || hasPossessor) mention.determiner = 'possessive';
  else mention.determiner = 'bare';
  // "one of them", "many of those": the pronoun is the head, a part of a group named before.
  if (
    mention.determiner !== 'bare' &&
    words.length === 3 &&
    words[1].lower === 'of' &&
    GROUP_PRONOUNS.has(words[2].lower)
  ) {
    mention.determiner = 'quantified';
    setHead(mention, words.slice(2), 0);
    return 2;
  }
  if (mention.determiner !== 'bare' && !hasPossessor) start = 1;
  // "the American-born 29-year-old": an age noun ends the phrase and heads it.
  if (isAgeNoun(words)) {
    setHead(mention, words.slice(start), words.length - 1 - start);
    return words.length - 1;
  }
  let end = words.length;
  const inName = nameInsideDescription(words);
  for (let i = start + 1; i < words.length; i++) {
    const w = words[i];
    if (inName(i)) continue;
    if (
      (HEAD_ENDERS.has(w.lower) && !afterHyphen(words, i)) ||
      w.pos === ADP ||
      w.pos === SCONJ ||
      w.pos === PRON ||
      (w.pos === PUNCT && !isHyphen(w)) ||
      ((w.pos === VERB || w.pos === AUX) && i > start && !afterHyphen(words, i)) ||
      isParticipleAfterNoun(words, i)
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

/**
 * Whether word i is the `of` or `for` inside a body's name that modifies a
 * person noun ending the phrase: "a Department for Transport source", "a
 * Ministry of Defence spokesman" (whose head is the person, not the body).
 */
function nameInsideDescription(words: readonly Word[]): (i: number) => boolean {
  const last = words[words.length - 1];
  if (!last || isCapitalised(last) || !PERSON_HEADS.has(singular(last.lower).word)) return () => false;
  return (i) =>
    (words[i].lower === 'of' || words[i].lower === 'for') &&
    i + 1 < words.length - 1 &&
    isCapitalised(words[i - 1]) &&
    isCapitalised(words[i + 1]);
}

/** A participle the tagger read as an adjective, after a noun and before more words: "a court filing unsealed last week". */
function isParticipleAfterNoun(words: Word[], i: number): boolean {
  return words[i].pos === ADJ && i < words.length - 1 && participleAfterNoun(words, i);
}

function setHead(mention: AnalysisDraft, words: Word[], headIndex: number): void {
  const head = words[Math.max(0, headIndex)];
  if (!head) return;
  // "the 26-year-old": the head is the age noun, a person.
  const age = isAgeNoun(words.slice(0, headIndex + 1));
  const { word, plural } = age ? { word: AGE_HEAD, plural: false } : singular(head.lower.replace(/[.,]$/, ''));
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
