import type { Gender } from './mention.js';

/** What a pronoun says about its referent: person, gender, number, and whether it can be a person at all. */
export interface PronounInfo {
  person: 1 | 2 | 3;
  gender: Gender;
  /** 'singular' / 'plural', or null when either is possible (`who`, `that`, `you`). */
  number: 'singular' | 'plural' | null;
  /** 'person' = only people; 'thing' = never people; null = either. */
  animacy: 'person' | 'thing' | null;
  relative: boolean;
}

const P = (
  person: 1 | 2 | 3,
  gender: Gender,
  number: PronounInfo['number'],
  animacy: PronounInfo['animacy'],
  relative = false,
): PronounInfo => ({ person, gender, number, animacy, relative });

/** Personal, possessive and relative pronouns that can stand as a source. */
export const PRONOUNS: ReadonlyMap<string, PronounInfo> = new Map([
  ['he', P(3, 'male', 'singular', 'person')],
  ['him', P(3, 'male', 'singular', 'person')],
  ['his', P(3, 'male', 'singular', 'person')],
  ['himself', P(3, 'male', 'singular', 'person')],
  ['she', P(3, 'female', 'singular', 'person')],
  ['her', P(3, 'female', 'singular', 'person')],
  ['hers', P(3, 'female', 'singular', 'person')],
  ['herself', P(3, 'female', 'singular', 'person')],
  ['it', P(3, null, 'singular', 'thing')],
  ['its', P(3, null, 'singular', 'thing')],
  ['itself', P(3, null, 'singular', 'thing')],
  // `they` is plural, or an organization spoken of as its people ("the ministry said they would not comment").
  ['they', P(3, null, 'plural', null)],
  ['them', P(3, null, 'plural', null)],
  ['their', P(3, null, 'plural', null)],
  ['themselves', P(3, null, 'plural', null)],
  ['i', P(1, null, 'singular', 'person')],
  ['me', P(1, null, 'singular', 'person')],
  ['my', P(1, null, 'singular', 'person')],
  ['we', P(1, null, 'plural', null)],
  ['us', P(1, null, 'plural', null)],
  ['our', P(1, null, 'plural', null)],
  ['you', P(2, null, null, null)],
  ['your', P(2, null, null, null)],
  ['who', P(3, null, null, 'person', true)],
  ['whom', P(3, null, null, 'person', true)],
  ['whose', P(3, null, null, null, true)],
  ['which', P(3, null, null, 'thing', true)],
  ['that', P(3, null, null, null, true)],
]);

export function pronounInfo(word: string): PronounInfo | null {
  return PRONOUNS.get(word.toLowerCase().replace(/[’']/g, '')) ?? null;
}
