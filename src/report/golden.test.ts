import { readdirSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../analyze.js';
import { readInputText } from '../ingest/index.js';
import { toContractDocument } from './json.js';

/**
 * Whole-document behaviour: each examples/NAME.txt against
 * src/report/golden/NAME.json. When a change is meant to alter the output,
 * regenerate deliberately with `npm run build && node scripts/update-golden.mjs`
 * and review the diff.
 */
const root = new URL('../../', import.meta.url);
const examples = readdirSync(new URL('examples/', root)).filter((name) => name.endsWith('.txt'));
const REGENERATE = 'If the change is intended: npm run build && node scripts/update-golden.mjs (and review git diff)';
/** Enough differences to see the pattern without flooding the terminal. */
const MAX_SHOWN_DIFFERENCES = 15;

describe('golden examples', () => {
  it('has an example to check', () => expect(examples.length).toBeGreaterThan(0));

  for (const name of examples) {
    it(name, async () => {
      const file = `examples/${name}`;
      const text = await readInputText(new URL(file, root).pathname);
      const actual = JSON.parse(JSON.stringify(toContractDocument(analyzeText(text, file))));
      const goldenUrl = new URL(`src/report/golden/${basename(name, '.txt')}.json`, root);
      let expected: unknown;
      try {
        expected = JSON.parse(readFileSync(goldenUrl, 'utf8'));
      } catch {
        expect.fail(`no golden file for ${file}. ${REGENERATE}`);
      }
      const differences = diffJson(expected, actual);
      if (differences.length > 0) {
        const shown = differences.slice(0, MAX_SHOWN_DIFFERENCES).join('\n  ');
        const more =
          differences.length > MAX_SHOWN_DIFFERENCES ? `\n  … ${differences.length - MAX_SHOWN_DIFFERENCES} more` : '';
        expect.fail(`${file} differs from its golden output:\n  ${shown}${more}\n${REGENERATE}`);
      }
    });
  }
});

/** Paths where two JSON values differ, as `path: expected → actual`. */
function diffJson(expected: unknown, actual: unknown, path = '$'): string[] {
  if (Object.is(expected, actual)) return [];
  const bothObjects = typeof expected === 'object' && typeof actual === 'object' && expected && actual;
  if (!bothObjects || Array.isArray(expected) !== Array.isArray(actual)) {
    return [`${path}: ${short(expected)} → ${short(actual)}`];
  }
  if (Array.isArray(expected) && Array.isArray(actual)) {
    const lines = expected.length !== actual.length ? [`${path}: ${expected.length} items → ${actual.length}`] : [];
    const common = Math.min(expected.length, actual.length);
    for (let i = 0; i < common; i++) lines.push(...diffJson(expected[i], actual[i], `${path}[${i}]`));
    return lines;
  }
  const e = expected as Record<string, unknown>;
  const a = actual as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(e), ...Object.keys(a)])];
  return keys.flatMap((key) => diffJson(e[key], a[key], `${path}.${key}`));
}

function short(value: unknown): string {
  const json = JSON.stringify(value) ?? 'undefined';
  return json.length > 100 ? `${json.slice(0, 99)}…` : json;
}
