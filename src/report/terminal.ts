import type { AttributionLayerItem, ContractReport, Doc, Span } from '../core/index.js';
import { computeReport, sourceKey, sourceText } from './metrics.js';
import { type Chain, REFUSAL_LABEL, type SourcingSummary, summarizeSourcing } from './sourcing.js';

/** Content is cut to about this many characters: one attribution per line on a wide terminal. */
const CONTENT_WIDTH = 80;
/** Chains beyond this many are summed up in one line: the first few carry most claims. */
const MAX_CHAINS = 6;
/** Sources can carry long appositives ("X, president of ..."); the name comes first, so cut sooner. */
const SOURCE_WIDTH = 48;

export interface TerminalOptions {
  color: boolean;
}

interface Palette {
  title: (s: string) => string;
  source: (s: string) => string;
  cue: (s: string) => string;
  dim: (s: string) => string;
}

const ansi = (open: number, close: number) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`;
const COLORS: Palette = { title: ansi(1, 22), source: ansi(36, 39), cue: ansi(33, 39), dim: ansi(2, 22) };
const PLAIN: Palette = { title: (s) => s, source: (s) => s, cue: (s) => s, dim: (s) => s };

/**
 * A human-readable report of one article: a summary line, each attribution as
 * source → cue → content, then the sources with how often each is cited.
 */
export function renderTerminal(doc: Doc, options: TerminalOptions): string {
  const paint = options.color ? COLORS : PLAIN;
  const report = computeReport(doc);
  const summary = summarizeSourcing(doc);
  const attributions = doc.attributions ?? [];
  const lines = [paint.title(printable(doc.file)), `  ${paint.dim(summaryLine(report))}`, ''];
  if (attributions.length === 0) {
    lines.push('  No attributions found.');
  } else {
    lines.push('  Attributions');
    const numberWidth = String(attributions.length).length;
    attributions.forEach((attribution, i) => {
      const number = `${String(i + 1).padStart(numberWidth)}.`;
      lines.push(`  ${number} ${attributionLine(doc, attribution, paint)}`);
    });
    lines.push('', '  Sources');
    for (const { name, count } of citedSources(doc, summary.claims)) {
      lines.push(`  ${String(count).padStart(4)}  ${paint.source(name)}`);
    }
  }
  if (attributions.length > 0 || (doc.noComment?.length ?? 0) > 0) {
    lines.push('', ...sourcingLines(report, summary, paint));
  }
  return `${lines.join('\n')}\n`;
}

/**
 * The sourcing at a glance: sources by kind, named against anonymous, how
 * much is quoted and second-hand, who declined, and the provenance chains.
 */
function sourcingLines(report: ContractReport, summary: SourcingSummary, paint: Palette): string[] {
  const label = (name: string) => paint.dim(name.padEnd(11));
  const lines = ['  Sourcing'];
  if (report.attributions > 0) {
    const kinds = summary.byKind.map(({ kind, count }) => `${count} ${kind}`).join(' · ');
    lines.push(`    ${label('by kind')}${kinds || 'none resolved'}`);
    lines.push(
      `    ${label('named')}${report.namedSources} named · ${report.anonymousSources} anonymous` +
        ` (${percent(report.anonymousShare)} of attributions anonymous)`,
    );
    lines.push(
      `    ${label('quotes')}${percent(report.directQuoteShare)} direct quotes · ${percent(report.secondHandShare)} second-hand`,
    );
  }
  if (summary.refusals.length === 0) lines.push(`    ${label('refusals')}none`);
  summary.refusals.forEach((refusal, i) => {
    const who = refusal.name ? paint.source(shorten(refusal.name, CONTENT_WIDTH - 20)) : paint.dim('(unnamed)');
    lines.push(`    ${label(i === 0 ? 'refusals' : '')}${who} ${REFUSAL_LABEL[refusal.kind]}`);
  });
  if (summary.chains.length > 0) {
    lines.push('', '  Chains');
    for (const chain of summary.chains.slice(0, MAX_CHAINS)) lines.push(`    ${chainLine(chain, paint)}`);
    const rest = summary.chains.slice(MAX_CHAINS);
    if (rest.length > 0) {
      const claims = rest.reduce((sum, chain) => sum + chain.claims, 0);
      lines.push(paint.dim(`    … ${plural(rest.length, 'more chain')} (${plural(claims, 'claim')})`));
    }
  }
  return lines;
}

/** "CNN (publisher) → The Times → a former Venezuelan military commander (anonymous) : 5 claims" */
export function chainLine(chain: Chain, paint: Palette = PLAIN): string {
  const links = chain.links.map((link) => {
    const note = link.role === 'publisher' ? 'publisher' : link.kind === 'anonymous' ? 'anonymous' : null;
    const name = paint.source(shorten(link.name, SOURCE_WIDTH));
    return note ? `${name} ${paint.dim(`(${note})`)}` : name;
  });
  return `${links.join(` ${paint.dim('→')} `)} : ${plural(chain.claims, 'claim')}`;
}

function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

function summaryLine(report: ContractReport): string {
  const parts = [
    plural(report.sentences, 'sentence'),
    plural(report.attributions, 'attribution'),
    plural(report.sources, 'source'),
  ];
  if (report.attributions > 0) {
    parts.push(`${Math.round(report.directQuoteShare * 100)}% direct quotes`);
    parts.push(`${Math.round(report.anonymousShare * 100)}% anonymous`);
  }
  if (report.noComment > 0) parts.push(`${report.noComment} no-comment`);
  return parts.join(' · ');
}

/** The name of the entity `id` stands for, if any. */
function entityName(doc: Doc, id: string | null): string | undefined {
  return id === null ? undefined : doc.entities?.find((entity) => entity.id === id)?.name;
}

/** Sources that name no one by themselves: the reader is told whom they stand for. */
const PRONOUN_SOURCES = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'you', 'who', 'which', 'that']);

/** The source as written; a pronoun with the name it was resolved to: `who (Dana Whitlock)`. */
function sourceLabel(doc: Doc, attribution: AttributionLayerItem): string {
  const written = sourceText(doc, attribution);
  if (!PRONOUN_SOURCES.has(written.toLowerCase())) return shorten(written, SOURCE_WIDTH);
  const name = entityName(doc, attribution.entity);
  return name && name.toLowerCase() !== written.toLowerCase()
    ? `${written} (${shorten(name, SOURCE_WIDTH - written.length - 3)})`
    : written;
}

function attributionLine(doc: Doc, attribution: AttributionLayerItem, paint: Palette): string {
  const source = sourceLabel(doc, attribution) || '(no source)';
  const cue = shorten(joinSpans(doc, attribution.cue, ' '), 30);
  const content = shorten(joinSpans(doc, attribution.content, ' … '));
  const arrow = paint.dim('→');
  // PolNeAR counts a refusal as an attribution (`declined → to comment`); the reader is told it is one.
  const refusal = isRefusal(doc, attribution) ? ` ${paint.dim('(no comment)')}` : '';
  // Second-hand: who relayed it (`... (via The Times)`), as the chains below count it.
  const relay = entityName(doc, attribution.via);
  const via = relay ? ` ${paint.dim(`(via ${shorten(relay, SOURCE_WIDTH)})`)}` : '';
  return `${paint.source(source)} ${arrow} ${paint.cue(cue)} ${arrow} ${content}${refusal}${via}`;
}

/** Whether the attribution's cue lies in a refusal the resolver recorded ("declined to comment"). */
function isRefusal(doc: Doc, attribution: AttributionLayerItem): boolean {
  return attribution.cue.some((cue) => (doc.noComment ?? []).some((n) => n.start < cue.end && cue.start < n.end));
}

/** Sources by how often they are cited in `claims` (then by first appearance), grouped as the report counts them. */
function citedSources(doc: Doc, claims: readonly AttributionLayerItem[]): { name: string; count: number }[] {
  const entityNames = new Map((doc.entities ?? []).map((entity) => [entity.id, entity.name]));
  const groups = new Map<string, { name: string; count: number }>();
  for (const attribution of claims) {
    const key = sourceKey(doc, attribution);
    if (key === null) continue;
    const group = groups.get(key);
    if (group) group.count++;
    else {
      const name = (attribution.entity && entityNames.get(attribution.entity)) || sourceText(doc, attribution);
      groups.set(key, { name: shorten(name, CONTENT_WIDTH), count: 1 });
    }
  }
  return [...groups.values()].sort((a, b) => b.count - a.count);
}

function joinSpans(doc: Doc, spans: Span[], separator: string): string {
  return [...spans]
    .sort((a, b) => a.start - b.start)
    .map((span) => doc.slice(span))
    .join(separator);
}

/** One line, at most `width` characters (code points), cut at a word boundary with an ellipsis. */
export function shorten(text: string, width = CONTENT_WIDTH): string {
  const flat = printable(text);
  const chars = Array.from(flat); // code points, so a cut never splits a surrogate pair
  if (chars.length <= width) return flat;
  const cut = chars.slice(0, width - 1).join('');
  const lastSpace = cut.lastIndexOf(' ');
  // Prefer a word boundary, unless it would throw away most of the line.
  const kept = lastSpace > width * 0.6 ? cut.slice(0, lastSpace) : cut;
  // A cut right after the separator of two pieces (`... Sunday … as ...`) drops it: one ellipsis, not two.
  return `${kept.trimEnd().replace(/\s*…$/, '')}…`;
}

/** White space collapsed and control characters replaced, so article text cannot move the cursor or recolor. */
function printable(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/\p{Cc}/gu, '\ufffd')
    .trim();
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
