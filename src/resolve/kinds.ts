import type { EntityKind } from '../core/index.js';
import type { Mention, PhraseAnalysis } from './mention.js';
import { isFirstName, TITLE_WORDS } from './names.js';
import { GROUP_PRONOUNS } from './noun-phrase.js';
import {
  DOCUMENT_HEADS,
  GOVERNMENT_HEADS,
  KIN_HEADS,
  MEDIA_HEADS,
  ORGANIZATION_HEADS,
  PERSON_HEADS,
  QUANTITY_HEADS,
  UNIQUE_ROLE_HEADS,
} from './nouns.js';

/** Plural nouns that end record labels' and studios' names: "Halcyon Records", "Nightjar Films". */
export const MEDIA_COMPANY_ENDINGS: ReadonlySet<string> = new Set([
  'Records',
  'Films',
  'Pictures',
  'Studios',
  'Productions',
]);

/** Words that end a company's name, and so an organization's: "Brennan Motors", "Wells Fargo & Co.". */
const CORPORATE_ENDINGS =
  'Inc|Corp|Corporation|Co|LLC|Ltd|Forensics|Analytics|Robotics|Dynamics|Networks|Ventures|Stores|Markets|Brewing|Semiconductors?|Silicon|Devices|Instruments|Materials|Automotive|Steel|Biotech|Games|Gaming|Wireless|Company|Companies|Holdings|Motors|Airlines|Industries|Technologies|Systems|Energy|Partners|Enterprises|Labs|Products|Electric|Utilities|Pharma|Brands|Petroleum|Mining|Logistics|Shipping|Telecom|Communications|Solutions|Software|Insurance|Financial|Securities|Chemicals|Therapeutics|Biosciences|Electronics|Aerospace|Manufacturing|Freight|Lines|Airways|Pharmaceuticals|Foods|Group|Bancorp|Bancshares|Music|Properties|Realty|Construction|Investments|' +
  [...MEDIA_COMPANY_ENDINGS].join('|');

/**
 * Words that end an organization's name: "Tax Policy Center", "Wells Fargo &
 * Co.", "Trump Foundation". A name without one is taken for a person's, the
 * commonest named source in news.
 */
const ORGANIZATION_ENDINGS = `${CORPORATE_ENDINGS}|Consortium|Foundation|Institute|Center|Centre|University|College|School|Association|Union|Party|Campaign|PAC|Fund|Bank|Coalition|Alliance|League|Society|Club|Trust|Caucus|Federation|Organization|Organisation|Project|Health|Healthcare|Steelworks|Network|Council|Movement|Forum|Initiative|Institution|Lab|Laboratory|Conference|Chamber of Commerce|Watch|International|Services|Associates|Research|Strategies|Consulting|Board|Committee|Church|Hospital|Clinic|Academy|Museum|Agency|Brookings|Heritage|Airport|Palace|Homes|AFL-CIO|Teamsters`;
const ORGANIZATION_NAME_END = new RegExp(String.raw`\b(?:${ORGANIZATION_ENDINGS})\.?\b`);
const ORGANIZATION_LAST_WORD = new RegExp(String.raw`\b(?:${ORGANIZATION_ENDINGS})\.?$`);

/** Words that open sports clubs' names: "Atlético Serrano", "Real Corvera". */
const CLUB_PREFIX =
  /^(?:Atl[eé]tico|Real|Sporting|Olympique|Dynamo|Dinamo|Deportivo|Racing|Borussia|FC|AC|AS|SSC)\s(?=\p{Lu})/u;

/**
 * Sports clubs and other bodies "united": "Atlético Serrano", "Dunmore
 * United", "Kelso Rovers", "Citizens United for Reform" (not "the United
 * States" or "the United Nations").
 */
const SPORTS_CLUB_NAME = new RegExp(
  String.raw`${CLUB_PREFIX.source}|\s(?:FC|AFC|CF|Rovers|Wanderers|Athletic|Hotspur)$|\sUnited\b(?!\s+(?:States|Nations|Kingdom|Arab))`,
  'u',
);

export function isSportsClubName(text: string): boolean {
  return SPORTS_CLUB_NAME.test(text);
}

/** A club's name without the word that opens it ("Serrano" of "Atlético Serrano"), or null. */
export function clubNameWithoutPrefix(text: string): string | null {
  const rest = text.replace(CLUB_PREFIX, '');
  return rest !== text ? rest : null;
}

/** Last words of companies' names that are also surnames: "Sierra Coastal Power", "Harbor Gas". */
const UTILITY_LAST_WORD = /\s(?:Power|Gas|Water|Oil|Media|Resources|Marine|Capital|Entertainment)$/;

/** Whether a name's last word is one that ends organizations' names: "Casco General Hospital". */
export function endsAsOrganizationName(text: string): boolean {
  return ORGANIZATION_LAST_WORD.test(text);
}

/** Social platforms, where people post: named as the place of a post more often than as a company that speaks. */
const PLATFORM_NAMES = [
  'x',
  'truth social',
  'instagram',
  'tiktok',
  'threads',
  'bluesky',
  'youtube',
  'linkedin',
  'reddit',
  'telegram',
  'whatsapp',
  'snapchat',
  'substack',
  'rumble',
];
const PLATFORMS: ReadonlySet<string> = new Set(PLATFORM_NAMES);

/** Whether a name key is a social platform's ("truth social"). */
export function isPlatformName(nameKey: string): boolean {
  return PLATFORMS.has(nameKey);
}

/** Companies articles name bare. */
const KNOWN_COMPANY_NAMES: ReadonlySet<string> = new Set([
  'google',
  'facebook',
  'meta',
  'twitter',
  // The platforms: "in a post on X" (a bare letter would otherwise be a person's name),
  // "in a post on Truth Social" (two capitalised words, a person's name by their shape).
  ...PLATFORM_NAMES,
  'apple',
  'microsoft',
  'amazon',
  'exxon',
  'exxonmobil',
  'chevron',
  'walmart',
  'boeing',
  'goldman sachs',
  'jpmorgan',
  'wells fargo',
  'citigroup',
  'peabody',
]);

/** Words that end a company's name: "Brennan Motors", "Halvorsen Lines", "Pfizer Inc.". */
const COMPANY_NAME_END = new RegExp(String.raw`\b(?:${CORPORATE_ENDINGS}|Marine|Capital|Entertainment)\.?$`);

/** Whether a name is a company's, by a known name or the word it ends in (`nameKey` as for `nameKind`). */
export function isCompanyName(text: string, nameKey: string): boolean {
  return KNOWN_COMPANY_NAMES.has(nameKey) || COMPANY_NAME_END.test(text);
}

/** Organizations articles name bare, which the name-shape rule would take for people. */
const KNOWN_ORGANIZATION_NAMES = new Set([
  ...KNOWN_COMPANY_NAMES,
  'imf',
  'world bank',
  'nato',
  'un',
  'u.n.',
  'united nations',
  'eu',
  'e.u.',
  'european union',
  'wto',
  'opec',
  'naacp',
  'aclu',
  'nra',
  'dnc',
  'rnc',
  'gallup',
  'pew',
  'quinnipiac',
  'amnesty international',
  'human rights watch',
  'red cross',
  'greenpeace',
  'sierra club',
  'hamas',
  'hezbollah',
  'taliban',
  'isis',
  'isil',
  'islamic state',
  'al-qaeda',
  'al qaeda',
  'wikileaks',
  "moody's",
  'fitch',
  'nielsen',
  'ipsos',
  'yougov',
  'rasmussen',
  'monmouth',
  'marist',
  'planned parenthood',
  'black lives matter',
  'tea party',
  'fifa',
  'ioc',
  'wall street',
  'opec',
]);

/** Unnamed people: "a senior official", "two sources", "officials", "Obama's aides". */
const ANONYMOUS_DETERMINERS = new Set(['indefinite', 'quantified', 'bare', 'possessive']);

/** The kind one mention suggests on its own, before it is grouped with others. */
export function mentionKind(mention: PhraseAnalysis): EntityKind {
  if (mention.form === 'pronoun') return 'unknown';
  if (mention.form === 'group') return mention.kind;
  if (mention.outlet) return 'media';
  // "The Crop Protection Council, an industry group": a description of a private body outranks the name's look.
  if (mention.government) return describesPrivateBody(mention) ? 'organization' : 'government';
  // "the shipping firm Halvorsen Lines": the description says what a name alone cannot,
  // unless the name is plainly a person's (a first name that tells a gender).
  if (mention.form === 'name') return describedKind(mention) ?? nameKind(mention.text, mention.nameKey);
  return descriptionKind(mention);
}

/**
 * Heads that describe a body as private, whatever its name looks like (not
 * "bank" or "board": "the Federal Reserve, the central bank").
 */
const PRIVATE_BODY_HEADS = new Set(
  `group company firm organization organisation nonprofit charity lobby association coalition alliance foundation
  institute corporation think-tank tank union manufacturer maker developer retailer insurer airline automaker carmaker
  startup conglomerate consortium cooperative exporter importer supplier distributor lender refiner producer`.split(
    /\s+/,
  ),
);

function describesPrivateBody(mention: PhraseAnalysis): boolean {
  return PRIVATE_BODY_HEADS.has(mention.describedAs) || PRIVATE_MEMBERS.test(mention.government?.key ?? '');
}

/**
 * A council or committee of private bodies or professions is private: "the
 * International Council of Chemical Associations", "the National Council of
 * Churches" (not "the Council of Economic Advisers").
 */
const PRIVATE_MEMBERS =
  /\b(?:council|committee|federation|conference) (?:of|for) (?:\w+ )*(?:associations|churches|nurses|manufacturers|unions|employers|industries|businesses|companies|producers|retailers|physicians|doctors|teachers|lawyers|engineers|builders|farmers|growers)$/;

/** Heads of public bodies and of private ones alike: "a political action committee", "a law office". */
const PUBLIC_OR_PRIVATE_HEADS = new Set(['committee', 'panel', 'office', 'service', 'assembly', 'council', 'board']);

/** Possessors whose offices, boards and services are private ones: "the university's press office". */
const PRIVATE_POSSESSORS: ReadonlySet<string> = new Set([
  ...PRIVATE_BODY_HEADS,
  ...'university college school hospital club team church museum league federation party campaign bank'.split(' '),
]);

/** The kind a body's description beside a name gives it, or null. */
function describedKind(mention: PhraseAnalysis): EntityKind | null {
  const head = mention.describedAs;
  if (!head || mention.gender !== null) return null;
  if (GOVERNMENT_HEADS.has(head) && !PUBLIC_OR_PRIVATE_HEADS.has(head)) return 'government';
  if (MEDIA_HEADS.has(head)) return 'media';
  return 'organization';
}

/** Names of texts: "the U.N. Charter", "Article 21", "the American Community Survey", "the Affordable Care Act". */
const DOCUMENT_NAME =
  /^(?:the\s+)?(?:Article|Section|Title|Chapter|Amendment)\s|\b(?:Charter|Act|Report|Survey|Poll|Study|Memo|Census|Index|Accord|Treaty|Constitution|Amendment|Agreement|Plan|Deal|Pact|Program|Bill|Law|Rule|Rules)$/;

/** One word with a capital after a lower-case letter, where surnames' prefixes (Mc, Mac, De, La ...) do not explain it. */
const INNER_CAPITAL_BRAND =
  /^(?!(?:Mc|Mac|De|Del|Della|Di|Da|Dal|Du|La|Le|Lo|Van|Vander|Vanden|Von|Ver|Ter|Ten|St|Fitz|Ja)\p{Lu})\p{Lu}\p{Ll}+\p{Lu}\p{L}*$/u;

function withoutTitles(words: string[]): string[] {
  let first = 0;
  while (first < words.length - 1 && TITLE_WORDS.has(words[first].replace(/\.$/, ''))) first++;
  return words.slice(first);
}

/** `lower` is the name's `nameKey`. */
function nameKind(text: string, lower: string): EntityKind {
  // "the Paris Deal" is a text, "Nathan Deal" a governor.
  if (DOCUMENT_NAME.test(text) && !isFirstName(withoutTitles(lower.split(' '))[0] ?? '')) return 'document';
  // "EB-5", "G-7", "Article 21": people's names have no digits.
  if (/\d/.test(text)) return 'unknown';
  if (KNOWN_ORGANIZATION_NAMES.has(lower)) return 'organization';
  if (ORGANIZATION_NAME_END.test(text) || isSportsClubName(text)) return 'organization';
  // "Sierra Coastal Power": three words or more before such a word are no person's name (Samantha Power is).
  if (UTILITY_LAST_WORD.test(text) && text.split(/\s+/).length >= 3) return 'organization';
  // "TechCurrent", "VerifyDesk": a one-word name with a capital inside is a brand's (not "McAdams", "DeSantis").
  if (INNER_CAPITAL_BRAND.test(text)) return 'organization';
  // "Hollis & Crane", "AT&T": an ampersand joins a firm's names, never a person's.
  if (text.includes('&')) return 'organization';
  // A bare acronym that is no outlet or agency is most often an organization ("the NAACP", "ACLU").
  if (/^(?:[Tt]he\s+)?(?:[A-Z]{2,6}|(?:[A-Z]\.){2,6})$/.test(text)) return 'organization';
  // "the Eurosceptic SVP": a name in mixed case ending in an acronym is a body's (not "Smith III",
  // "the Acme CEO", or a heading in capitals).
  if (/\p{Ll}/u.test(text) && /\s(?!(?:II|III|IV|VI|CEO|CFO|COO|CTO|CIO|MP|MEP|MD)$)[A-Z]{2,6}$/.test(text)) {
    return 'organization';
  }
  return 'person';
}

const BROADCAST_HEADS = new Set(['television', 'radio', 'tv']);

/** What networks other than broadcasters connect: "the hospital network", "a donor network". */
const OTHER_NETWORKS = new Set(
  `hospital health clinic care retail store power electric electricity rail train transit bus phone cell cellular
  mobile computer social support supply energy grid sensor school university charity donor money activist terror
  terrorist criminal smuggling trafficking spy intelligence fundraising banking payment`.split(/\s+/),
);

/** Media heads that are as often places: a `station`, a `site`. */
const PLACE_HEADS = new Set(['station', 'site']);
/** What a station or site that is an outlet is called: "a local TV station", "the news site". */
const OUTLET_MODIFIERS = new Set([
  'tv',
  'television',
  'radio',
  'news',
  'broadcast',
  'local',
  'public',
  'cable',
  'affiliate',
  'web',
  'online',
  'internet',
]);

/** What makes an agency a private one: aid, ratings, advertising ... */
const PRIVATE_AGENCY_MODIFIERS = new Set([
  'aid',
  'relief',
  'humanitarian',
  'ratings',
  'rating',
  'credit',
  'advertising',
  'ad',
  'talent',
  'travel',
  'modeling',
  'employment',
  'staffing',
  'marketing',
]);

/** A private body described, not named: "the firm"; unnamed ones in the plural are an unnamed group ("some environmental groups"). */
function unnamedBodyKind(mention: PhraseAnalysis): EntityKind {
  return mention.plural && mention.determiner !== 'definite' ? 'anonymous' : 'organization';
}

/** Modifiers that make a `figure` a person: "senior party figures", "a prominent public figure". */
const PEOPLE_FIGURE_MODIFIERS = new Set(
  'senior party political public leading key prominent opposition establishment top sports religious community business government'.split(
    ' ',
  ),
);

/** What a description's head noun and determiner say: "a senior official" is anonymous, "the report" a document. */
function descriptionKind(mention: PhraseAnalysis): EntityKind {
  const head = mention.head;
  // "the hospital network", "the station's owner" is no outlet: a modifier tells a network of another kind.
  if (head === 'network' && mention.modifiers.some((m) => OTHER_NETWORKS.has(m))) return unnamedBodyKind(mention);
  // "two monitoring stations", "a train station", "the attack site": places, not broadcasters or news sites.
  if (
    PLACE_HEADS.has(head) &&
    !mention.modifiers.some((m) => OUTLET_MODIFIERS.has(m)) &&
    (mention.plural || mention.modifiers.length > 0)
  ) {
    return 'unknown';
  }
  if (MEDIA_HEADS.has(head) && mention.determiner === 'definite') return 'media';
  // "senior party figures", "a leading opposition figure": people, not numbers.
  if (head === 'figure' && mention.modifiers.some((m) => PEOPLE_FIGURE_MODIFIERS.has(m))) return 'anonymous';
  if (DOCUMENT_HEADS.has(head)) return 'document';
  // "aid agencies", "a ratings agency" are no public bodies; "a news agency" is an outlet.
  if (head === 'agency' && mention.modifiers.includes('news')) return 'media';
  if (head === 'agency' && mention.modifiers.some((m) => PRIVATE_AGENCY_MODIFIERS.has(m)))
    return unnamedBodyKind(mention);
  // "The university's press office", "the club's board": an office of a private body is private.
  if (PUBLIC_OR_PRIVATE_HEADS.has(head) && PRIVATE_POSSESSORS.has(mention.possessorHead)) return 'organization';
  if (GOVERNMENT_HEADS.has(head)) return 'government';
  if (ORGANIZATION_HEADS.has(head)) return unnamedBodyKind(mention);
  if (KIN_HEADS.has(head) && !mention.plural && mention.determiner === 'possessive') return 'person';
  // "52 percent", "a majority": shares of respondents; "one of them", "some of those" unnamed too.
  if (QUANTITY_HEADS.has(head) || (mention.determiner === 'quantified' && GROUP_PRONOUNS.has(head))) return 'anonymous';
  if (PERSON_HEADS.has(head) || /(?:man|woman|ist|ian)$/.test(head) || (mention.plural && /(?:er|or)$/.test(head))) {
    if (mention.plural) return 'anonymous';
    // "Secretary of Defense", "the Chief of Naval Operations": an office held by one person.
    if (mention.ofBody.length > 0 && UNIQUE_ROLE_HEADS.has(head)) return 'person';
    if (ANONYMOUS_DETERMINERS.has(mention.determiner)) return 'anonymous';
    return UNIQUE_ROLE_HEADS.has(head) ? 'person' : 'anonymous';
  }
  if (MEDIA_HEADS.has(head)) return 'media';
  // "state media reported", "Turkish media said" (not `social media`, a place where anyone posts).
  if (head === 'media' && !mention.modifiers.includes('social')) return 'media';
  // "State television reported", "public radio said".
  if (BROADCAST_HEADS.has(head) && mention.determiner === 'bare') return 'media';
  return 'unknown';
}

/**
 * The kind of a group of mentions: a name's kind outranks a description's, and
 * a definite description's outranks an unnamed one; pronouns say nothing.
 */
export function clusterKind(mentions: readonly Mention[]): EntityKind {
  const named = mentions.find((m) => m.form === 'name' && m.kind !== 'unknown');
  if (named) return named.kind;
  const group = mentions.find((m) => m.form === 'group' && m.kind !== 'unknown');
  if (group) return group.kind === 'person' ? 'person' : group.kind;
  const described = mentions.find((m) => m.form === 'description' && m.kind !== 'unknown');
  if (described) return described.kind;
  return pronounOnlyKind(mentions);
}

/** Unresolved pronouns: `he`, `she`, `I` are people; `they` an unnamed group; `it`, `which` unknown. */
function pronounOnlyKind(mentions: readonly Mention[]): EntityKind {
  const pronoun = mentions.find((m) => m.form === 'pronoun');
  if (!pronoun?.pronoun) return 'unknown';
  if (pronoun.pronoun.gender || pronoun.pronoun.person === 1 || pronoun.pronounWord === 'who') {
    return pronoun.pronoun.number === 'plural' ? 'anonymous' : 'person';
  }
  if (pronoun.pronoun.number === 'plural') return 'anonymous';
  return 'unknown';
}

/** Whether a cluster's mentions name it: a proper name of the person, outlet or body. */
export function isNamed(mentions: readonly Mention[]): boolean {
  return mentions.some((m) => m.form === 'name' || (m.form === 'group' && m.kind === 'person'));
}
