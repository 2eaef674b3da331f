import { lastWord } from '../core/index.js';
import { AnchoredPattern } from './anchored-pattern.js';

/**
 * Government bodies: fixed names (the White House, the Kremlin), acronyms
 * (FBI), shapes ("the Ruritanian Ministry of Defense", "the State
 * Department"), their press services, and generic back-references ("the
 * ministry", "the administration").
 */

export interface GovernmentMatch {
  /** Identity key: two mentions with the same key are one body. Null for generic back-references. */
  key: string | null;
  /** Lower-case head noun ("ministry", "white house"): what a generic back-reference can match. */
  head: string;
  generic: boolean;
}

/** Seats of government that stand for it by name. */
const FIXED_BODIES =
  'White House|Kremlin|Pentagon|Joint Chiefs of Staff|Joint Chiefs|Élysée(?: Palace)?|Elysee(?: Palace)?|Downing Street|Congress|Senate|House of Representatives|House of Commons|House of Lords|Parliament|Supreme Court|Federal Reserve|Fed(?! up(?![a-z]))|Treasury|Knesset|Bundestag|Duma|Vatican|Foreign Office|Home Office|Capitol|Security Council|European Commission|Miraflores(?: Palace)?|Blue House|Élysée';

/** Acronyms of government agencies that articles use bare. */
const AGENCY_ACRONYMS =
  'FBI|CIA|NSA|DHS|DOJ|EPA|IRS|FEMA|CDC|FDA|ICE|CBP|NASA|DEA|ATF|SEC|FCC|FTC|FAA|NTSB|GAO|CBO|OMB|USCIS|TSA|NIH|HHS|DoD|DOD|NHS|MI5|MI6|SBU|FSB|GRU|SVR|Mossad|NATO';

/** Nouns that end a government body's name: "Consumer Financial Protection Bureau", "Justice Department". */
const BODY_NOUNS =
  "Department|Ministry|Agency|Authority|Bureau|Commission|Administration|Court|Council|Police|Police Department|Army|Navy|Air Force|Armed Forces|Government|Senate|Assembly|Legislature|Cabinet|Embassy|Consulate|Prosecutor's Office|Attorney's Office|Attorney General's Office|Secret Service|Services|Service|Guard|Coast Guard|Marines|Directorate|Inspectorate|Section|Secretariat|Office|Committee|Subcommittee|Panel|Tribunal";

/** Party and campaign committees are organizations, not government: "Democratic National Committee". */
const NON_GOVERNMENT =
  /\b(?:National Committee|Campaign Committee|Action Committee|Olympic Committee|News Service|Press Service of the Republican|Postal Service Union)\b/;

/** Capitalised determiners and quantifiers, which a body's name never opens with. */
const OPENING_DETERMINER =
  /^(?:Neither|Either|Each|Every|No|Any|Some|Another|This|That|These|Those|Our|Their|Its|His|Her)\s/;

const CAP = String.raw`(?:\p{Lu}[\p{L}.'’&-]*|of|the|and|for|on|U\.S\.)`;
const CAPS = String.raw`\p{Lu}[\p{L}.'’&-]*(?:\s+${CAP}){0,6}?`;

/** "the Agency on Wednesday recommended": a day or month after `on` is no part of a body's name. */
const NOT_A_NAME_AFTER_ON = String.raw`(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|September|October|November|December)\b)`;

/** One government body's name, as a regular-expression source. */
const BODY = String.raw`(?:(?:U\.S\.|US|American|Federal|${CAPS})\s+)?(?:${FIXED_BODIES})|(?:${CAPS}\s+)(?:${BODY_NOUNS})(?:\s+(?:of|for|on)\s+(?:the\s+)?${NOT_A_NAME_AFTER_ON}\p{Lu}[\p{L}'’-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}'’-]*){0,4})?|(?:Department|Ministry|Bureau|Court|Office|Secretariat|Council|Committee|Commission)\s+(?:of|for|on)\s+(?:the\s+)?${NOT_A_NAME_AFTER_ON}\p{Lu}[\p{L}'’-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}'’-]*){0,4}|(?:${AGENCY_ACRONYMS})`;

/** A spokesperson's office speaks for the body: "the press office of the Ruritanian Ministry of Defense". */
const PRESS_SERVICE = String.raw`(?:press\s+(?:service|office)|information\s+(?:office|service)|spokesperson's\s+office)`;

const NAMED_GENERIC_HEADS = 'administration|government|regime|authorities|police';
/** "the Trump administration", "the Ruritanian government", "the junta". */
const NAMED_GENERIC = String.raw`(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}(?:${NAMED_GENERIC_HEADS})`;

/** Government nouns that refer back to the last body of their kind: "the ministry said". */
const GENERIC_HEADS = new Set([
  'ministry',
  'department',
  'agency',
  'administration',
  'government',
  'court',
  'committee',
  'panel',
  'commission',
  'bureau',
  'embassy',
  'council',
  'office',
  'police',
  'authorities',
  'regime',
  'military',
  'army',
  'cabinet',
  'legislature',
  'parliament',
  'junta',
  'prosecutors',
  'press service',
]);

/** One spelling per body: "the Department of Justice", "the Justice Department" and "DOJ" are one body. */
const SYNONYMS: ReadonlyMap<string, string> = new Map([
  ['department of state', 'state department'],
  ['department of justice', 'justice department'],
  ['doj', 'justice department'],
  ['department of defense', 'pentagon'],
  ['defense department', 'pentagon'],
  ['dod', 'pentagon'],
  ['department of homeland security', 'dhs'],
  ['homeland security department', 'dhs'],
  ['federal bureau of investigation', 'fbi'],
  ['central intelligence agency', 'cia'],
  ['environmental protection agency', 'epa'],
  ['internal revenue service', 'irs'],
  ['ministry of defense', 'defense ministry'],
  ['ministry of defence', 'defense ministry'],
  ['ministry of foreign affairs', 'foreign ministry'],
  ['fed', 'federal reserve'],
  ['joint chiefs', 'joint chiefs of staff'],
  ['élysée palace', 'élysée'],
  ['elysee palace', 'élysée'],
  ['elysee', 'élysée'],
]);

/** How the keys of countries, capitals and states begin. */
export const STATE_KEY = 'state:';

/**
 * Countries, capitals and US states stand for their governments as sources:
 * "Washington decided", "Texas sued". One word each: names of several words
 * are in STATE_PHRASES (a word of theirs alone, "South", names none).
 */
const STATES = new Set(
  `america us u.s. britain uk u.k. england france germany italy spain russia china japan
  india pakistan iran iraq israel syria turkey egypt korea ukraine poland canada mexico
  brazil venezuela colombia cuba argentina chile peru australia afghanistan libya yemen qatar jordan lebanon taiwan
  belgium netherlands sweden norway denmark finland greece hungary austria switzerland ireland portugal belarus
  nigeria kenya ethiopia indonesia philippines vietnam thailand myanmar burma malaysia
  washington moscow beijing london paris berlin tokyo kyiv kiev tehran caracas pyongyang seoul brussels ankara
  damascus baghdad jerusalem havana ottawa canberra delhi islamabad kabul riyadh cairo minsk warsaw rome madrid
  alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho illinois
  indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana
  nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont virginia wisconsin wyoming`
    .split(/\n/)
    .flatMap((line) => line.trim().split(/\s+/)),
);
const STATE_PHRASES = new Set([
  'united states',
  'united kingdom',
  'saudi arabia',
  'north korea',
  'south korea',
  'south africa',
  'new delhi',
  'new hampshire',
  'new jersey',
  'new mexico',
  'new york state',
  'north carolina',
  'south carolina',
  'north dakota',
  'south dakota',
  'rhode island',
  'west virginia',
  'the state',
  'the city',
  'the county',
]);

/** An armed service named alone: "the Navy said", which BODY reads only with a capital before it ("The Navy"). */
const SERVICE_ALONE = 'Navy|Army|Air Force|Marine Corps|Coast Guard|National Guard';

const FULL = new RegExp(
  String.raw`^(?:[Tt]he\s+)?(?:(?:${PRESS_SERVICE})\s+of\s+(?:the\s+)?(?:${BODY})|(?:${BODY})(?:'s|’s)?\s+${PRESS_SERVICE}|${BODY}|${NAMED_GENERIC}|${SERVICE_ALONE})$`,
  'u',
);

const normalizeKey = (text: string) => {
  const key = text
    .replace(/[’]/g, "'")
    .replace(/^the\s+/i, '')
    .replace(/^(?:u\.s\.|us|united states|american|federal)\s+/i, '')
    .replace(/\s+/g, ' ')
    .toLowerCase()
    .trim();
  return SYNONYMS.get(key) ?? key;
};

function headOf(key: string): string {
  if (/press (?:service|office)/.test(key)) return 'press service';
  const words = key.replace(/\s+(?:of|for|on)\s+.*$/, '').split(' ');
  return words[words.length - 1];
}

/**
 * The last words, lower-cased, of the phrases `matchGovernment` takes for a
 * body by a lookup (generic heads, states): a phrase ending otherwise is a
 * body only if it holds a keyword.
 */
const LOOKED_UP_LAST_WORDS: ReadonlySet<string> = new Set(
  [...GENERIC_HEADS, 'authorities', 'police', ...STATES, ...STATE_PHRASES].map((phrase) => lastWord(phrase)),
);

/** Whether a phrase names a government body, and which. */
export function matchGovernment(phrase: string): GovernmentMatch | null {
  const cleaned = phrase.replace(/(?:'s|’s)$/, '').trim();
  // Most phrases are no body: rule them out before the phrase is lower-cased and looked up
  // (a new lookup below must add its last words to LOOKED_UP_LAST_WORDS).
  if (!LOOKED_UP_LAST_WORDS.has(lastWord(cleaned).toLowerCase()) && !holdsKeyword(cleaned)) return null;
  const lower = cleaned.toLowerCase();
  const generic = lower.replace(/^the\s+/, '');
  if (/^the\s/.test(lower) && GENERIC_HEADS.has(generic)) return { key: null, head: generic, generic: true };
  if (generic === 'authorities' || generic === 'police') return { key: null, head: generic, generic: true };
  if (
    STATES.has(lower) ||
    STATE_PHRASES.has(lower) ||
    STATE_PHRASES.has(generic) ||
    (STATES.has(generic) && generic.length > 3)
  ) {
    return { key: `${STATE_KEY}${generic}`, head: 'state', generic: false };
  }
  if (!holdsKeyword(cleaned) || !FULL.test(cleaned) || NON_GOVERNMENT.test(cleaned)) return null;
  // "Neither government", "Each ministry": a determiner opening the sentence names no one body.
  if (OPENING_DETERMINER.test(cleaned)) return null;
  const key = normalizeKey(cleaned);
  return { key, head: headOf(key), generic: false };
}

/**
 * What every body's name in running text holds: a fixed name, a body noun, an
 * acronym, a generic head or a press service. Before it come at most "the"
 * and a capitalised run of seven words (CAPS), so eight runs of whitespace,
 * with a CAP between each two. Capitalised and lower-case keywords are
 * scanned for apart, and without the `u` flag (they are plain words): each
 * scan is then several times faster.
 */
const KEYWORDS = [
  new RegExp(`${FIXED_BODIES}|${BODY_NOUNS}|${AGENCY_ACRONYMS}`),
  new RegExp(`${NAMED_GENERIC_HEADS}|${PRESS_SERVICE}`),
];
const RUNS_BEFORE_KEYWORD = 8;

/** Whether a phrase holds a keyword, as every body's name does: most phrases fail this before the full pattern is tried. */
function holdsKeyword(phrase: string): boolean {
  return KEYWORDS.some((keyword) => keyword.test(phrase));
}
const WORD_BEFORE_KEYWORD = new RegExp(`^${CAP}$`, 'u');

/** Finds the matches of `governmentPattern` in running text, trying the pattern only near its keywords. */
export function governmentFinder(): AnchoredPattern {
  return new AnchoredPattern(governmentPattern(), KEYWORDS, RUNS_BEFORE_KEYWORD, WORD_BEFORE_KEYWORD);
}

/** Finds government bodies in running text (press services first, as they contain a body). */
export function governmentPattern(): RegExp {
  return new RegExp(
    String.raw`(?<![\p{L}\p{N}])(?:[Tt]he\s+)?(?:(?:${PRESS_SERVICE})\s+of\s+(?:the\s+)?(?:${BODY})|(?:${BODY})(?:'s|’s)?\s+${PRESS_SERVICE}|${NAMED_GENERIC}|${BODY})(?![\p{L}\p{N}])`,
    'gu',
  );
}
