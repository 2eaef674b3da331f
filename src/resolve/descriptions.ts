import type { Cluster } from './cluster.js';
import type { Mention } from './mention.js';
import { gendersClash } from './names.js';
import { UNIQUE_ROLE_HEADS } from './nouns.js';

/**
 * Modifiers a later description may add without contradicting an earlier one:
 * "the same official", "the latest report".
 */
export const FREE_MODIFIERS: ReadonlySet<string> = new Set([
  'same',
  'latest',
  'new',
  'other',
  'senior',
  'top',
  'said',
  'aforementioned',
  'anonymous',
  'unnamed',
]);

/** Definite and demonstrative descriptions refer back; "a commander", "two sources", "officials" introduce someone new. */
export function refersBack(mention: Mention): boolean {
  if (mention.determiner === 'definite' || mention.determiner === 'demonstrative') return true;
  // A bare singular title ("Democratic presidential candidate") is a title cut from its name: it refers like a definite.
  return mention.determiner === 'bare' && !mention.plural && UNIQUE_ROLE_HEADS.has(mention.head);
}

/**
 * Whether a definite description can refer to an earlier description's
 * cluster: the same head noun and number, and no modifier the earlier ones
 * lack ("the former commander", "the Ruritanian commander" → "a former
 * Ruritanian naval commander"; "the sources" → "two sources").
 */
export function matchesDescription(mention: Mention, cluster: Cluster): boolean {
  if (!cluster.heads.has(mention.head)) return false;
  if (mention.plural !== cluster.plural) return false;
  if (mention.ofBody.some((w) => !cluster.roles.has(w) && !cluster.modifiers.has(w))) return false;
  for (const m of mention.modifiers) {
    if (!FREE_MODIFIERS.has(m) && !cluster.modifiers.has(m) && !cluster.roles.has(m)) return false;
  }
  return true;
}

/**
 * Whether a definite description names a role of a named cluster: "the
 * president" for a cluster titled President, "the Vermont senator" for one
 * with the role senator. `known` adds roles the gazetteer gives the person.
 */
export function matchesRole(mention: Mention, cluster: Cluster, known: boolean): boolean {
  if (cluster.names.length === 0 || mention.plural) return false;
  const roles = known ? cluster.knownRoles : cluster.roles;
  if (!roles.has(mention.head)) return false;
  // "Secretary of Defense" is not the one titled Secretary of State.
  if (mention.ofBody.some((w) => !roles.has(w) && !cluster.modifiers.has(w))) return false;
  // Someone the text calls a nominee or candidate is not (yet) "the president" there.
  if (known && someIn(ROLES_RULED_OUT_BY_TEXT.get(mention.head), cluster.roles)) return false;
  if (gendersClash(mention.gender, cluster.gender)) return false;
  // A former or vice president is not the president: these modifiers change the role.
  for (const m of mention.modifiers) {
    if (ROLE_CHANGING_MODIFIERS.has(m) && !roles.has(m) && !cluster.modifiers.has(m)) return false;
    // "the prime minister" is not Finance Minister Oriel Danvers.
    if (PORTFOLIO_MODIFIERS.has(m) && !roles.has(m) && !cluster.modifiers.has(m) && !describedWith(cluster, m))
      return false;
  }
  // "the Republican nominee" is not the Democratic one.
  const party = partyOf(mention.modifiers);
  if (!party) return true;
  const clusterParty = partyOf(cluster.roles) ?? partyOf(cluster.modifiers) ?? partyOf(cluster.knownRoles);
  return clusterParty === null || clusterParty === party;
}

const ROLE_CHANGING_MODIFIERS = new Set(['former', 'vice', 'ex']);

/** Words that tell one minister or secretary from another: "the prime minister", "the health secretary". */
const PORTFOLIO_MODIFIERS = new Set(
  `prime finance foreign defense defence interior home health justice education trade economy economic energy
  transport transportation labor labour agriculture environment treasury culture housing`.split(/\s+/),
);

/** Whether a mention of the cluster has the word in its own words or its description ("Finance Minister Oriel Danvers"). */
function describedWith(cluster: Cluster, word: string): boolean {
  return cluster.mentions.some(
    (m) => m.modifiers.includes(word) || wordsOf(m.descriptor).includes(word) || wordsOf(m.text).includes(word),
  );
}

const wordsOf = (text: string | null) => (text ? text.toLowerCase().split(/[^\p{L}]+/u) : []);

/** Gazetteer roles the text's own titles rule out: a "nominee" in 2016 copy is not "the president". */
const ROLES_RULED_OUT_BY_TEXT: ReadonlyMap<string, readonly string[]> = new Map([
  ['president', ['nominee', 'candidate', 'hopeful', 'challenger', 'businessman']],
]);

/** Party words, normalised: "GOP" is Republican. */
const PARTIES: ReadonlyMap<string, string> = new Map([
  ['republican', 'republican'],
  ['gop', 'republican'],
  ['democratic', 'democrat'],
  ['democrat', 'democrat'],
  ['libertarian', 'libertarian'],
  ['green', 'green'],
]);

function someIn(words: readonly string[] | undefined, set: ReadonlySet<string>): boolean {
  for (const word of words ?? []) if (set.has(word)) return true;
  return false;
}

function partyOf(words: Iterable<string>): string | null {
  for (const word of words) {
    const party = PARTIES.get(word);
    if (party) return party;
  }
  return null;
}
