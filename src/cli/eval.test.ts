import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { fakeIO } from '../test-support/fake-io.js';
import { evalCommand } from './eval.js';

async function run(args: string[], input = '') {
  const fake = fakeIO(input);
  const code = await evalCommand.run(args, fake.io);
  return { code, stdout: fake.stdout(), stderr: fake.stderr() };
}

const dir = mkdtempSync(join(tmpdir(), 'whosaid-eval-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const TEXT = 'The mayor said taxes would fall.\n';
const GOLD = join(dir, 'gold');
mkdirSync(join(GOLD, 'text'), { recursive: true });
mkdirSync(join(GOLD, 'attributions'), { recursive: true });
writeFileSync(join(GOLD, 'text', 'mayor.txt'), TEXT);
writeFileSync(
  join(GOLD, 'attributions', 'mayor_a1.ann'),
  'T1\tSource 0 9\tThe mayor\nT2\tCue 10 14\tsaid\nT3\tContent 15 31\ttaxes would fall\nT4\tAttribution 10 14\tsaid\nE1\tAttribution:T4 Source:T1 Cue:T2 Content:T3\n',
);
const PERFECT = `${JSON.stringify({
  file: 'anywhere/mayor.txt',
  text: TEXT,
  attributions: [
    {
      source: [{ start: 0, end: 9, text: 'The mayor' }],
      cue: [{ start: 10, end: 14, text: 'said' }],
      content: [{ start: 15, end: 31, text: 'taxes would fall' }],
    },
  ],
})}\n`;

describe('whosaid eval', () => {
  it('prints the score table for an NDJSON file', async () => {
    const pred = join(dir, 'perfect.ndjson');
    writeFileSync(pred, PERFECT);
    const result = await run(['--gold', GOLD, '--pred', pred]);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toMatch(/^cue +1 +1 \| 1\.000 {2}1\.000 {2}1\.000\|/m);
    expect(result.stdout).toContain('files: 1 gold, 1 with predictions, 0 missing, 0 text mismatch, 0 unknown');
  });

  it('reads predictions from stdin and prints JSON with --json', async () => {
    const result = await run(['--gold', GOLD, '--pred', '-', '--json'], PERFECT);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.relation).toMatchObject({ f1: 1, counts: { gold: 1, pred: 1, matched: 1 } });
    expect(Object.keys(json).sort()).toEqual(['content', 'cue', 'diagnostics', 'files', 'relation', 'source']);
  });

  it('analyzes the gold texts itself without --pred', async () => {
    const result = await run(['--gold', GOLD, '--json']);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.files).toMatchObject({ gold: 1, scored_with_predictions: 1, missing_predictions: [] });
    expect(json.relation.counts.gold).toBe(1);
  });

  it('analyzes with another confidence floor: 1 keeps nothing the model finds here', async () => {
    const counts = async (...extra: string[]) =>
      JSON.parse((await run(['--gold', GOLD, '--json', ...extra])).stdout).relation.counts;
    expect((await counts()).pred).toBe(1);
    expect(await counts('--min-confidence', '1')).toMatchObject({ pred: 0, gold: 1 });
  });

  it('explains itself with --help', async () => {
    const result = await run(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Usage: whosaid eval --gold DIR');
    expect(evalCommand.name).toBe('eval');
  });

  it.each([
    ['no --gold', [], 'E001', 2],
    ['an unknown option', ['--gold', GOLD, '--frobnicate'], 'E001', 2],
    ['a stray argument', ['--gold', GOLD, 'extra'], 'E001', 2],
    ['--min-confidence with --pred', ['--gold', GOLD, '--pred', '-', '--min-confidence', '0.5'], 'E001', 2],
    ['--min-confidence not a probability', ['--gold', GOLD, '--min-confidence', 'high'], 'E001', 2],
    ['a missing gold directory', ['--gold', join(dir, 'nope')], 'E030', 5],
    ['a missing prediction file', ['--gold', GOLD, '--pred', join(dir, 'nope.ndjson')], 'E031', 5],
  ])('fails with one line for %s', async (_label, args, code, exit) => {
    const result = await run(args as string[]);
    expect(result.code).toBe(exit);
    expect(result.stderr).toMatch(new RegExp(`^whosaid eval: ${code} [^\\n]+\\n$`));
    expect(result.stdout).toBe('');
  });

  it('fails with E031 on predictions that are not UTF-8', async () => {
    const pred = join(dir, 'latin1.ndjson');
    writeFileSync(pred, Buffer.from([0x7b, 0xe9, 0x7d, 0x0a]));
    const result = await run(['--gold', GOLD, '--pred', pred]);
    expect(result.code).toBe(5);
    expect(result.stderr).toContain('E031');
  });
});

const SHARED = fileURLToPath(new URL('../../../shared', import.meta.url));
const SCORE_PY = join(SHARED, 'tools', 'score.py');
const DEV = join(SHARED, 'data', 'polnear', 'dev');
const available = existsSync(SCORE_PY) && existsSync(DEV);

describe.runIf(!available && process.env.CI === 'true')('whosaid eval on PolNeAR', () => {
  it('needs ../shared in CI', () => {
    throw new Error(`missing ${SCORE_PY} or ${DEV}`);
  });
});

describe.skipIf(!available)('whosaid eval on PolNeAR dev', () => {
  it("prints exactly score.py's table and JSON for the same predictions", async () => {
    const pred = join(dir, 'baseline.ndjson');
    writeFileSync(pred, execFileSync('python3', [SCORE_PY, '--gold', DEV, '--baseline'], { maxBuffer: 1 << 28 }));
    for (const extra of [[], ['--json']]) {
      const expected = execFileSync('python3', [SCORE_PY, '--gold', DEV, '--pred', pred, ...extra], {
        encoding: 'utf8',
      });
      const result = await run(['--gold', DEV, '--pred', pred, ...extra]);
      expect(result.code).toBe(0);
      expect(result.stdout).toBe(expected);
    }
  });
});
