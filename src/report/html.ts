import { createHash } from 'node:crypto';
import type { ContractDocument, Doc, EntityKind } from '../core/index.js';
import { REPORT_CSS, REPORT_JS } from './html-assets.js';
import { type Segment, segmentText } from './html-segments.js';
import { toContractDocument } from './json.js';
import { type Chain, KIND_ORDER, REFUSAL_LABEL, type SourcingSummary, summarizeSourcing } from './sourcing.js';

/** Readable names for the kinds in the side panel. */
const KIND_TITLES: Record<EntityKind, string> = {
  person: 'People',
  organization: 'Organizations',
  government: 'Government',
  media: 'Media',
  anonymous: 'Anonymous',
  document: 'Documents',
  unknown: 'Unknown',
};

/**
 * One self-contained HTML page for an analyzed article: the text with
 * sources, cues and contents highlighted, a panel showing the entity and
 * chain of the attribution hovered or selected, entities by kind, the
 * sourcing report, chains and refusals.
 *
 * Safety: every piece of article text goes through `escapeHtml`; the data the
 * script reads is JSON in a `<script type="application/json">` block with
 * `<`, `>`, `&`, U+2028 and U+2029 escaped, so no article can close the block.
 * A Content-Security-Policy allows no requests at all and only the page's own
 * script and style (by hash), so even markup that slipped through could
 * neither run nor load anything.
 */
export function renderHtml(doc: Doc): string {
  const contract = toContractDocument(doc);
  const summary = summarizeSourcing(doc);
  const data = embedJson({ schema: contract.schema, document: contract });
  const title = contract.title ?? contract.file;
  const csp = [
    "default-src 'none'",
    `style-src '${sha256(REPORT_CSS)}'`,
    `script-src '${sha256(REPORT_JS)}'`,
    "img-src 'none'",
    "connect-src 'none'",
    "font-src 'none'",
    "form-action 'none'",
    "base-uri 'none'",
  ].join('; ');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(`whosaid · ${title}`)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<header class="top">
<p class="eyebrow">whosaid sourcing report</p>
<h1>${escapeHtml(title)}</h1>
<p class="meta">${headerMeta(contract)}</p>
</header>
<main class="layout">
<div>
${legend()}
<article class="text" aria-label="Article text with attributions highlighted">
<div class="body">${articleBody(contract)}</div>
</article>
</div>
<aside class="side" aria-label="Sourcing">
<section class="card" id="panel" aria-live="polite"><h2>Selected attribution</h2><div id="panel-body"><p class="empty">Select a highlighted attribution to see who said it and how it reached the page.</p></div></section>
${reportCard(contract)}
${entitiesCard(contract)}
${chainsCard(summary)}
${refusalsCard(summary)}
</aside>
</main>
<footer>Made by whosaid from ${escapeHtml(contract.file)} · offline, no requests</footer>
<script type="application/json" id="whosaid-data">${data}</script>
<script>${REPORT_JS}</script>
</body>
</html>
`;
}

/** Text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * JSON that can sit inside a script element: `<` (so no `</script>` or
 * `<!--`), `>` and `&` become \\u escapes, as do the line separators some
 * parsers choke on. JSON.parse reads them back unchanged.
 */
export function embedJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

function sha256(text: string): string {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

function headerMeta(doc: ContractDocument): string {
  const parts = [`<b>${doc.attributions.length}</b> attributions`, `<b>${doc.report.sources}</b> sources`];
  if (doc.publisher) parts.unshift(`published by <b>${escapeHtml(doc.publisher)}</b>`);
  if (doc.byline) parts.push(escapeHtml(doc.byline));
  if (doc.published) parts.push(escapeHtml(doc.published));
  if (doc.title) parts.push(escapeHtml(doc.file));
  return parts.join(' · ');
}

function legend(): string {
  const key = (cls: string, label: string) =>
    `<span class="key"><span class="swatch ${cls}" aria-hidden="true"></span>${label}</span>`;
  return `<div class="legend" role="note" aria-label="Legend">${[
    key('source', 'source'),
    key('cue', 'cue'),
    key('content', 'content'),
    key('refusal', 'no comment'),
    key('boilerplate', 'boilerplate (not part of the report)'),
  ].join('')}<span>· Tab to move between attributions, Enter to select</span></div>`;
}

/** The article as runs of escaped text; runs of one attribution carry its index, the first of each is focusable. */
function articleBody(doc: ContractDocument): string {
  const focusable = new Set<number>();
  return segmentText(doc)
    .map((segment) => renderSegment(doc, segment, focusable))
    .join('');
}

function renderSegment(doc: ContractDocument, segment: Segment, focusable: Set<number>): string {
  const text = escapeHtml(doc.text.slice(segment.start, segment.end));
  const classes: string[] = [];
  if (segment.boilerplate) classes.push('boilerplate');
  if (segment.heading) classes.push('heading');
  if (segment.refusal) classes.push('refusal');
  if (segment.role === null) return classes.length > 0 ? `<span class="${classes.join(' ')}">${text}</span>` : text;
  classes.unshift('a', segment.role);
  if (segment.outer.length > 0 && segment.role !== 'content') classes.push('nested');
  const index = segment.attribution;
  let attributes = `class="${classes.join(' ')}" data-a="${index}"`;
  if (segment.outer.length > 0) attributes += ` data-in="${segment.outer.join(' ')}"`;
  if (!focusable.has(index) && /\S/.test(doc.text.slice(segment.start, segment.end))) {
    focusable.add(index);
    attributes += ` tabindex="0" role="button" aria-label="${escapeHtml(attributionLabel(doc, index))}"`;
  }
  return `<span ${attributes}>${text}</span>`;
}

function attributionLabel(doc: ContractDocument, index: number): string {
  const a = doc.attributions[index];
  const entity = doc.entities.find((e) => e.id === a.entity);
  const source = entity?.name ?? (a.source.map((s) => s.text).join(' ') || 'no source stated');
  return `Attribution ${index + 1}: ${source}, ${a.cue.map((s) => s.text).join(' ')}`;
}

function reportCard(doc: ContractDocument): string {
  const r = doc.report;
  const count = (label: string, value: number) => `<div><dt>${label}</dt><dd>${value}</dd></div>`;
  const share = (label: string, value: number) => {
    const percent = Math.round(value * 100);
    return `<div><dt>${label}</dt><dd>${percent}%</dd><svg class="bar" viewBox="0 0 100 5" preserveAspectRatio="none" aria-hidden="true"><rect width="${percent}" height="5"/></svg></div>`;
  };
  return `<section class="card"><h2>Sourcing report</h2><dl class="stats">${[
    count('Attributions', r.attributions),
    count('Sources', r.sources),
    count('Named sources', r.namedSources),
    count('Anonymous sources', r.anonymousSources),
    share('Direct quotes', r.directQuoteShare),
    share('Second-hand', r.secondHandShare),
    share('Anonymous attributions', r.anonymousShare),
    count('No comment', r.noComment),
    count('Sentences', r.sentences),
    count('Attributed sentences', r.attributedSentences),
  ].join('')}</dl></section>`;
}

/** Entities grouped by kind (most-cited first within a kind), each with how many attributions cite it. */
function entitiesCard(doc: ContractDocument): string {
  const cited = new Map<string, number>();
  for (const a of doc.attributions) if (a.entity) cited.set(a.entity, (cited.get(a.entity) ?? 0) + 1);
  const groups = KIND_ORDER.map((kind) => ({
    kind,
    entities: doc.entities
      .filter((e) => e.kind === kind)
      .sort((a, b) => (cited.get(b.id) ?? 0) - (cited.get(a.id) ?? 0)),
  })).filter((group) => group.entities.length > 0);
  if (groups.length === 0) return '<section class="card"><h2>Entities</h2><p>No sources resolved.</p></section>';
  const body = groups
    .map((group) => {
      const items = group.entities
        .map((e) => {
          const n = cited.get(e.id) ?? 0;
          const descriptor =
            e.descriptor && e.descriptor !== e.name ? `<span class="desc">${escapeHtml(e.descriptor)}</span>` : '';
          const label = `${e.name}: ${n} attribution${n === 1 ? '' : 's'}`;
          return `<li><button type="button" class="entity" data-entity="${escapeHtml(e.id)}" aria-label="${escapeHtml(label)}"><span>${escapeHtml(e.name)}${descriptor}</span><span class="n">${n}</span></button></li>`;
        })
        .join('');
      return `<h3>${KIND_TITLES[group.kind]} <span class="count">${group.entities.length}</span></h3><ul class="plain">${items}</ul>`;
    })
    .join('');
  return `<section class="card"><h2>Entities by kind</h2>${body}</section>`;
}

function chainsCard(summary: SourcingSummary): string {
  if (summary.chains.length === 0) return '';
  const items = summary.chains.map((chain) => `<li>${chainHtml(chain)}</li>`).join('');
  return `<section class="card"><h2>How claims reached the page</h2><ul class="plain">${items}</ul></section>`;
}

function chainHtml(chain: Chain): string {
  const links = chain.links.map((link) => {
    const note = link.role === 'publisher' ? 'publisher' : link.kind === 'anonymous' ? 'anonymous' : link.role;
    return `<span class="link ${link.role}" title="${note}">${escapeHtml(link.name)}</span>`;
  });
  const claims = `${chain.claims} claim${chain.claims === 1 ? '' : 's'}`;
  return `<span class="chain">${links.join('<span class="arrow" aria-label="via">→</span>')}<span class="claims">${claims}</span></span>`;
}

function refusalsCard(summary: SourcingSummary): string {
  const items =
    summary.refusals.length === 0
      ? '<li>Nobody is recorded as declining to comment.</li>'
      : summary.refusals
          .map(
            (r) =>
              `<li><strong>${escapeHtml(r.name ?? '(unnamed)')}</strong> <span class="refusal-kind">${REFUSAL_LABEL[r.kind]}</span><span class="said">“${escapeHtml(r.text)}”</span></li>`,
          )
          .join('');
  return `<section class="card"><h2>Refusals</h2><ul class="plain">${items}</ul></section>`;
}
