import { closeSync, mkdtempSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { chunked, gzipEach, httpResponse, newsPage, warcRecord } from '../test-support/warc.js';
import { readWarcArticles, readWarcRecords } from './index.js';

const dir = mkdtempSync(join(tmpdir(), 'whosaid-warc-'));
const html = { 'Content-Type': 'text/html; charset=utf-8' };

function archive(name: string, bytes: Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

async function summarize(path: string, maxBytes = 1_000_000) {
  const out: string[] = [];
  for await (const item of readWarcArticles(path, maxBytes)) {
    if ('error' in item) out.push(`error ${item.error.code} ${item.error.message}`);
    else out.push(`${item.url} | ${item.article.meta.title} | ${item.article.text.split('\n')[0].slice(0, 40)}`);
  }
  return out;
}

const MIXED = [
  warcRecord({ type: 'warcinfo', block: 'software: test\r\n' }),
  warcRecord({
    type: 'request',
    uri: 'https://wire.example/1',
    block: 'GET /1 HTTP/1.1\r\nHost: wire.example\r\n\r\n',
  }),
  warcRecord({ type: 'response', uri: 'https://wire.example/1', block: httpResponse(200, html, newsPage(1)) }),
  warcRecord({ type: 'metadata', uri: 'https://wire.example/1', block: 'fetchTimeMs: 120\r\n' }),
  warcRecord({
    type: 'response',
    uri: 'https://wire.example/logo.png',
    block: httpResponse(200, { 'Content-Type': 'image/png' }, Buffer.alloc(300, 7)),
  }),
  warcRecord({ type: 'response', uri: 'https://wire.example/old', block: httpResponse(301, { Location: '/1' }, '') }),
  warcRecord({
    type: 'response',
    uri: 'https://wire.example/gone',
    block: httpResponse(404, html, '<html><body><p>Not found</p></body></html>'),
  }),
  warcRecord({
    type: 'response',
    uri: 'https://wire.example/2',
    block: httpResponse(
      200,
      { ...html, 'Transfer-Encoding': 'chunked', 'Content-Encoding': 'gzip' },
      chunked(gzipSync(newsPage(2)), 64),
    ),
  }),
  warcRecord({
    type: 'response',
    uri: 'https://wire.example/3',
    block: httpResponse(
      200,
      { 'Content-Encoding': 'br', 'Content-Type': 'text/html' },
      brotliCompressSync(newsPage(3)),
    ),
  }),
  // No content type: sniffed as HTML.
  warcRecord({ type: 'response', uri: 'https://wire.example/4', block: httpResponse(200, {}, newsPage(4)) }),
];
const EXPECTED = [1, 2, 3, 4].map(
  (n) => `https://wire.example/${n} | Story ${n} | Officials said on Tuesday that story num`,
);

describe('readWarcArticles', () => {
  it('analyzes every 2xx HTML response record, with its target URI, and skips the rest', async () => {
    expect(await summarize(archive('mixed.warc', Buffer.concat(MIXED)))).toEqual(EXPECTED);
  });

  it('reads .warc.gz gzipped per record and gzipped whole alike', async () => {
    expect(await summarize(archive('per-record.warc.gz', gzipEach(MIXED)))).toEqual(EXPECTED);
    expect(await summarize(archive('whole.warc.gz', gzipSync(Buffer.concat(MIXED))))).toEqual(EXPECTED);
  });

  it('reports a broken record in the middle and goes on with the rest', async () => {
    const broken = [
      MIXED[2],
      // Content-Length that is not a number.
      warcRecord({
        type: 'response',
        uri: 'https://wire.example/bad-length',
        block: httpResponse(200, html, newsPage(9)),
        contentLength: 'lots',
      }),
      MIXED[7],
      // Content-Length 40 bytes too short: the rest of the block is garbage where a record should start.
      warcRecord({
        type: 'response',
        uri: 'https://wire.example/short',
        block: httpResponse(200, html, newsPage(8)),
        contentLength: String(httpResponse(200, html, newsPage(8)).length - 40),
      }),
      MIXED[8],
      // A chunked body whose chunk sizes are wrong.
      warcRecord({
        type: 'response',
        uri: 'https://wire.example/bad-chunks',
        block: httpResponse(200, { ...html, 'Transfer-Encoding': 'chunked' }, `5\r\nabc\r\nzz\r\n`),
      }),
      // gzip content encoding that is not gzip.
      warcRecord({
        type: 'response',
        uri: 'https://wire.example/bad-gzip',
        block: httpResponse(200, { ...html, 'Content-Encoding': 'gzip' }, 'not gzip at all'),
      }),
      MIXED[9],
    ];
    const result = await summarize(archive('broken.warc.gz', gzipEach(broken)));
    // The record with a short Content-Length still parses as a (cut) page; the bytes after it are reported.
    expect(result.filter((line) => !line.startsWith('error') && !line.includes('/short'))).toEqual(EXPECTED);
    const errors = result.filter((line) => line.startsWith('error'));
    expect(errors).toEqual([
      expect.stringMatching(/^error E060 broken WARC record: at byte \d+: no valid Content-Length \(lots\)$/),
      expect.stringMatching(/^error E060 broken WARC record: at byte \d+: expected a WARC\/ version line/),
      expect.stringMatching(/^error E060 .*at byte \d+ \(https:\/\/wire\.example\/bad-chunks\): bad chunk size 'zz'$/),
      expect.stringMatching(/^error E060 .*\(https:\/\/wire\.example\/bad-gzip\): bad gzip body/),
    ]);
  });

  it('reports a truncated archive and a damaged gzip stream', async () => {
    const whole = Buffer.concat(MIXED.slice(0, 3));
    expect((await summarize(archive('cut.warc', whole.subarray(0, whole.length - 200)))).at(-1)).toMatch(
      /^error E060 .*truncated: \d+ of \d+ bytes missing$/,
    );
    const gz = gzipEach(MIXED);
    const damaged = Buffer.concat([gz.subarray(0, 2000), Buffer.alloc(64, 0x55), gz.subarray(2064)]);
    const result = await summarize(archive('damaged.warc.gz', damaged));
    expect(result.at(-1)).toMatch(/^error E060 broken WARC record: archive unreadable from here on/);
  });

  it('refuses a page over --max-bytes for that record only', async () => {
    const result = await summarize(archive('big.warc', Buffer.concat([MIXED[2], MIXED[8]])), 300);
    expect(result).toEqual([
      expect.stringMatching(/^error E023 input too large: at byte 0 \(https:\/\/wire\.example\/1\): /),
      expect.stringMatching(/^error E023 .*body unpacks to more than 300 bytes/),
    ]);
  });
});

describe('readWarcRecords', () => {
  it('parses headers, skips blocks nobody reads, and reads the ones asked for', async () => {
    const records = [];
    for await (const item of readWarcRecords(Readable.from([Buffer.concat(MIXED.slice(0, 3))]))) {
      if ('error' in item) throw item.error;
      const { record } = item;
      records.push([
        record.type,
        record.targetUri,
        record.type === 'request' ? (await record.read()).toString().split('\r\n')[0] : null,
      ]);
    }
    expect(records).toEqual([
      ['warcinfo', null, null],
      ['request', 'https://wire.example/1', 'GET /1 HTTP/1.1'],
      ['response', 'https://wire.example/1', null],
    ]);
  });

  it('reads records split across one-byte chunks', async () => {
    const bytes = Buffer.concat(MIXED.slice(0, 4));
    const oneByte = Readable.from(
      (function* () {
        for (const byte of bytes) yield Buffer.from([byte]);
      })(),
    );
    let count = 0;
    for await (const item of readWarcRecords(oneByte)) {
      if ('error' in item) throw item.error;
      if (item.record.type === 'response') expect((await item.record.read()).toString()).toContain('Story 1');
      count++;
    }
    expect(count).toBe(4);
  });

  it('keeps memory flat over thousands of records (about 100 MB uncompressed)', async () => {
    const RECORDS = 4000;
    const filler = Buffer.from('lorem ipsum dolor sit amet '.repeat(1000)); // 27 KB, compresses well
    const path = join(dir, 'large.warc.gz');
    const fd = openSync(path, 'w');
    for (let i = 0; i < RECORDS; i++) {
      const block =
        i % 40 === 0
          ? httpResponse(200, html, newsPage(i))
          : httpResponse(200, { 'Content-Type': 'image/jpeg' }, filler);
      writeSync(fd, gzipSync(warcRecord({ type: 'response', uri: `https://wire.example/${i}`, block }), { level: 1 }));
    }
    closeSync(fd);

    const before = process.memoryUsage().rss;
    let peak = before;
    let articles = 0;
    let seen = 0;
    for await (const item of readWarcArticles(path, 1_000_000)) {
      if ('error' in item) throw item.error;
      articles++;
      peak = Math.max(peak, process.memoryUsage().rss);
    }
    // And every block read into memory, one at a time.
    const { createReadStream } = await import('node:fs');
    const { createGunzip } = await import('node:zlib');
    for await (const item of readWarcRecords(createReadStream(path).pipe(createGunzip()))) {
      if ('error' in item) throw item.error;
      await item.record.read();
      if (++seen % 100 === 0) peak = Math.max(peak, process.memoryUsage().rss);
    }
    expect(articles).toBe(RECORDS / 40);
    expect(seen).toBe(RECORDS);
    const growthMb = (peak - before) / 1024 / 1024;
    console.log(
      `WARC ${RECORDS} records (${((RECORDS * filler.length) / 1e6).toFixed(0)} MB uncompressed): RSS growth ${growthMb.toFixed(1)} MB`,
    );
    expect(growthMb).toBeLessThan(40);
  }, 20_000);
});
