import { lastWord, MASTHEAD_OPENER_LIST, MASTHEAD_WORD_LIST } from '../core/index.js';
import { AnchoredPattern } from './anchored-pattern.js';
import { OUTLETS, type OutletEntry, type OutletType } from './outlets-data.js';

export type { OutletEntry, OutletType };

/** How a phrase names an outlet: fully ("The New York Times"), by a short form ("the Times"), or generically ("the newspaper"). */
export interface OutletMatch {
  /** The gazetteer entry; null for generic nouns and for unknown outlets recognised by their shape. */
  entry: OutletEntry | null;
  /** The short form when the phrase is one ("Times"): it resolves to the outlet mentioned most recently. */
  shortAlias: string | null;
  /** For generic nouns ("the network"): which outlet types it can refer back to; null = any. */
  genericTypes: readonly OutletType[] | null;
  generic: boolean;
  /**
   * For an outlet the gazetteer lacks, its masthead word in lower case
   * ("ledger" of "the Grantham Ledger"), and whether the phrase is that word
   * alone ("the Ledger"), which is how a local paper is called once named.
   */
  masthead: string | null;
  mastheadOnly: boolean;
}

const normalizeQuotes = (text: string) => text.replace(/[’`]/g, "'");

const normalize = (text: string) =>
  normalizeQuotes(text)
    .replace(/^the\s+/i, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

const BY_ALIAS = new Map<string, OutletEntry>();
const BY_SHORT_ALIAS = new Map<string, OutletEntry[]>();
for (const entry of OUTLETS) {
  for (const alias of [entry.name, ...entry.aliases]) BY_ALIAS.set(normalize(alias), entry);
  for (const alias of entry.shortAliases ?? []) {
    const list = BY_SHORT_ALIAS.get(alias.toLowerCase()) ?? [];
    list.push(entry);
    BY_SHORT_ALIAS.set(alias.toLowerCase(), list);
  }
}

/**
 * Generic nouns for outlets and the outlet types each can refer back to. Not
 * a bare `the agency`: in news it is far more often a public body's (the
 * FBI, the Environment Agency) than a news agency's.
 */
const GENERIC_OUTLET_NOUNS: ReadonlyMap<string, readonly OutletType[] | null> = new Map<
  string,
  readonly OutletType[] | null
>([
  ['newspaper', ['newspaper']],
  ['paper', ['newspaper']],
  ['daily', ['newspaper']],
  ['tabloid', ['newspaper']],
  ['broadsheet', ['newspaper']],
  ['network', ['broadcaster']],
  ['channel', ['broadcaster']],
  ['broadcaster', ['broadcaster']],
  ['station', ['broadcaster']],
  ['magazine', ['magazine']],
  ['weekly', ['magazine', 'newspaper']],
  ['news agency', ['agency']],
  ['wire service', ['agency']],
  ['outlet', null],
  ['news outlet', null],
  ['media outlet', null],
  ['publication', null],
  ['website', ['online', 'newspaper', 'magazine']],
  ['site', ['online', 'newspaper', 'magazine']],
  ['news site', ['online']],
]);

/**
 * Words that end the names of online outlets, wires and magazines ("Beltway
 * Insider", "Northgate Wire", "Groove Quarterly"): outlets here, but not words
 * the cue tagger should read as a masthead's (`core/mastheads.ts`).
 */
const ONLINE_MASTHEAD_WORDS: readonly string[] = ['Insider', 'Wire', 'Digest', 'Quarterly', 'Monthly', 'Weekender'];
const ALL_MASTHEAD_WORDS: readonly string[] = [...MASTHEAD_WORD_LIST, ...ONLINE_MASTHEAD_WORDS];

/**
 * Outlets the gazetteer lacks, recognised by the words that end their names:
 * "the Springfield Gazette", "WKRN News", "Radio Liberty".
 */
/** Words that end a masthead: "Grantham Ledger", "Port Ellis Herald". */
const MASTHEAD_WORDS = ALL_MASTHEAD_WORDS.join('|');
/** Capitalised words, a channel's number among them ("Channel 9 News"), then a masthead word. */
const OUTLET_NAME_SHAPE = new RegExp(
  `^\\p{Lu}[\\p{L}.'&-]*\\s+(?:[\\p{Lu}\\d][\\p{L}\\d.'&-]*\\s+){0,3}(?:${MASTHEAD_WORDS})$`,
  'u',
);
/** A news agency's name: "Qerani News Agency", "Borun Press Agency". */
const NEWS_AGENCY_NAME = /^(?:\p{Lu}[\p{L}.'&-]*\s+){1,3}(?:News|Press)\s+Agency$/u;

/** "the Ledger" after the article named no such outlet: a local paper known by its masthead word. */
const DEFINITE_MASTHEAD = new RegExp(`^[Tt]he\\s+(?:${MASTHEAD_WORDS})$`, 'u');

/**
 * The last word of every phrase `matchOutlet` takes for an outlet, lower-cased:
 * the last word of a gazetteer name, short form or generic noun, or a
 * masthead word. `normalize` keeps a phrase's last word, so a phrase whose
 * last word is none of these is no outlet, and most phrases are ruled out
 * before they are normalized.
 */
const OUTLET_LAST_WORDS: ReadonlySet<string> = new Set([
  ...[...BY_ALIAS.keys(), ...BY_SHORT_ALIAS.keys(), ...GENERIC_OUTLET_NOUNS.keys()].map((key) => lastWord(key)),
  ...ALL_MASTHEAD_WORDS.map((word) => word.toLowerCase()),
]);

/** A masthead opening word and one or two capitalised words: "The Daily Spark", "the Sunday Glimpse". */
const MASTHEAD_OPENING = new RegExp(
  String.raw`^(?:[Tt]he\s+)?(?:${MASTHEAD_OPENER_LIST.join('|')})\s+\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)?$`,
  'u',
);

/** Masthead words that tell the kind of outlet: "Wessex Radio" is no paper. */
const MASTHEAD_TYPES: ReadonlyMap<string, OutletType> = new Map([
  ['radio', 'broadcaster'],
  ['television', 'broadcaster'],
  ['tv', 'broadcaster'],
  ['broadcasting', 'broadcaster'],
  ['magazine', 'magazine'],
  ['newspaper', 'newspaper'],
  ['times', 'newspaper'],
  ['post', 'newspaper'],
  ['journal', 'newspaper'],
  ['herald', 'newspaper'],
  ['tribune', 'newspaper'],
  ['gazette', 'newspaper'],
  ['chronicle', 'newspaper'],
  ['courier', 'newspaper'],
  ['ledger', 'newspaper'],
  ['daily', 'newspaper'],
  ['insider', 'online'],
  ['digest', 'online'],
  ['wire', 'agency'],
]);

/** The kind of outlet a masthead word (lower case) tells, or null. */
export function mastheadType(masthead: string): OutletType | null {
  return MASTHEAD_TYPES.get(masthead) ?? null;
}

/** A match with the given fields, the others empty. */
function outletMatch(fields: Partial<OutletMatch>): OutletMatch {
  return {
    entry: null,
    shortAlias: null,
    genericTypes: null,
    generic: false,
    masthead: null,
    mastheadOnly: false,
    ...fields,
  };
}

/** A gazetteer name that is an article and one word: "The Sun", "The Hill". */
const THE_AND_ONE_WORD = /^The \S+$/;

/** Matches a phrase (a source or a candidate mention) against the outlet gazetteer and generic outlet nouns. */
export function matchOutlet(phrase: string): OutletMatch | null {
  const cleaned = phrase.replace(/(?:'s|’s|')$/, '').trim();
  const last = normalizeQuotes(lastWord(cleaned)).toLowerCase();
  // A new way to match below must end in a word of OUTLET_LAST_WORDS (or add its words there),
  // or be a masthead's opening word and a name: "The Daily Spark", "the Sunday Glimpse"
  // (its last word stands for it later: "the Spark").
  if (!OUTLET_LAST_WORDS.has(last)) return MASTHEAD_OPENING.test(cleaned) ? outletMatch({ masthead: last }) : null;
  if (!/^(?:the\s+)?\p{Lu}/iu.test(cleaned)) return null;
  const key = normalize(cleaned);
  // Past an article in either case: "The newspaper" opening a sentence is the generic noun.
  const withArticle = /^the\s/i.test(cleaned);
  const bare = withArticle ? cleaned.replace(/^the\s+/i, '') : cleaned;
  const startsUpper = /^[\p{Lu}\d]/u.test(bare);
  if (startsUpper) {
    const entry = BY_ALIAS.get(key);
    // "The Sun", "The Guardian": one word that is also a surname or a noun names the outlet only with
    // its article ("Rafaela Sun ... Sun said" is the person).
    if (entry && (withArticle || !THE_AND_ONE_WORD.test(entry.name))) return outletMatch({ entry });
    if (withArticle && BY_SHORT_ALIAS.has(key)) return outletMatch({ shortAlias: key });
    const mastheadOnly = DEFINITE_MASTHEAD.test(cleaned);
    // "the state-run Qerani News Agency": a wire, not a public agency.
    if (NEWS_AGENCY_NAME.test(bare)) return outletMatch({ masthead: 'agency' });
    if (mastheadOnly || OUTLET_NAME_SHAPE.test(bare)) {
      return outletMatch({ masthead: key.slice(key.lastIndexOf(' ') + 1), mastheadOnly });
    }
    return null;
  }
  if (withArticle && GENERIC_OUTLET_NOUNS.has(key)) {
    return outletMatch({ genericTypes: GENERIC_OUTLET_NOUNS.get(key) ?? null, generic: true });
  }
  return null;
}

/** Outlets whose short form is this word, in gazetteer order (the primary one first among equals). */
export function outletsWithShortAlias(shortAlias: string): readonly OutletEntry[] {
  return BY_SHORT_ALIAS.get(shortAlias.toLowerCase()) ?? [];
}

/** The outlet a short form means when the article names none: "the Times" is The New York Times. */
export function primaryOutletFor(shortAlias: string): OutletEntry | null {
  const list = outletsWithShortAlias(shortAlias);
  return list.find((entry) => entry.primary) ?? list[0] ?? null;
}

/** The gazetteer entry for an outlet named in a credit or dateline ("CNN", "AP", "Reuters"). */
export function outletByName(name: string): OutletEntry | null {
  return BY_ALIAS.get(normalize(name)) ?? null;
}

/**
 * A regular expression finding gazetteer outlets and definite short forms in
 * running text, longest names first so "The New York Times" wins over "Times".
 */
export function outletPattern(): RegExp {
  const { names, shorts, generic } = outletAlternatives();
  return new RegExp(
    String.raw`(?<![\p{L}\p{N}])(?:(?:[Tt]he\s+)?(?:${names.join('|')})|[Tt]he\s+(?:${shorts.join('|')})|the\s+(?:${generic.join('|')}))(?![\p{L}\p{N}])`,
    'gu',
  );
}

/**
 * Finds the matches of `outletPattern`, trying it only at an outlet's name or
 * the "the" before it. Capitalised and lower-case names are scanned for
 * apart, and without the `u` flag (they are plain words): each scan is then
 * several times faster. Generic nouns count only after "the", and "the
 * newspaper" is scanned for whole: lower-case words are everywhere, "the"
 * followed by one of them is rare.
 */
export function outletFinder(): AnchoredPattern {
  const { names, shorts, generic } = outletAlternatives();
  const words = [...names, ...shorts];
  const startsLowerCase = (word: string) => /^[a-z]/.test(word);
  const keywords = [words.filter((w) => !startsLowerCase(w)), words.filter(startsLowerCase)]
    .filter((list) => list.length > 0)
    .map((list) => new RegExp(list.join('|')));
  keywords.push(new RegExp(String.raw`the\s+(?:${generic.join('|')})`));
  return new AnchoredPattern(outletPattern(), keywords, 1, /^[Tt]he$/);
}

/** The pattern sources of outlet names, definite short forms and generic outlet nouns. */
function outletAlternatives(): { names: string[]; shorts: string[]; generic: string[] } {
  const names = new Set<string>();
  for (const entry of OUTLETS)
    for (const alias of [entry.name, ...entry.aliases]) names.add(alias.replace(/^the\s+/i, ''));
  const escaped = [...names].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const shorts = [...BY_SHORT_ALIAS.keys()].map((s) => escapeRegExp(s[0].toUpperCase() + s.slice(1)));
  const generic = [...GENERIC_OUTLET_NOUNS.keys()].map((noun) =>
    ADJECTIVE_OUTLET_NOUNS.has(noun) ? `${escapeRegExp(noun)}${AS_NOUN}` : escapeRegExp(noun),
  );
  return { names: escaped, shorts, generic };
}

/** Outlet nouns that are more often adjectives: "the daily briefing", "the weekly meeting". */
const ADJECTIVE_OUTLET_NOUNS: ReadonlySet<string> = new Set(['daily', 'weekly']);
/** What may follow such a word when it is the noun: a mark, or a verb of the paper ("the daily reported"). */
const AS_NOUN = String.raw`(?=\s*[,.;:)]|\s+(?:said|says|reported|reports|wrote|writes|added|quoted|cited|published|revealed|claimed|noted|first|also|previously|has|had|is|was|which)\b)`;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
