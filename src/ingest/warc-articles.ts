import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { createGunzip } from 'node:zlib';
import { WhosaidError } from '../core/index.js';
import { charsetFromContentType, decodeHtml } from './charset.js';
import { type ExtractedArticle, extractArticle } from './html.js';
import { parseHttpHead, parseHttpResponse } from './http-response.js';
import { fileError, formatBytes, statFile } from './read.js';
import { looksLikeHtml } from './sniff.js';
import { readWarcRecords } from './warc.js';

/** Enough of a record's block to hold the HTTP status line and headers. */
const HTTP_HEAD_PEEK_BYTES = 64 * 1024;
const GZIP_MAGIC = [0x1f, 0x8b];

export type WarcArticleItem =
  | { article: ExtractedArticle; url: string | null }
  | { error: WhosaidError; url: string | null };

/**
 * Every HTML page in a WARC archive (`.warc`, or `.warc.gz` gzipped per
 * record or whole), as articles whose `url` is the record's WARC-Target-URI.
 * Only `response` records with a 2xx HTML payload count; requests, metadata,
 * redirects, images and the like are passed over. A broken record yields an
 * error item and the rest go on.
 */
export async function* readWarcArticles(path: string, maxBytes: number): AsyncGenerator<WarcArticleItem> {
  await statFile(path);
  const stream = (await isGzipped(path)) ? createReadStream(path).pipe(createGunzip()) : createReadStream(path);
  const records = readWarcRecords(stream);
  for (;;) {
    let next: IteratorResult<Awaited<ReturnType<typeof records.next>>['value']>;
    try {
      next = await records.next();
    } catch (error) {
      // The compressed stream itself is damaged: nothing after this point can be read.
      yield {
        error: new WhosaidError('E060', `archive unreadable from here on: ${(error as Error).message}`),
        url: null,
      };
      stream.destroy();
      return;
    }
    if (next.done) return;
    const item = next.value;
    if ('error' in item) {
      yield { error: item.error, url: null };
      continue;
    }
    const record = item.record;
    if (record.type !== 'response') continue;
    if (!/^application\/http\b/i.test(record.headers.get('content-type') ?? 'application/http')) continue;
    const url = record.targetUri;
    const where = `at byte ${record.offset}${url ? ` (${url})` : ''}`;
    try {
      const head = parseHttpHead(await record.peek(HTTP_HEAD_PEEK_BYTES));
      if (!head) throw new WhosaidError('E060', `${where}: no HTTP status line in the response record`);
      if (head.status < 200 || head.status > 299) continue;
      if (!isHtmlType(head.headers.get('content-type'), await record.peek(head.bodyStart + 1024), head.bodyStart)) {
        continue;
      }
      if (record.contentLength - head.bodyStart > maxBytes) {
        throw new WhosaidError(
          'E023',
          `${where}: ${formatBytes(record.contentLength)}, limit ${formatBytes(maxBytes)}`,
        );
      }
      const block = await record.read();
      if (block.length < record.contentLength) continue; // the reader reports the truncation
      const response = parseHttpResponse(block, maxBytes);
      const html = decodeHtml(response.body, charsetFromContentType(response.headers.get('content-type')));
      const article = extractArticle(html.text, { url });
      if (url) article.meta.url = url;
      if (article.text === '') throw new WhosaidError('E025', where);
      yield { article, url };
    } catch (error) {
      if (!(error instanceof WhosaidError)) throw error;
      yield { error: error.message.includes(' at byte ') ? error : withWhere(error, where), url };
    }
  }
}

function withWhere(error: WhosaidError, where: string): WhosaidError {
  const detail = error.message.includes(': ') ? error.message.slice(error.message.indexOf(': ') + 2) : '';
  return new WhosaidError(error.code, detail ? `${where}: ${detail}` : where);
}

function isHtmlType(contentType: string | undefined, start: Buffer, bodyStart: number): boolean {
  const type = (contentType ?? '').split(';')[0].trim().toLowerCase();
  if (type === 'text/html' || type === 'application/xhtml+xml') return true;
  // No type: sniff the start of the body (an encoded body is not sniffed: it cannot be HTML as it stands).
  return type === '' && looksLikeHtml(start.subarray(bodyStart));
}

async function isGzipped(path: string): Promise<boolean> {
  const handle = await open(path, 'r').catch((error: unknown) => {
    throw fileError(error);
  });
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(2), 0, 2, 0);
    return bytesRead === 2 && buffer[0] === GZIP_MAGIC[0] && buffer[1] === GZIP_MAGIC[1];
  } finally {
    await handle.close();
  }
}
