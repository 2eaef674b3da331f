import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Analyzer } from '../analyze.js';
import { textPipeline } from '../analyze.js';
import { Doc } from '../core/index.js';
import { loadModel } from '../extract/index.js';
import { attributionItem } from '../test-support/attribution.js';
import { fakeIO } from '../test-support/fake-io.js';
import { gzipEach, httpResponse, newsPage, warcRecord } from '../test-support/warc.js';
import { createAnalyzeCommand } from './analyze.js';

/**
 * The command with the text layers and one made-up attribution per "said":
 * input handling is tested without depending on the trained extractor.
 */
const saidAnalyzer: Analyzer = (text, file, meta) => {
  const unanalyzed = new Doc(text, file);
  if (meta) unanalyzed.meta = { ...unanalyzed.meta, ...meta };
  const doc = textPipeline.run(unanalyzed);
  doc.attributions = [...text.matchAll(/(\w+) (said) (.*?)\./g)].map((match) => {
    const start = match.index;
    const cueStart = start + match[1].length + 1;
    const contentStart = cueStart + match[2].length + 1;
    return attributionItem({
      source: [{ start, end: start + match[1].length }],
      cue: [{ start: cueStart, end: cueStart + 4 }],
      content: [{ start: contentStart, end: contentStart + match[3].length }],
      confidence: 0.9,
    });
  });
  return doc;
};
const analyze = createAnalyzeCommand(saidAnalyzer);

const dir = mkdtempSync(join(tmpdir(), 'whosaid-cli-'));
function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}
const good = file('good.txt', 'Whitlock said the budget was balanced.\n\nQuintero said it was not.\n');

async function run(args: string[], stdin = '', options: { tty?: boolean } = {}) {
  const fake = fakeIO(stdin, options);
  const code = await analyze.run(args, fake.io);
  const stdout = fake.stdout();
  const lines = stdout === '' ? [] : stdout.trimEnd().split('\n');
  const stderr = fake.stderr().trimEnd();
  return { code, stdout, stderr, json: () => lines.map((line) => JSON.parse(line)) };
}

afterEach(() => vi.unstubAllEnvs());

describe('analyze: bad inputs', () => {
  const cases: [string, () => string, string, number][] = [
    ['missing file', () => join(dir, 'nope.txt'), 'E010', 3],
    ['directory', () => dir, 'E011', 3],
    ['binary file', () => file('image.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d])), 'E020', 4],
    ['invalid UTF-8', () => file('latin1.txt', Buffer.from('caf\xe9 said so.', 'latin1')), 'E021', 4],
    ['empty file', () => file('empty.txt', ''), 'E022', 4],
    ['white space only', () => file('blank.txt', '\n  \n'), 'E022', 4],
    ['HTML page without article text', () => file('menu.html', '<html><body><nav>Home</nav></body></html>'), 'E025', 4],
    ['URL scheme other than http(s)', () => 'ftp://example.org/story.txt', 'E024', 4],
  ];
  for (const [name, makeInput, code, exit] of cases) {
    it(`${name}: one stderr line, one error JSON line, exit ${exit}`, async () => {
      const input = makeInput();
      const result = await run(['--json', input]);
      expect(result.code).toBe(exit);
      expect(result.stderr.split('\n')).toEqual([expect.stringMatching(`^whosaid: ${input}: ${code} `)]);
      expect(result.json()).toEqual([{ schema: 'whosaid/1', file: input, error: expect.stringMatching(`^${code} `) }]);
    });
  }

  it('too large: refused by --max-bytes', async () => {
    const result = await run(['--json', '--max-bytes', '10', good]);
    expect(result.code).toBe(4);
    expect(result.stderr).toMatch(/^whosaid: .*good\.txt: E023 input too large: .*limit 10 bytes/);
    expect(result.json()[0].error).toMatch(/^E023 /);
  });

  it('in text mode a failure prints only the stderr line', async () => {
    const result = await run([join(dir, 'nope.txt')]);
    expect(result.stdout).toBe('');
    expect(result.stderr.split('\n')).toHaveLength(1);
  });
});

describe('analyze: several inputs', () => {
  it('goes on after a bad input, one JSON line per input in order, exit code of the first failure', async () => {
    const empty = file('empty2.txt', '');
    const result = await run(['--json', good, join(dir, 'nope.txt'), empty, good]);
    const lines = result.json();
    expect(lines.map((line) => [line.file, line.error?.slice(0, 4) ?? 'ok'])).toEqual([
      [good, 'ok'],
      [join(dir, 'nope.txt'), 'E010'],
      [empty, 'E022'],
      [good, 'ok'],
    ]);
    expect(result.stderr.split('\n')).toHaveLength(2);
    expect(result.code).toBe(3); // E010 came first; E022 would be 4
  });

  it('reports a long run of inputs in input order, failures in place, across several batches', async () => {
    const batching: Analyzer = Object.assign((text: string, file?: string) => saidAnalyzer(text, file), {
      batch: (articles: readonly { text: string; file?: string }[]) =>
        articles.map(({ text, file }) =>
          text.includes('boom') ? { error: new Error('boom') } : saidAnalyzer(text, file),
        ),
    });
    const inputs = Array.from({ length: 70 }, (_, k) =>
      k === 33 ? join(dir, 'nope.txt') : file(`story-${k}.txt`, k === 40 ? 'boom' : `Aide${k} said it passed.`),
    );
    const fake = fakeIO();
    const code = await createAnalyzeCommand(batching).run(['--json', ...inputs], fake.io);
    expect(code).toBe(3);
    const lines = fake
      .stdout()
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.map((line) => line.file)).toEqual(inputs);
    expect(lines[33].error).toMatch(/^E010 /);
    expect(lines[40].error).toMatch(/^E090 /);
    expect(lines[69].attributions[0].source[0].text).toBe('Aide69');
  });

  it('catches an exception inside analysis as E090 for that input only, without a stack trace', async () => {
    const boom = createAnalyzeCommand((text, file) => {
      if (text.includes('boom')) throw new TypeError('cannot read properties of undefined\n  at somewhere');
      return saidAnalyzer(text, file);
    });
    const fake = fakeIO();
    const bad = file('boom.txt', 'boom');
    const code = await boom.run(['--json', bad, good], fake.io);
    expect(code).toBe(70);
    expect(fake.stderr()).toBe(
      `whosaid: ${bad}: E090 internal error: cannot read properties of undefined at somewhere\n`,
    );
    const lines = fake
      .stdout()
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines[0].error).toMatch(/^E090 /);
    expect(lines[1].attributions).toHaveLength(2);
  });
});

describe('analyze: output', () => {
  it('reads stdin for -', async () => {
    const result = await run(['--json', '-'], 'Marsh said the office was closed.');
    expect(result.code).toBe(0);
    const [doc] = result.json();
    expect(doc.file).toBe('-');
    expect(doc.text).toBe('Marsh said the office was closed.');
    expect(doc.attributions[0].source[0].text).toBe('Marsh');
  });

  it('prints every contract field, and spans that equal their slice of the text', async () => {
    const [doc] = (await run(['--json', good])).json();
    expect(Object.keys(doc)).toEqual(
      expect.arrayContaining(['schema', 'file', 'title', 'byline', 'published', 'publisher', 'url', 'text']),
    );
    expect(doc.text).toBe(readFileSync(good, 'utf8'));
    expect(doc.report).toMatchObject({ sentences: 2, attributedSentences: 2, attributions: 2, sources: 2 });
    for (const attribution of doc.attributions) {
      for (const span of [...attribution.cue, ...attribution.source, ...attribution.content]) {
        expect(span.text).toBe(doc.text.slice(span.start, span.end));
      }
    }
  });

  it('renders a readable report, coloured only when asked or on a terminal without NO_COLOR', async () => {
    const plain = await run([good]);
    expect(plain.stdout).toContain('Whitlock → said → the budget was balanced');
    expect(plain.stdout).toMatch(/Sources\n\s+1 {2}Whitlock\n\s+1 {2}Quintero/);
    expect(plain.stdout).not.toContain('\u001b[');
    expect((await run(['--color', good])).stdout).toContain('\u001b[');
    expect((await run([good], '', { tty: true })).stdout).toContain('\u001b[');
    vi.stubEnv('NO_COLOR', '1');
    expect((await run([good], '', { tty: true })).stdout).not.toContain('\u001b[');
    expect((await run(['--no-color', good], '', { tty: true })).stdout).not.toContain('\u001b[');
  });
});

describe('analyze: usage', () => {
  const usageCases: [string, string[]][] = [
    ['no input', []],
    ['unknown option', ['--frobnicate', 'a.txt']],
    ['bad format', ['--format', 'xml', 'a.txt']],
    ['brat without --out', ['--format', 'brat', 'a.txt']],
    ['--out without brat', ['--out', 'x', 'a.txt']],
    ['bad --max-bytes', ['--max-bytes', 'lots', 'a.txt']],
    ['--min-confidence above 1', ['--min-confidence', '2', 'a.txt']],
    ['stdin twice', ['-', '-']],
  ];
  for (const [name, args] of usageCases) {
    it(`${name}: E001, exit 2`, async () => {
      const result = await run(args);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/^whosaid: analyze: E001 usage: /);
    });
  }

  it('--help documents formats and exit codes', async () => {
    const result = await run(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('--format text|json|brat');
    expect(result.stdout).toContain('Exit codes:');
    expect(result.stdout).toContain('first input that failed');
  });

  it("--help gives the shipped model's own confidence floor as the default", async () => {
    const floor = loadModel().minConfidence;
    expect((await run(['--help'])).stdout).toContain(`${floor} for the shipped`);
  });

  it('--format brat writes NAME.ann into --out and refuses to overwrite a name twice', async () => {
    const out = join(dir, 'brat');
    const other = join(dir, 'other');
    mkdirSync(other, { recursive: true });
    const sameName = join(other, 'good.txt');
    writeFileSync(sameName, 'Okoro said prices rose.');
    const result = await run(['--format', 'brat', '--out', out, good, sameName]);
    expect(result.stdout.trim()).toBe(join(out, 'good.ann'));
    expect(readFileSync(join(out, 'good.ann'), 'utf8')).toMatch(/^T1\tSource 0 8\tWhitlock$/m);
    expect(result.stderr).toMatch(/^whosaid: .*other\/good\.txt: E013 cannot write file: .*already written/);
    expect(result.code).toBe(3);
  });

  it('--format html prints one page for one input, and needs --out DIR for several', async () => {
    const page = await run(['--format', 'html', good]);
    expect(page.code).toBe(0);
    expect(page.stdout).toMatch(/^<!doctype html>/);
    expect(page.stdout).toContain('data-a="0"');
    const several = await run(['--format', 'html', good, good]);
    expect(several.code).toBe(2);
    expect(several.stderr).toContain('--format html with several inputs needs --out DIR');
    const out = join(dir, 'html');
    const written = await run(['--format', 'html', '--out', out, good]);
    expect(written.stdout.trim()).toBe(join(out, 'good.html'));
    expect(readFileSync(join(out, 'good.html'), 'utf8')).toContain('Whitlock');
  });
});

describe('analyze: HTML, URLs and WARC archives', () => {
  const page = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Budget vote | The Ledger</title>
<meta property="og:site_name" content="The Ledger"><meta property="article:published_time" content="2024-06-12T06:15:22-05:00">
<link rel="canonical" href="https://ledger.example/budget"></head><body><nav><a href="/">Home</a></nav>
<article><h1>Budget vote</h1><p class="byline">By Maria Hollis</p><p>Whitlock said the budget was balanced.</p>
<div class="share-bar">Share this article</div><p>Quintero said it was not.</p></article></body></html>`;

  it('extracts an HTML file and prints its metadata in the contract fields', async () => {
    const result = await run(['--json', file('budget.html', page)]);
    expect(result.code).toBe(0);
    const [doc] = result.json();
    expect(doc).toMatchObject({
      file: join(dir, 'budget.html'),
      title: 'Budget vote',
      byline: 'Maria Hollis',
      published: '2024-06-12T06:15:22-05:00',
      publisher: 'The Ledger',
      url: 'https://ledger.example/budget',
      text: 'Whitlock said the budget was balanced.\n\nQuintero said it was not.',
    });
    expect(doc.attributions.map((a: { source: { text: string }[] }) => a.source[0].text)).toEqual([
      'Whitlock',
      'Quintero',
    ]);
    // Each paragraph points back at its element in the page.
    expect(doc.sourcePaths.map((p: { text: string; path: string }) => [p.text, p.path])).toEqual([
      [
        'Whitlock said the budget was balanced.',
        expect.stringMatching(/^\/html\[1\]\/body\[1\]\/article\[1\]\/p\[\d\]$/),
      ],
      ['Quintero said it was not.', expect.stringMatching(/^\/html\[1\]\/body\[1\]\/article\[1\]\/p\[\d\]$/)],
    ]);
  });

  it('fetches a URL served on loopback, and reports HTTP errors in one line', async () => {
    const server = createServer((req, res) => {
      if (req.url === '/budget') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(page);
      } else {
        res.writeHead(404);
        res.end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const result = await run(['--json', `${base}/budget`, `${base}/missing`]);
      expect(result.code).toBe(3);
      const [ok, failed] = result.json();
      expect(ok).toMatchObject({ file: `${base}/budget`, title: 'Budget vote', url: 'https://ledger.example/budget' });
      expect(failed).toEqual({ schema: 'whosaid/1', file: `${base}/missing`, error: 'E050 HTTP error: 404 Not Found' });
      expect(result.stderr).toBe(`whosaid: ${base}/missing: E050 HTTP error: 404 Not Found`);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('analyzes what it holds once an input is slow to come, instead of waiting for a full batch', async () => {
    const server = createServer((_req, res) => {
      setTimeout(() => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(page);
      }, 1100);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const slow = `http://127.0.0.1:${(server.address() as AddressInfo).port}/budget`;
    const batchSizes: number[] = [];
    const batching: Analyzer = Object.assign((text: string, file?: string) => saidAnalyzer(text, file), {
      batch: (articles: readonly { text: string; file?: string }[]) => {
        batchSizes.push(articles.length);
        return articles.map(({ text, file }) => saidAnalyzer(text, file));
      },
    });
    try {
      const fake = fakeIO();
      const code = await createAnalyzeCommand(batching).run(['--json', good, slow, good], fake.io);
      expect(code).toBe(0);
      // The first article waited over a second for the URL: those two go, then the last alone.
      expect(batchSizes).toEqual([2, 1]);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('rejects a bad --timeout', async () => {
    const result = await run(['--timeout', 'soon', good]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--timeout must be a positive number of seconds');
  });

  it('analyzes every HTML response record of a gzipped WARC, one line each, a broken record reported in place', async () => {
    const html = { 'Content-Type': 'text/html' };
    const archive = file(
      'crawl.warc.gz',
      gzipEach([
        warcRecord({ type: 'warcinfo', block: 'software: test\r\n' }),
        warcRecord({ type: 'response', uri: 'https://wire.example/1', block: httpResponse(200, html, newsPage(1)) }),
        warcRecord({
          type: 'response',
          uri: 'https://wire.example/bad',
          block: httpResponse(200, html, newsPage(2)),
          contentLength: 'x',
        }),
        warcRecord({ type: 'response', uri: 'https://wire.example/3', block: httpResponse(200, html, newsPage(3)) }),
      ]),
    );
    const result = await run(['--json', archive, good]);
    expect(result.code).toBe(4);
    const lines = result.json();
    expect(
      lines.map((line) => [line.file, line.url ?? null, line.title ?? null, line.error?.slice(0, 4) ?? null]),
    ).toEqual([
      [archive, 'https://wire.example/1', 'Story 1', null],
      [archive, null, null, 'E060'],
      [archive, 'https://wire.example/3', 'Story 3', null],
      [good, null, null, null],
    ]);
    expect(lines[1].error).toMatch(/^E060 broken WARC record: at byte \d+: no valid Content-Length \(x\)$/);
    expect(result.stderr.split('\n')).toEqual([expect.stringMatching(`^whosaid: ${archive}: E060 `)]);

    // brat output: one numbered .ann per record, with the extracted text beside it for brat to open.
    const out = join(dir, 'warc-brat');
    const brat = await run(['--format', 'brat', '--out', out, archive]);
    expect(brat.stdout.trim().split('\n')).toEqual([join(out, 'crawl-0001.ann'), join(out, 'crawl-0002.ann')]);
    expect(readFileSync(join(out, 'crawl-0002.txt'), 'utf8')).toContain('story number 3');
    expect(readFileSync(join(out, 'crawl-0001.ann'), 'utf8')).toMatch(/^T1\t/m);
  });
});
