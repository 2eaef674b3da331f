import type { ContractDocument } from '../core/index.js';

/** What a piece of the article is, for highlighting: an attribution part, or furniture. */
export type Role = 'source' | 'cue' | 'content';

/** One run of text with everything that covers it, innermost attribution first. */
export interface Segment {
  start: number;
  end: number;
  /** The innermost attribution part covering the run (the shortest piece), or null. */
  role: Role | null;
  /** Index of that attribution in the document, or -1. */
  attribution: number;
  /** Attributions whose content holds this run besides the innermost one: outer reported speech. */
  outer: number[];
  boilerplate: boolean;
  heading: boolean;
  refusal: boolean;
}

interface Piece {
  start: number;
  end: number;
  attribution: number;
  role: Role;
}

/**
 * Cuts the text into runs at every span boundary (UTF-16 offsets, as the
 * contract gives them), so overlapping and nested spans never need
 * overlapping markup: each run carries the innermost attribution part that
 * covers it, the nesting depth, and whether it is boilerplate, a heading or a
 * refusal. A sweep over sorted boundaries keeps this linear in the number of
 * spans times the nesting depth.
 */
export function segmentText(doc: ContractDocument): Segment[] {
  const length = doc.text.length;
  const clamp = (n: number) => Math.max(0, Math.min(length, n));
  const pieces: Piece[] = [];
  doc.attributions.forEach((a, attribution) => {
    for (const role of ['source', 'cue', 'content'] as const) {
      for (const span of a[role]) {
        const start = clamp(span.start);
        const end = clamp(span.end);
        if (end > start) pieces.push({ start, end, attribution, role });
      }
    }
  });
  const flags = {
    boilerplate: doc.boilerplate.map((s) => [clamp(s.start), clamp(s.end)] as const),
    heading: doc.headings.map((s) => [clamp(s.start), clamp(s.end)] as const),
    refusal: doc.noComment.map((s) => [clamp(s.start), clamp(s.end)] as const),
  };
  const cuts = new Set<number>([0, length]);
  for (const piece of pieces) cuts.add(piece.start).add(piece.end);
  for (const list of Object.values(flags)) for (const [start, end] of list) cuts.add(start).add(end);
  const points = [...cuts].sort((a, b) => a - b);

  const byStart = [...pieces].sort((a, b) => a.start - b.start);
  const flagCounters = Object.fromEntries(
    Object.entries(flags).map(([name, list]) => [name, sweep(list.map(([start, end]) => ({ start, end })))]),
  ) as Record<keyof typeof flags, (start: number) => boolean>;
  let active: Piece[] = [];
  let next = 0;
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i];
    const end = points[i + 1];
    active = active.filter((piece) => piece.end > start);
    while (next < byStart.length && byStart[next].start <= start) {
      if (byStart[next].end > start) active.push(byStart[next]);
      next++;
    }
    let innermost: Piece | null = null;
    for (const piece of active) {
      if (!innermost || piece.end - piece.start < innermost.end - innermost.start) innermost = piece;
    }
    const outer = new Set(active.filter((p) => p.role === 'content').map((p) => p.attribution));
    if (innermost) outer.delete(innermost.attribution);
    segments.push({
      start,
      end,
      role: innermost?.role ?? null,
      attribution: innermost?.attribution ?? -1,
      outer: [...outer].sort((a, b) => a - b),
      boilerplate: flagCounters.boilerplate(start),
      heading: flagCounters.heading(start),
      refusal: flagCounters.refusal(start),
    });
  }
  return segments;
}

/** For spans, a test "does some span cover the run starting here", to be asked with increasing offsets. */
function sweep(spans: { start: number; end: number }[]): (start: number) => boolean {
  const sorted = [...spans].filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
  let next = 0;
  let ends: number[] = [];
  return (start) => {
    ends = ends.filter((end) => end > start);
    while (next < sorted.length && sorted[next].start <= start) {
      if (sorted[next].end > start) ends.push(sorted[next].end);
      next++;
    }
    return ends.length > 0;
  };
}
