import { compareCodePoints } from './offsets.js';
import type { PRF, ScoreResult } from './score.js';

/**
 * Renderers that print exactly what score.py prints — its table and its
 * `json.dumps(result, indent=1, sort_keys=True)` — so outputs can be diffed.
 */

/** Python's `repr(float)`: shortest round-trip digits, exponent form below 1e-4 or from 1e16. */
export function pyFloat(x: number): string {
  if (Number.isNaN(x)) return 'NaN';
  if (!Number.isFinite(x)) return x > 0 ? 'Infinity' : '-Infinity';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const [mantissa, exp] = x.toExponential().split('e');
  const exponent = Number(exp);
  if (exponent < -4 || exponent >= 16) {
    const sign = exponent < 0 ? '-' : '+';
    return `${mantissa}e${sign}${String(Math.abs(exponent)).padStart(2, '0')}`;
  }
  const plain = String(x); // JS uses plain notation in this whole range
  return plain.includes('.') ? plain : `${plain}.0`;
}

/** Python's `json.dumps` string escaping with `ensure_ascii=True`. */
function pyString(s: string): string {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const ch = s[i];
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\b') out += '\\b';
    else if (ch === '\f') out += '\\f';
    else if (c < 0x20 || c > 0x7e) out += `\\u${c.toString(16).padStart(4, '0')}`;
    else out += ch;
  }
  return `${out}"`;
}

/** Keys whose numbers are Python floats (printed `0.0`, not `0`); every other number is an int. */
const FLOAT_KEYS = new Set(['p', 'r', 'f1']);

function pyJson(value: unknown, indent: string, key: string): string {
  if (typeof value === 'number') return FLOAT_KEYS.has(key) ? pyFloat(value) : String(value);
  if (typeof value === 'string') return pyString(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value === null || value === undefined) return 'null';
  const inner = `${indent} `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((item) => inner + pyJson(item, inner, '')).join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => compareCodePoints(a, b));
  if (entries.length === 0) return '{}';
  return `{\n${entries.map(([k, v]) => `${inner}${pyString(k)}: ${pyJson(v, inner, k)}`).join(',\n')}\n${indent}}`;
}

/** The result as score.py `--json` prints it (without the final newline). */
export function formatScoreJson(result: ScoreResult): string {
  return pyJson(result, '', '');
}

/**
 * Python's `format(x, '.3f')`: the exact binary value rounded half to even.
 * JS `toFixed` rounds exact ties up; a tie at 3 decimals is always an odd multiple
 * of 1/16 (e.g. 1/16 = 0.0625 → Python '0.062', toFixed '0.063').
 */
export function pyFixed3(x: number): string {
  const sixteenths = x * 16;
  if (Number.isInteger(sixteenths) && sixteenths % 2 !== 0) {
    const thousandths = x * 1000; // k + 0.5 exactly
    const down = Math.floor(thousandths);
    const even = down % 2 === 0 ? down : down + 1;
    return (even / 1000).toFixed(3);
  }
  return x.toFixed(3);
}

const SPAN_ROWS = ['cue', 'source', 'content'] as const;

/** score.py's `print_table`, line for line (with a final newline). */
export function formatScoreTable(result: ScoreResult): string {
  const lines: string[] = [];
  const cell = (m: PRF) => `${pyFixed3(m.p).padStart(6)}${pyFixed3(m.r).padStart(7)}${pyFixed3(m.f1).padStart(7)}|`;
  // f"{g:^20}": Python centres with the odd space on the right.
  const centre = (s: string) => {
    const pad = Math.max(0, 20 - s.length);
    return ' '.repeat(Math.floor(pad / 2)) + s + ' '.repeat(pad - Math.floor(pad / 2));
  };
  lines.push(
    `${' '.repeat(9)}${'gold'.padStart(6)}${'pred'.padStart(6)} |${['exact', 'overlap', 'token'].map((g) => `${centre(g)}|`).join('')}`,
  );
  lines.push(`${' '.repeat(21)} |${`${'P'.padStart(6)}${'R'.padStart(7)}${'F1'.padStart(7)}|`.repeat(3)}`);
  const counts = (c: { gold: number; pred: number }) => `${String(c.gold).padStart(6)}${String(c.pred).padStart(6)} |`;
  for (const type of SPAN_ROWS) {
    const r = result[type];
    lines.push(`${type.padEnd(9)}${counts(r.counts)}${cell(r.exact)}${cell(r.overlap)}${cell(r.token)}`);
  }
  const dash = `${'-'.padStart(6)}${'-'.padStart(7)}${'-'.padStart(7)}|`;
  lines.push(`${'relation'.padEnd(9)}${counts(result.relation.counts)}${dash}${cell(result.relation)}${dash}`);
  lines.push('relation: content Dice >= 0.5, cues intersect (chars if token-less), sources intersect or both empty');
  const f = result.files;
  lines.push(
    `files: ${f.gold} gold, ${f.scored_with_predictions} with predictions, ` +
      `${f.missing_predictions.length} missing, ${f.text_mismatch.length} text mismatch, ` +
      `${f.unknown_predictions.length} unknown`,
  );
  for (const key of ['missing_predictions', 'text_mismatch'] as const) {
    const names = f[key];
    if (names.length > 0) lines.push(`  ${key}: ${names.slice(0, 10).join(', ')}${names.length > 10 ? ' ...' : ''}`);
  }
  lines.push(
    `diagnostics: ${Object.entries(result.diagnostics)
      .map(([k, v]) => `${k}=${v}`)
      .join(', ')}`,
  );
  return `${lines.join('\n')}\n`;
}
