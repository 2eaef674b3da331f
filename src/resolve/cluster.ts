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
  roles: Set<string>;
  /** Roles a gazetteer gives its named person ("the president" for a known office-holder): weaker than the text's. */
  knownRoles: Set<string>;
  /** Modifiers of its descriptions ("former", "venezuelan", "military"). */
  modifiers: Set<string>;
  /** Head nouns of its descriptions. */
  heads: Set<string>;
  outlet: OutletEntry | null;
  /** Short form it was called by ("times"). */
  outletShortAlias: string | null;
  governmentKey: string | null;
  /** Index of its latest mention in the document's mention list: recency for back-references. */
  lastMention: number;
  /** An attribution source, cited party or refusal subject is among its mentions: it becomes an entity. */
  referenced: boolean;
}

export function newCluster(index: number): Cluster {
  return {
    index,
    mentions: [],
    kind: 'unknown',
    gender: null,
    plural: false,
    names: [],
    roles: new Set(),
    knownRoles: new Set(),
    modifiers: new Set(),
    heads: new Set(),
    outlet: null,
    outletShortAlias: null,
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
