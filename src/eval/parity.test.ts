import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeText } from '../analyze.js';
import { toContractDocument, toNdjsonLine } from '../report/index.js';
import { newDiagnostics } from './diagnostics.js';
import { formatScoreJson, formatScoreTable } from './format.js';
import { loadGold } from './gold.js';
import { readPredictions } from './predictions.js';
import { type ScoreResult, scoreGold } from './score.js';
import { WordTokens } from './tokens.js';

/**
 * Parity with the reference scorer, ../shared/tools/score.py: on PolNeAR dev,
 * for its baseline, for gold-as-predictions and for a perturbed prediction set,
 * every figure must be the same — and so must the printed JSON and table.
 */
const SHARED = fileURLToPath(new URL('../../../shared', import.meta.url));
const SCORE_PY = join(SHARED, 'tools', 'score.py');
const POLNEAR = join(SHARED, 'data', 'polnear');
const DEV = join(POLNEAR, 'dev');
const available = existsSync(SCORE_PY) && existsSync(DEV);
const inCI = process.env.CI === 'true';

const work = mkdtempSync(join(tmpdir(), 'whosaid-parity-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function python(args: string[], input?: string): string {
  return execFileSync('python3', args, { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024, input });
}

function ours(gold: string, predPath: string): ScoreResult {
  const diagnostics = newDiagnostics();
  return scoreGold(loadGold(gold), readPredictions(readFileSync(predPath, 'utf8'), diagnostics), diagnostics);
}

/** Same structure, same strings and integers, floats within 1e-9. */
function expectSameFigures(actual: unknown, expected: unknown, path = 'result'): void {
  if (typeof expected === 'number' && typeof actual === 'number') {
    expect(Math.abs(actual - expected), path).toBeLessThanOrEqual(1e-9);
  } else if (expected !== null && typeof expected === 'object') {
    expect(typeof actual, path).toBe('object');
    expect(Object.keys(actual as object).sort(), path).toEqual(Object.keys(expected).sort());
    for (const [key, value] of Object.entries(expected)) {
      expectSameFigures((actual as Record<string, unknown>)[key], value, `${path}.${key}`);
    }
  } else {
    expect(actual, path).toEqual(expected);
  }
}

/** Scores `predPath` with both scorers and compares figures, JSON text and table text. */
function expectParity(gold: string, predPath: string): ScoreResult {
  const reference = python([SCORE_PY, '--gold', gold, '--pred', predPath, '--json']);
  const result = ours(gold, predPath);
  expectSameFigures(JSON.parse(formatScoreJson(result)), JSON.parse(reference));
  expect(`${formatScoreJson(result)}\n`).toBe(reference);
  expect(formatScoreTable(result)).toBe(python([SCORE_PY, '--gold', gold, '--pred', predPath]));
  return result;
}

/** Deterministic pseudo-random numbers (mulberry32), so a failure reproduces. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Frag {
  start: unknown;
  end: unknown;
  text?: unknown;
}
type Pred = { file: string; text: string; attributions: Record<string, Frag[]>[] };

/**
 * Predictions that exercise the corners: shifted and trimmed spans (some
 * landing inside words, some empty or out of range), dropped sources,
 * duplicates (greedy ties), token-less `:` and dash cues, malformed values,
 * missing and mismatched articles, unknown and duplicate files, bad lines.
 */
function perturb(lines: string[], seed: number): string {
  const rand = random(seed);
  const int = (n: number) => Math.floor(rand() * n);
  const out: string[] = [];
  for (const line of lines) {
    const pred = JSON.parse(line) as Pred;
    const text = pred.text;
    const roll = rand();
    if (roll < 0.03) continue; // missing
    if (roll < 0.05) {
      out.push(JSON.stringify({ ...pred, text: `${text}\n` })); // text mismatch
      continue;
    }
    const atts: Record<string, unknown>[] = [];
    for (const a of pred.attributions) {
      const x = rand();
      if (x < 0.1) continue;
      const b = structuredClone(a);
      const move = (f: Frag, ds: number, de: number) => {
        f.start = (f.start as number) + ds;
        f.end = (f.end as number) + de;
        if (rand() < 0.5) f.text = text.slice(f.start as number, f.end as number);
      };
      if (x < 0.25) for (const f of b.content) move(f, int(7) - 3, int(7) - 3);
      else if (x < 0.35) for (const f of b.content) move(f, 0, -int(20));
      else if (x < 0.42) b.source = [];
      else if (x < 0.48) for (const f of b.cue) move(f, -int(3), int(8));
      else if (x < 0.52) for (const f of b.source) move(f, int(4), 0);
      atts.push(b);
      if (rand() < 0.1) atts.push(structuredClone(b)); // exact duplicate: ties everywhere
    }
    // Token-less cues, as PolNeAR annotates for colons and dashes.
    for (const mark of [':', '—', ' - ']) {
      let at = text.indexOf(mark);
      for (let k = 0; k < 3 && at > 0; k++, at = text.indexOf(mark, at + 1)) {
        const cue = { start: at, end: at + mark.length, text: mark };
        const contentEnd = Math.min(text.length, at + mark.length + 20 + int(60));
        const content = { start: at + mark.length, end: contentEnd, text: text.slice(at + mark.length, contentEnd) };
        const source = rand() < 0.5 ? [{ start: Math.max(0, at - 12), end: at }] : [];
        atts.push({ cue: [cue], source, content: [content] });
      }
    }
    if (rand() < 0.2)
      atts.push({
        cue: [
          { start: 'x', end: 3 },
          { start: 1.5, end: 4 },
        ],
        content: {},
        source: null,
      });
    if (rand() < 0.1) atts.push(null as unknown as Record<string, unknown>);
    out.push(JSON.stringify({ ...pred, attributions: atts }));
  }
  out.push(out[0]); // duplicate file
  out.push(JSON.stringify({ file: 'elsewhere/unknown-article.txt', text: '', attributions: [] }));
  out.push('{"file": 3}', 'this is not JSON', '   ');
  return `${out.join('\n')}\n`;
}

describe.runIf(!available && inCI)('parity with score.py', () => {
  it('needs ../shared (data and score.py) in CI', () => {
    throw new Error(`missing ${SCORE_PY} or ${DEV}`);
  });
});

describe.skipIf(!available)('parity with score.py on PolNeAR dev', () => {
  const baselinePath = join(work, 'baseline.ndjson');
  const goldPath = join(work, 'gold.ndjson');

  it('matches on the regex baseline', () => {
    writeFileSync(baselinePath, python([SCORE_PY, '--gold', DEV, '--baseline']));
    const result = expectParity(DEV, baselinePath);
    expect(result.cue.exact.f1).toBeCloseTo(0.433, 3); // the figure in evaluation.md
    expect(result.relation.f1).toBeCloseTo(0.231, 3);
  });

  it("matches on whosaid's own predictions (analyze --json over dev)", () => {
    const texts = readdirSync(join(DEV, 'text')).filter((name) => name.endsWith('.txt'));
    const lines = texts.map((name) => {
      const path = join(DEV, 'text', name);
      return toNdjsonLine(toContractDocument(analyzeText(readFileSync(path, 'utf8'), path)));
    });
    const ownPath = join(work, 'own.ndjson');
    writeFileSync(ownPath, lines.join(''));
    const result = expectParity(DEV, ownPath);
    expect(result.relation.f1).toBeGreaterThan(0.4);
  });

  it('matches on gold-as-predictions (all 1.0)', () => {
    writeFileSync(goldPath, python([SCORE_PY, '--gold', DEV, '--gold-as-pred']));
    const result = expectParity(DEV, goldPath);
    expect(result.content.exact.f1).toBe(1);
    expect(result.relation.f1).toBe(1);
  });

  it('matches on perturbed predictions (ties, token-less cues, malformed values, missing files)', () => {
    const lines = [
      ...readFileSync(baselinePath, 'utf8').trim().split('\n'),
      ...readFileSync(goldPath, 'utf8').trim().split('\n'),
    ];
    // Gold and baseline lines share file names: the first per name wins, so use each half separately too.
    const half = lines.length / 2;
    for (const [k, subset] of [lines.slice(half), lines.slice(0, half), lines].entries()) {
      const path = join(work, `perturbed-${k}.ndjson`);
      writeFileSync(path, perturb(subset, 17 + k));
      const result = expectParity(DEV, path);
      expect(result.diagnostics.pred_bad_json_lines).toBe(2);
      expect(result.diagnostics.pred_duplicate_files).toBeGreaterThan(0);
      expect(result.diagnostics.pred_malformed_fragments).toBeGreaterThan(0);
      expect(result.diagnostics.offset_mismatches).toBeGreaterThan(0);
      expect(result.files.unknown_predictions).toContain('unknown-article.txt');
      if (k < 2) expect(result.files.missing_predictions.length).toBeGreaterThan(0); // the full set covers them
    }
  });

  it('scores all of dev in well under two seconds', () => {
    const started = performance.now();
    ours(DEV, baselinePath);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('matches on gold quirks: astral characters, multi-line T records, several annotators', () => {
    const gold = join(work, 'quirks');
    mkdirSync(join(gold, 'text'), { recursive: true });
    mkdirSync(join(gold, 'attributions'), { recursive: true });
    const text = '🎉 Crowds 🎉 cheered.\nThe coach said:\n"We won.\nNext year too."\n';
    const cp = (needle: string, nth = 0) => {
      let u = -1;
      for (let k = 0; k <= nth; k++) u = text.indexOf(needle, u + 1);
      const start = [...text.slice(0, u)].length;
      return `${start} ${start + [...needle].length}`;
    };
    const ann = [
      `T1\tSource ${cp('The coach')}\tThe coach`,
      `T2\tCue ${cp('said')}\tsaid`,
      `T3\tContent ${cp('"We won.\nNext year too."')}\t"We won.\nNext year too."`,
      `T4\tAttribution ${cp('said')}\tsaid`,
      'E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3',
      `T5\tCue ${cp(':')}\t:`,
      `T6\tContent ${cp('cheered')}\tcheered`,
      `T7\tAttribution-no-source ${cp(':')}\t:`,
      'E2\tAttribution-no-source:T7 Cue:T5 Content:T6 Source:T40',
      'E3\tAttribution:T4 ',
      `T8\tContent 3 999\tbroken`,
    ].join('\n');
    writeFileSync(join(gold, 'text', 'coach.txt'), text);
    writeFileSync(join(gold, 'text', 'lonely.txt'), 'No annotation here.\n');
    writeFileSync(join(gold, 'attributions', 'coach_b1.ann'), 'E1\tAttribution:T1\n');
    writeFileSync(join(gold, 'attributions', 'coach_a1.ann'), ann);
    writeFileSync(join(gold, 'attributions', 'ghost_a1.ann'), '');
    const u = (needle: string) => ({ start: text.indexOf(needle), end: text.indexOf(needle) + needle.length });
    const mid = text.indexOf('🎉') + 1; // between the halves of a surrogate pair
    const preds = [
      {
        file: 'x/coach.txt',
        text,
        attributions: [
          { cue: [u('said')], source: [u('coach')], content: [u('We won.\nNext year')] },
          { cue: [u(':')], source: [], content: [u('cheered.')] },
          { cue: [{ start: mid, end: mid + 3 }], source: [], content: [u('Crowds')] },
        ],
      },
    ];
    const predPath = join(work, 'quirks.ndjson');
    writeFileSync(predPath, preds.map((p) => JSON.stringify(p)).join('\n'));
    const result = expectParity(gold, predPath);
    expect(result.relation.counts).toEqual({ gold: 2, pred: 3, matched: 2 });
    expect(result.diagnostics).toMatchObject({ gold_malformed_lines: 1, pred_malformed_fragments: 1 });
  });
});

describe.skipIf(!available)("tokenization equals Python's \\w+", () => {
  it('for every code point Python knows', () => {
    // 0: not a word character, 1: word character, 2: unassigned in Python's Unicode version.
    const flags = python([
      '-c',
      "import re,sys,unicodedata as u\nw=re.compile(r'\\w')\nsys.stdout.write(''.join('2' if u.category(chr(c))=='Cn' else '1' if w.match(chr(c)) else '0' for c in range(0x110000)))",
    ]);
    const word = /^[\p{L}\p{N}_]$/u;
    const differ: string[] = [];
    for (let c = 0; c < 0x110000; c++) {
      if (flags[c] === '2' || (c >= 0xd800 && c <= 0xdfff)) continue;
      if (word.test(String.fromCodePoint(c)) !== (flags[c] === '1')) differ.push(c.toString(16));
    }
    expect(differ).toEqual([]);
  });

  it('on all PolNeAR dev and train texts (same token offsets)', () => {
    const dirs = ['dev', 'train'].map((split) => join(POLNEAR, split, 'text')).filter(existsSync);
    const files = dirs.flatMap((dir) => readdirSync(dir).map((name) => join(dir, name)));
    const script =
      "import re,sys,hashlib\nfor p in sys.stdin.read().split('\\n'):\n t=open(p,encoding='utf-8',newline='').read()\n" +
      " print(hashlib.sha256(';'.join('%d,%d'%m.span() for m in re.finditer(r'\\w+',t)).encode()).hexdigest())";
    const expected = python(['-c', script], files.join('\n')).trim().split('\n');
    const actual = files.map((path) => {
      const text = readFileSync(path, 'utf8');
      const tokens = new WordTokens(text);
      const offsets = Array.from(tokens.starts, (s, k) => `${s},${tokens.ends[k]}`).join(';');
      return createHash('sha256').update(offsets).digest('hex');
    });
    expect(actual).toEqual(expected);
  });
});
