import type { Span } from '../core/index.js';
import { offsetMap } from './offsets.js';
import { PY_SPACE, pyIsBlank, pySplit } from './python.js';

/**
 * Reader for brat standoff (`.ann`) files as PolNeAR writes them. Offsets in the
 * file are Unicode code points; everything returned here is UTF-16 (JavaScript
 * string indices), the unit of the rest of whosaid.
 */

/** A `T` line: a typed text span, possibly discontinuous (`S1 E1;S2 E2`). */
export interface BratTextBound {
  id: string;
  type: string;
  /** In file order; fragments outside the text or empty are left out (and counted). */
  fragments: Span[];
  /** The covered-text field as written; may hold newlines (a record spanning several lines). */
  text: string;
}

/** An `E` line: `Type:Trigger Role:Ref ...`. */
export interface BratEvent {
  id: string;
  type: string;
  trigger: string;
  args: { role: string; ref: string }[];
}

/** A `#` line: `#1\tAnnotatorNotes T5\tfree text`. */
export interface BratNote {
  id: string;
  type: string;
  target: string;
  text: string;
}

export interface BratProblems {
  /**
   * Physical lines that are not a blank line, a `#` note or a well-formed T or E
   * record: malformed T lines, other record kinds (R, A, N...), and the extra
   * lines of a T record whose covered text holds a line break. The last ones are
   * read correctly (joined onto their record) but still counted, because
   * score.py counts them as `gold_malformed_lines`.
   */
  skippedLines: number;
  /** T fragments outside the text or empty (`gold_bad_fragments`). */
  badFragments: number;
}

export interface BratAnnotations {
  spans: Map<string, BratTextBound>;
  events: BratEvent[];
  notes: BratNote[];
  problems: BratProblems;
}

/** What starts a record; any other line continues the record before it (brat writes covered text raw). */
const RECORD_START = /^(?:[TERAMN]\d+\t|\*\t|#)/;
/**
 * score.py's T body: `Type 10 20;25 40`, white space as Python's `\s`. (Python's
 * `\d` would also take non-ASCII digits; offsets written that way are rejected here.)
 */
const T_BODY = new RegExp(
  `^([^${PY_SPACE}]+)[${PY_SPACE}]+([0-9]+[${PY_SPACE}]+[0-9]+(?:[${PY_SPACE}]*;[${PY_SPACE}]*[0-9]+[${PY_SPACE}]+[0-9]+)*)[${PY_SPACE}]*$`,
);

/** Splits at the first two tabs, like Python's `line.split('\t', 2)`. */
function fields(line: string): string[] {
  const first = line.indexOf('\t');
  if (first < 0) return [line];
  const second = line.indexOf('\t', first + 1);
  if (second < 0) return [line.slice(0, first), line.slice(first + 1)];
  return [line.slice(0, first), line.slice(first + 1, second), line.slice(second + 1)];
}

/** Reads one `.ann` file annotating `text`. Never throws: bad lines are skipped and counted. */
export function readBrat(ann: string, text: string): BratAnnotations {
  const offsets = offsetMap(text);
  const result: BratAnnotations = {
    spans: new Map(),
    events: [],
    notes: [],
    problems: { skippedLines: 0, badFragments: 0 },
  };
  let open: BratTextBound | null = null; // the T record continuation lines belong to
  let pendingBlank = ''; // blank lines inside a covered text, kept only if more text follows

  for (const raw of ann.split('\n')) {
    const line = raw.endsWith('\r') ? raw.replace(/\r+$/, '') : raw;
    if (!RECORD_START.test(line)) {
      const blank = pyIsBlank(line);
      if (open && blank) pendingBlank += `\n${line}`;
      else if (open) {
        open.text += `${pendingBlank}\n${line}`;
        pendingBlank = '';
      }
      if (!blank) result.problems.skippedLines++;
      continue;
    }
    open = null;
    pendingBlank = '';
    const parts = fields(line);
    const kind = line[0];
    if (kind === '#') {
      const [type = '', target = ''] = pySplit(parts[1] ?? '');
      if (parts.length >= 2) result.notes.push({ id: parts[0], type, target, text: parts[2] ?? '' });
    } else if (kind === 'T') {
      const body = T_BODY.exec(parts[1]);
      if (!body) {
        result.problems.skippedLines++;
        continue;
      }
      const fragments: Span[] = [];
      for (const piece of body[2].split(';')) {
        const [start, end] = pySplit(piece).map(Number);
        if (0 <= start && start < end && end <= offsets.codePointLength) {
          fragments.push({ start: offsets.toUtf16(start), end: offsets.toUtf16(end) });
        } else {
          result.problems.badFragments++;
        }
      }
      open = { id: parts[0], type: body[1], fragments, text: parts[2] ?? '' };
      result.spans.set(parts[0], open);
    } else if (kind === 'E') {
      // Arguments without a colon (and stray white space) are dropped, as score.py does.
      const pairs = pySplit(parts[1]).filter((arg) => arg.includes(':'));
      if (pairs.length === 0) continue;
      const [type, trigger] = splitPair(pairs[0]);
      const args = pairs.slice(1).map((pair) => {
        const [role, ref] = splitPair(pair);
        return { role, ref };
      });
      result.events.push({ id: parts[0], type, trigger, args });
    } else {
      result.problems.skippedLines++; // relations, attributes, normalizations: not used here
    }
  }
  return result;
}

function splitPair(arg: string): [string, string] {
  const colon = arg.indexOf(':');
  return [arg.slice(0, colon), arg.slice(colon + 1)];
}

/** One attribution's spans (UTF-16, fragments in no particular order); `source` empty when none. */
export interface AttributionSpans {
  cue: Span[];
  source: Span[];
  content: Span[];
}

export const SPAN_TYPES = ['cue', 'source', 'content'] as const;
export type SpanType = (typeof SPAN_TYPES)[number];

export interface GoldProblems {
  /** Role references to a T id that does not exist (`gold_dangling_refs`). */
  danglingRefs: number;
  /** Attribution events left without a cue or a content, e.g. trigger-only stubs (`gold_incomplete_attributions`). */
  incomplete: number;
}

/** Role names: `Content2`, `Cue3` merge into their base role; case does not matter. */
const ROLE_NUMBER = /\p{Nd}+$/u;

/**
 * The attributions of a brat file: every event whose type starts with
 * `Attribution` (`Attribution`, `Attribution-no-source`). The role comes from
 * the event argument, never from the T type, so a `Cue:T5` pointing at a span
 * typed `Content` is still a cue — as score.py reads it.
 */
export function bratAttributions(ann: BratAnnotations): { attributions: AttributionSpans[]; problems: GoldProblems } {
  const problems: GoldProblems = { danglingRefs: 0, incomplete: 0 };
  const attributions: AttributionSpans[] = [];
  for (const event of ann.events) {
    if (!event.type.startsWith('Attribution')) continue;
    const attribution: AttributionSpans = { cue: [], source: [], content: [] };
    for (const { role, ref } of event.args) {
      const base = role.replace(ROLE_NUMBER, '').toLowerCase();
      if (base !== 'cue' && base !== 'source' && base !== 'content') continue;
      const span = ann.spans.get(ref);
      if (!span) {
        problems.danglingRefs++;
        continue;
      }
      attribution[base].push(...span.fragments);
    }
    if (attribution.cue.length === 0 || attribution.content.length === 0) {
      problems.incomplete++;
      continue;
    }
    attributions.push(attribution);
  }
  return { attributions, problems };
}
