import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

/** End to end through the built CLI (bin entry, shebang, exit codes, pipes). */
const root = fileURLToPath(new URL('../../', import.meta.url));
const main = `${root}dist/cli/main.js`;
/** Ample for 1 MB on any machine if analysis is near-linear; a hang or a quadratic blow-up fails it. */
const PATHOLOGICAL_BUDGET_MS = 30_000;

function whosaid(args: string[], input?: string, timeout = 60_000) {
  // 1 MB of input comes back as several MB of NDJSON: well past spawnSync's 1 MB default buffer.
  const result = spawnSync(process.execPath, [main, ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
    timeout,
    maxBuffer: 1 << 28,
  });
  return { ...result, lines: result.stdout === '' ? [] : result.stdout.trimEnd().split('\n') };
}

beforeAll(() => {
  // Test what we ship: rebuild dist/ (tsc still emits if another module has a type error).
  spawnSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'ignore' });
  spawnSync(process.execPath, ['scripts/after-build.mjs'], { cwd: root, stdio: 'ignore' });
  if (!existsSync(main)) throw new Error('dist/cli/main.js is missing: the build failed (npm run build)');
});

describe('whosaid (built CLI)', () => {
  it('--version and --help', () => {
    const version = JSON.parse(readFileSync(`${root}package.json`, 'utf8')).version;
    expect(whosaid(['--version'])).toMatchObject({ status: 0, stdout: `${version}\n` });
    const help = whosaid(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/analyze {2}/);
    expect(help.stdout).toContain('Exit codes:');
    expect(help.stdout).toContain('the exit code is that of the first input that failed');
  });

  it('usage errors exit 2 with one line', () => {
    expect(whosaid([]).status).toBe(2);
    const unknown = whosaid(['frobnicate']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toBe("whosaid: E001 usage: unknown command 'frobnicate'; see 'whosaid --help'\n");
  });

  it('analyzes examples and stdin, reporting a missing file without stopping', () => {
    const stdin = readFileSync(`${root}examples/harbor-bridge.txt`, 'utf8');
    const result = whosaid(['analyze', '--json', 'examples/council-budget.txt', 'missing.txt', '-'], stdin);
    expect(result.status).toBe(3);
    expect(result.stderr).toBe('whosaid: missing.txt: E010 file not found\n');
    const docs = result.lines.map((line) => JSON.parse(line));
    expect(docs.map((doc) => doc.file)).toEqual(['examples/council-budget.txt', 'missing.txt', '-']);
    expect(docs[2].text).toBe(stdin);
    for (const doc of [docs[0], docs[2]]) {
      for (const a of doc.attributions) {
        for (const span of [...a.cue, ...a.source, ...a.content])
          expect(span.text).toBe(doc.text.slice(span.start, span.end));
      }
    }
  });

  it('--model gives the full analysis: the shipped model by path reads as the default', () => {
    const example = 'examples/council-budget.txt';
    const byDefault = whosaid(['analyze', '--json', example]);
    const byPath = whosaid(['analyze', '--json', '--model', 'models/polnear/model.wsm', example]);
    expect(byPath.status).toBe(0);
    expect(JSON.parse(byPath.stdout).entities.length).toBeGreaterThan(0);
    expect(byPath.stdout).toBe(byDefault.stdout);
  });

  it('stops quietly when the reader closes the pipe early', () => {
    const result = spawnSync(`"${process.execPath}" "${main}" analyze --json examples/*.txt | head -c 10`, {
      cwd: root,
      shell: true,
      encoding: 'utf8',
    });
    expect(result.stdout).toHaveLength(10);
    expect(result.stderr).toBe('');
  });

  it('finishes 1 MB of text without punctuation in time', () => {
    const words = ['officials', 'said', 'the', 'council', 'would', 'vote', 'mayor', 'told', 'reporters'];
    const parts: string[] = [];
    for (let i = 0, length = 0; length < 1_000_000; i++) {
      parts.push(words[(i * 7) % words.length]);
      length += parts[parts.length - 1].length + 1;
    }
    const result = whosaid(['analyze', '--json', '-'], parts.join(' '), PATHOLOGICAL_BUDGET_MS);
    expect(result.error?.message ?? '', 'killed after the time budget').toBe('');
    expect(result.status).toBe(0);
    expect(result.lines).toHaveLength(1);
  });

  it('finishes 20,000 unbalanced quote marks in time', () => {
    const text = `He said ${'“a '.repeat(10_000)}${'" b '.repeat(10_000)}`;
    const result = whosaid(['analyze', '--json', '-'], text, PATHOLOGICAL_BUDGET_MS);
    expect(result.error?.message ?? '', 'killed after the time budget').toBe('');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.lines[0]).text).toBe(text);
  });
});
