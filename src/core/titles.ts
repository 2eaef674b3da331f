/**
 * Abbreviated titles that only ever stand before a name, lower case without
 * their full stop (`Sen.`, `Rev.`, `Lt.`): the resolver reads them as roles of
 * the person, and linking mends a sentence wink-nlp broke after one.
 */
export const NAME_TITLES: readonly string[] = [
  'adm',
  'capt',
  'col',
  'dr',
  'gen',
  'gov',
  'lt',
  'prof',
  'rep',
  'rev',
  'sen',
  'sgt',
];
