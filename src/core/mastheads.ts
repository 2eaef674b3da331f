/**
 * Words newspapers' and broadcasters' names end in ("the Brentley Echo", "City
 * Radio"): what makes a capitalised phrase an outlet's name when no gazetteer
 * lists it, and a capitalised word inside a name rather than a verb.
 */
export const MASTHEAD_WORD_LIST: readonly string[] = [
  'Times',
  'Post',
  'Journal',
  'Herald',
  'Tribune',
  'Gazette',
  'Chronicle',
  'Courier',
  'Inquirer',
  'Examiner',
  'Dispatch',
  'Bulletin',
  'Sentinel',
  'Daily',
  'Observer',
  'Register',
  'Star',
  'Telegraph',
  'Independent',
  'News',
  'Newspaper',
  'Magazine',
  'Radio',
  'Television',
  'TV',
  'Broadcasting',
  'Press',
  'Reporter',
  'Ledger',
  'Record',
  'Review',
  'Monitor',
  'Standard',
  'Guardian',
  'Mirror',
  'Enquirer',
  'Beacon',
  'Leader',
  'Banner',
  'Courant',
  'Echo',
  'Weekly',
  'Argus',
  'Clarion',
  'Advertiser',
  'Mercury',
  'Express',
  'Despatch',
  'Gleaner',
  'Statesman',
];

const MASTHEAD_WORD_SET: ReadonlySet<string> = new Set(MASTHEAD_WORD_LIST.map((word) => word.toLowerCase()));

/** Whether a lower-case word is one mastheads end in ("echo" of "the Brentley Echo"). */
export function isMastheadWord(word: string): boolean {
  return MASTHEAD_WORD_SET.has(word);
}

/** Words that open mastheads as often as others end them: "the Daily Spark", "the Sunday Glimpse" (capitalised). */
export const MASTHEAD_OPENER_LIST: readonly string[] = ['Daily', 'Sunday', 'Evening', 'Morning', 'Weekly'];
const MASTHEAD_OPENERS: ReadonlySet<string> = new Set(MASTHEAD_OPENER_LIST);

export function isMastheadOpener(word: string): boolean {
  return MASTHEAD_OPENERS.has(word);
}

/**
 * Whether `short` is the initials of `name`'s capitalised words: "GPA" of
 * "Global Press Agency", "MP" of "Meridian Press" (a wire's dateline gives
 * the short form, its text the full one).
 */
export function isInitialsOf(short: string, name: string): boolean {
  if (!/^[A-Z]{2,6}$/.test(short)) return false;
  const words = name.replace(/^the\s+/i, '').split(/\s+/);
  return words.length === short.length && words.every((word, k) => word[0] === short[k]);
}
