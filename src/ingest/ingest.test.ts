import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { WhosaidError } from '../core/index.js';
import { decodeText, readInputArticles, readInputText } from './index.js';

const dir = mkdtempSync(join(tmpdir(), 'whosaid-ingest-'));
function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof WhosaidError) return error.code;
    throw error;
  }
  return 'no error';
}

describe('decodeText', () => {
  it('keeps the text exactly, dropping only a leading BOM', () => {
    const text = '  He said,\r\n“fine.”  \n\n';
    expect(decodeText(Buffer.from(text))).toBe(text);
    expect(decodeText(Buffer.from(`\ufeff${text}`))).toBe(text);
    expect(decodeText(Buffer.from(`a\ufeffb`))).toBe('a\ufeffb');
  });

  it('refuses empty, white-space-only, binary, UTF-16 and invalid UTF-8 input', () => {
    const code = (bytes: Uint8Array) => {
      try {
        decodeText(bytes);
        return 'ok';
      } catch (error) {
        return (error as WhosaidError).code;
      }
    };
    expect(code(new Uint8Array())).toBe('E022');
    expect(code(Buffer.from(' \n\t\r\n'))).toBe('E022');
    expect(code(Buffer.from('text\0more'))).toBe('E020');
    expect(code(Buffer.from('\x01\x02\x03\x04 abc'))).toBe('E020');
    expect(code(Buffer.from([0xff, 0xfe, 0x41, 0x00]))).toBe('E021');
    expect(code(Buffer.from([0x61, 0xc3, 0x28]))).toBe('E021');
    expect(code(Buffer.from([0xed, 0xa0, 0x80]))).toBe('E021'); // an encoded surrogate is not UTF-8
  });

  it('names the first bad byte', () => {
    expect(() => decodeText(Buffer.from([0x61, 0x62, 0xe2, 0x82]))).toThrow('offset 2');
  });
});

describe('readInputText', () => {
  it('reads files and stdin', async () => {
    expect(await readInputText(file('a.txt', 'Hello.'))).toBe('Hello.');
    expect(await readInputText('-', { stdin: Readable.from([Buffer.from('From '), Buffer.from('stdin.')]) })).toBe(
      'From stdin.',
    );
  });

  it('gives a catalogue code for each kind of bad input', async () => {
    expect(await codeOf(readInputText(join(dir, 'missing.txt')))).toBe('E010');
    expect(await codeOf(readInputText(dir))).toBe('E011');
    expect(await codeOf(readInputText(file('big.txt', 'x'.repeat(101)), { maxBytes: 100 }))).toBe('E023');
    const endless = Readable.from(
      (function* () {
        for (;;) yield Buffer.alloc(1000, 0x61);
      })(),
    );
    expect(await codeOf(readInputText('-', { stdin: endless, maxBytes: 10_000 }))).toBe('E023');
  });

  it('refuses URL schemes other than http(s), and WARC archives (several articles) as text', async () => {
    expect(await codeOf(readInputText('ftp://example.org/story'))).toBe('E024');
    expect(await codeOf(readInputText('crawl.warc.gz'))).toBe('E024');
  });

  it('extracts HTML files, and files that start like HTML unless named .txt', async () => {
    const page =
      '<!DOCTYPE html><html><head><title>T</title></head><body><p>The mayor said the budget was balanced.</p></body></html>';
    expect(await readInputText(file('story.html', page))).toBe('The mayor said the budget was balanced.');
    expect(await readInputText(file('story.php', page))).toBe('The mayor said the budget was balanced.');
    expect(await readInputText('-', { stdin: Readable.from([Buffer.from(page)]) })).toBe(
      'The mayor said the budget was balanced.',
    );
    expect(await readInputText(file('story.txt', page))).toBe(page);
    expect(await codeOf(readInputText(file('menu.html', '<html><body><nav>Home</nav></body></html>')))).toBe('E025');
  });
});

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}

describe('readInputArticles', () => {
  it('gives plain text no metadata, and HTML its metadata and source paths', async () => {
    expect(await collect(readInputArticles(file('plain.txt', 'Hello.')))).toEqual([
      { article: { text: 'Hello.', file: join(dir, 'plain.txt'), meta: {} } },
    ]);
    const page = `<html><head><meta property="og:site_name" content="The Ledger"><link rel="canonical" href="https://ledger.example/a"></head>
      <body><article><h1>Budget passes</h1><p>The council approved the budget on Tuesday night.</p></article></body></html>`;
    const [html] = await collect(readInputArticles(file('a.html', page)));
    if (!('article' in html)) throw new Error('expected an article');
    expect(html.article.meta).toMatchObject({
      title: 'Budget passes',
      publisher: 'The Ledger',
      url: 'https://ledger.example/a',
    });
    expect(html.article.sourcePaths).toEqual([{ start: 0, end: 49, path: '/html[1]/body[1]/article[1]/p[1]' }]);
  });
});
