import {
  type AttributionLayerItem,
  type Doc,
  type EntityKind,
  type EntityLayerItem,
  isInitialsOf,
  type NoCommentKind,
  type Span,
} from '../core/index.js';
import { sourceKey, sourceText } from './metrics.js';

/** Entity kinds in the order a reader scans them: people first, then bodies, then what is unclear. */
export const KIND_ORDER: readonly EntityKind[] = [
  'person',
  'organization',
  'government',
  'media',
  'anonymous',
  'document',
  'unknown',
];

/** One link of a provenance chain: the article's publisher, an intermediary outlet, or the original source. */
export interface ChainLink {
  name: string;
  role: 'publisher' | 'via' | 'source';
  /** The entity's kind; null for the publisher named only in metadata. */
  kind: EntityKind | null;
}

/** A path by which claims reached the page, and how many attributions took it. */
export interface Chain {
  links: ChainLink[];
  claims: number;
}

export interface Refusal {
  /** Who declined, or null when the text does not say. */
  name: string | null;
  kind: NoCommentKind;
  text: string;
}

/** What the terminal and HTML summaries show beyond the contract's `report` numbers. */
export interface SourcingSummary {
  /** Distinct cited sources per kind (unresolved sources count as `unknown`), in KIND_ORDER, zeros left out. */
  byKind: { kind: EntityKind; count: number }[];
  chains: Chain[];
  refusals: Refusal[];
  /** The attributions the summaries count as claims: all but a citation whose party has the claim (`citationsRelayed`). */
  claims: AttributionLayerItem[];
}

/**
 * The attributions that say whom a source cited (`the Ledger` → `citing` →
 * `two people familiar with the matter`, as PolNeAR annotates them) where
 * another attribution gives the cited party the claim (same cue, its
 * source that content: `relayCitedParties`). They stay in the list; the
 * summaries do not count them as claims of the citer, which made one.
 */
function citationsRelayed(attributions: readonly AttributionLayerItem[]): Set<AttributionLayerItem> {
  const key = (spans: readonly Span[]) => spans.map((span) => `${span.start}:${span.end}`).join(' ');
  const relayedBy = new Set(attributions.map((a) => `${key(a.cue)}|${key(a.source)}`));
  return new Set(attributions.filter((a) => a.content.length > 0 && relayedBy.has(`${key(a.cue)}|${key(a.content)}`)));
}

/**
 * Sources by kind, the provenance chains and the refusals of an analyzed
 * document. A chain is drawn for every attribution that reached the page
 * through someone else: one with `via` (publisher → via → source), and one
 * whose source is itself an outlet other than the publisher (publisher →
 * outlet). Identical chains are counted together, most claims first.
 */
export function summarizeSourcing(doc: Doc): SourcingSummary {
  const attributions = doc.attributions ?? [];
  const entities = new Map((doc.entities ?? []).map((entity) => [entity.id, entity]));
  const kindOfSource = new Map<string, EntityKind>();
  for (const attribution of attributions) {
    const key = sourceKey(doc, attribution);
    if (key === null || kindOfSource.has(key)) continue;
    kindOfSource.set(key, (attribution.entity && entities.get(attribution.entity)?.kind) || 'unknown');
  }
  const byKind = KIND_ORDER.map((kind) => ({
    kind,
    count: [...kindOfSource.values()].filter((k) => k === kind).length,
  })).filter((entry) => entry.count > 0);

  const publisher = doc.meta.publisher;
  const chains = new Map<string, Chain>();
  const citations = citationsRelayed(attributions);
  const claims = attributions.filter((attribution) => !citations.has(attribution));
  for (const attribution of claims) {
    const source = attribution.entity ? entities.get(attribution.entity) : undefined;
    const via = attribution.via ? entities.get(attribution.via) : undefined;
    const links: ChainLink[] = [];
    if (via) {
      links.push(entityLink(via, 'via'));
      links.push(source ? entityLink(source, 'source') : unresolvedLink(sourceText(doc, attribution)));
    } else if (source?.kind === 'media' && !isPublisher(source, publisher)) {
      links.push(entityLink(source, 'source'));
    } else {
      continue;
    }
    if (publisher && !isPublisher(via ?? source, publisher)) {
      links.unshift({ name: publisher, role: 'publisher', kind: 'media' });
    }
    const key = links.map((link) => `${link.role}:${link.name}`).join('\u0000');
    const chain = chains.get(key);
    if (chain) chain.claims++;
    else chains.set(key, { links, claims: 1 });
  }
  const refusals = (doc.noComment ?? []).map(
    (item): Refusal => ({
      name: (item.entity && entities.get(item.entity)?.name) || null,
      kind: item.kind,
      text: doc.slice(item),
    }),
  );
  // A stable sort keeps chains with equal counts in order of first appearance.
  return { byKind, chains: [...chains.values()].sort((a, b) => b.claims - a.claims), refusals, claims };
}

function entityLink(entity: EntityLayerItem, role: ChainLink['role']): ChainLink {
  return { name: entity.name, role, kind: entity.kind };
}

function unresolvedLink(words: string): ChainLink {
  return { name: words || '(unnamed source)', role: 'source', kind: null };
}

function isPublisher(entity: EntityLayerItem | undefined, publisher: string | null): boolean {
  if (!entity || !publisher) return false;
  const bare = (name: string) => name.toLowerCase().replace(/^the\s+/, '');
  return bare(entity.name) === bare(publisher) || isInitialsOf(publisher, entity.name);
}

/** "did not respond", "declined", "could not be reached": how a refusal reads in a summary. */
export const REFUSAL_LABEL: Record<NoCommentKind, string> = {
  declined: 'declined to comment',
  'no-response': 'did not respond',
  unreachable: 'could not be reached',
};
