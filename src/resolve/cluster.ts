import type { EntityKind } from '../core/index.js';
import type { Gender, Mention } from './mention.js';
import type { PersonName } from './names.js';
import type { OutletEntry } from './outlets.js';

/** A group of mentions taken to refer to one entity, with what they say about it together. */
export interface Cluster {
  index: number;
  mentions: Mention[];
  kind: EntityKind;
  gender: Gender;
  plural: boolean;
  names: PersonName[];
  /** Role and title words given anywhere ("president", "nominee", "commander"). */
  roles: ReadonlySet<string>;
  /** Roles a gazetteer gives its named person ("the president" for a known office-holder): weaker than the text's. */
  knownRoles: ReadonlySet<string>;
  /** Modifiers of its descriptions ("former", "ruritanian", "naval"). */
  modifiers: ReadonlySet<string>;
  /** Head nouns of its descriptions. */
  heads: ReadonlySet<string>;
  outlet: OutletEntry | null;
  /** Short form it was called by ("times"). */
  outletShortAlias: string | null;
  /** Masthead word of an outlet the gazetteer lacks ("ledger"), and whether it was named in full ("the Grantham Ledger"). */
  masthead: string | null;
  mastheadNamed: boolean;
  governmentKey: string | null;
  /** Index of its latest mention in the document's mention list: recency for back-references. */
  lastMention: number;
  /** An attribution source, cited party or refusal subject is among its mentions: it becomes an entity. */
  referenced: boolean;
}

/** The word sets a cluster starts with: one shared empty set, replaced on the first `addWord` (most clusters never get some). */
const NO_WORDS: ReadonlySet<string> = new Set();

export type ClusterWords = 'roles' | 'knownRoles' | 'modifiers' | 'heads';

/** Adds a word to one of a cluster's word sets. */
export function addWord(cluster: Cluster, set: ClusterWords, word: string): void {
  if (cluster[set] === NO_WORDS) cluster[set] = new Set<string>();
  // Every set but the shared empty one is the cluster's own.
  (cluster[set] as Set<string>).add(word);
}

export function newCluster(index: number): Cluster {
  return {
    index,
    mentions: [],
    kind: 'unknown',
    gender: null,
    plural: false,
    names: [],
    roles: NO_WORDS,
    knownRoles: NO_WORDS,
    modifiers: NO_WORDS,
    heads: NO_WORDS,
    outlet: null,
    outletShortAlias: null,
    masthead: null,
    mastheadNamed: false,
    governmentKey: null,
    lastMention: -1,
    referenced: false,
  };
}

/** Whether a cluster stands for people (named or not) rather than a body, outlet or text. */
export function isPersonLike(cluster: Cluster): boolean {
  return cluster.kind === 'person' || cluster.kind === 'anonymous' || cluster.kind === 'unknown';
}

/** Whether a cluster can be spoken of as `they`: a group of people, or a body (the ministry, the campaign). */
export function isCollective(cluster: Cluster): boolean {
  return cluster.plural || cluster.kind === 'organization' || cluster.kind === 'government' || cluster.kind === 'media';
}
