import { type Doc, partitionPoint, type Span } from '../core/index.js';

/**
 * Brat standoff export (`--format brat`), in PolNeAR's scheme: per attribution
 * a `Source` (when there is one), `Cue` and `Content` T span, an `Attribution`
 * (or `Attribution-no-source`) trigger on the cue's span, and an E line tying
 * them together. Offsets are Unicode code points, as brat and annotated corpora
 * count them.
 *
 * The covered-text field is the fragments joined with one space, like brat
 * writes it, except that line breaks and tabs inside it become spaces. brat
 * itself writes a span crossing a line break raw, so its record runs over
 * several physical lines; readers (ours included) cope, but many line-based
 * tools do not, and the field is only informational — readers slice the text.
 */

/** What the writer needs from an attribution: a layer item and a contract attribution both fit. */
export interface BratAttribution {
  cue: readonly Span[];
  source: readonly Span[];
  content: readonly Span[];
}

/** Characters that end a line for some reader (Python's `splitlines`), plus tab, the field separator. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these control characters are line breaks to Python
const LINE_BREAKS = /[\t\n\v\f\r\x1c-\x1e\x85\u2028\u2029]/g;

/** UTF-16 → code point offsets: subtract the surrogate pairs that start before the offset. */
function codePointCounter(text: string): (utf16: number) => number {
  const pairStarts: number[] = [];
  for (const match of text.matchAll(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g)) pairStarts.push(match.index);
  if (pairStarts.length === 0) return (utf16) => utf16;
  // An offset between the halves of a pair (whosaid never makes one) lands on the pair itself.
  return (utf16) => utf16 - partitionPoint(pairStarts.length, (k) => pairStarts[k] < utf16);
}

/** Sorted fragments, empty ones dropped, overlapping or touching ones merged (brat wants them disjoint, in order). */
export function normalizeFragments(spans: readonly Span[]): Span[] {
  const sorted = spans.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Span[] = [];
  for (const { start, end } of sorted) {
    const last = out[out.length - 1];
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else out.push({ start, end });
  }
  return out;
}

/**
 * The `.ann` text for attributions over `text` (UTF-16 spans). An attribution
 * without a cue is left out: brat needs the cue's span for the event trigger.
 */
export function attributionsToBrat(text: string, attributions: readonly BratAttribution[]): string {
  const toCodePoint = codePointCounter(text);
  const lines: string[] = [];
  let t = 0;
  let e = 0;
  const addSpan = (type: string, fragments: Span[]): string => {
    const id = `T${++t}`;
    const offsets = fragments.map((f) => `${toCodePoint(f.start)} ${toCodePoint(f.end)}`).join(';');
    const covered = fragments.map((f) => text.slice(f.start, f.end)).join(' ');
    lines.push(`${id}\t${type} ${offsets}\t${covered.replace(LINE_BREAKS, ' ')}`);
    return id;
  };
  for (const attribution of attributions) {
    const cue = normalizeFragments(attribution.cue);
    if (cue.length === 0) continue;
    const source = normalizeFragments(attribution.source);
    const content = normalizeFragments(attribution.content);
    const sourceId = source.length > 0 ? addSpan('Source', source) : null;
    const cueId = addSpan('Cue', cue);
    const contentId = content.length > 0 ? addSpan('Content', content) : null;
    const eventType = sourceId ? 'Attribution' : 'Attribution-no-source';
    const triggerId = addSpan(eventType, cue);
    const args = [`${eventType}:${triggerId}`];
    if (sourceId) args.push(`Source:${sourceId}`);
    args.push(`Cue:${cueId}`);
    if (contentId) args.push(`Content:${contentId}`);
    lines.push(`E${++e}\t${args.join(' ')}`);
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

/** The `.ann` text of an analyzed document's attributions layer. */
export function toBratAnn(doc: Doc): string {
  return attributionsToBrat(doc.text, doc.attributions ?? []);
}

/** Same as `toBratAnn` (the name the CLI looked for first). */
export const docToBrat = toBratAnn;
