import type { Metadata } from '../core/index.js';
import { WhosaidError } from '../core/index.js';
import { decodeHtml } from './charset.js';
import { decodeText } from './decode.js';
import { fetchPage } from './fetch.js';
import { extractArticle } from './html.js';
import { readInputBytes } from './read.js';
import { looksLikeHtml } from './sniff.js';
import type { SourcePath } from './source-paths.js';
import { readWarcArticles } from './warc-articles.js';

export { decodeHtml, decodeWindows1252 } from './charset.js';
export { decodeText } from './decode.js';
export { DEFAULT_TIMEOUT_MS, fetchPage, MAX_REDIRECTS, whosaidUserAgent } from './fetch.js';
export { type ExtractedArticle, extractArticle } from './html.js';
export { parseHttpResponse } from './http-response.js';
export { formatBytes, STDIN } from './read.js';
export type { SourcePath } from './source-paths.js';
export { readWarcRecords, type WarcRecord } from './warc.js';
export { readWarcArticles } from './warc-articles.js';

/** Default `--max-bytes`: far above any news article, low enough to refuse a stray disk image. */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

export interface ReadOptions {
  maxBytes?: number;
  stdin?: NodeJS.ReadableStream;
  /** For URLs: the whole exchange must finish within this (default 15 s). */
  timeoutMs?: number;
}

/** One article to analyze, however it arrived. */
export interface InputArticle {
  text: string;
  /** The input as given: a path, `-`, a URL; for a WARC record, the archive's path. */
  file: string;
  /** From the page (HTML, URL, WARC); empty for plain text. */
  meta: Partial<Metadata>;
  /** HTML inputs: the XPath of the element each paragraph of `text` came from. */
  sourcePaths?: SourcePath[];
}

/** What an input yields: articles, and for a WARC archive also errors for single broken records. */
export type InputItem = { article: InputArticle } | { error: WhosaidError; file: string; url: string | null };

export type InputKind = 'url' | 'warc' | 'html' | 'file';

const URL_INPUT = /^https?:\/\//i;
const WARC_FILE = /\.warc(\.gz)?$/i;
const HTML_FILE = /\.(x?html?|shtml)$/i;
/** Files whose name says plain text are used exactly as they are, whatever they start with. */
const TEXT_FILE = /\.txt$/i;

export function inputKind(input: string): InputKind {
  if (URL_INPUT.test(input)) return 'url';
  if (WARC_FILE.test(input)) return 'warc';
  if (HTML_FILE.test(input)) return 'html';
  return 'file';
}

/**
 * The articles in one input: a text file or stdin (one article, exactly as
 * written), an HTML file or page sniffed as HTML (the extracted article), an
 * http(s) URL (fetched), or a WARC archive (one article per HTML response
 * record). Throws a WhosaidError when the input as a whole fails; a WARC
 * archive yields `{error}` items for single broken records and goes on.
 */
export async function* readInputArticles(input: string, options: ReadOptions = {}): AsyncGenerator<InputItem> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const kind = inputKind(input);
  if (kind === 'warc') {
    for await (const item of readWarcArticles(input, maxBytes)) {
      if ('error' in item) yield { error: item.error, file: input, url: item.url };
      else yield { article: fromExtracted(item.article, input) };
    }
    return;
  }
  if (kind === 'url') {
    yield { article: await readUrlArticle(input, maxBytes, options.timeoutMs) };
    return;
  }
  const bytes = await readInputBytes(input, maxBytes, options.stdin ?? process.stdin);
  if (kind === 'html' || (!TEXT_FILE.test(input) && looksLikeHtml(bytes))) {
    yield { article: htmlArticle(bytes, null, input, null) };
    return;
  }
  yield { article: { text: decodeText(bytes), file: input, meta: {} } };
}

/**
 * One input as article text. Kept for callers that want text only (eval,
 * tests): a WARC archive, having many articles, is refused here.
 */
export async function readInputText(input: string, options: ReadOptions = {}): Promise<string> {
  if (inputKind(input) === 'warc') throw new WhosaidError('E024', 'WARC archive: use readInputArticles');
  for await (const item of readInputArticles(input, options)) {
    if ('error' in item) throw item.error;
    return item.article.text;
  }
  throw new WhosaidError('E022');
}

async function readUrlArticle(url: string, maxBytes: number, timeoutMs?: number): Promise<InputArticle> {
  const page = await fetchPage(url, { maxBytes, timeoutMs });
  if (page.kind === 'html' || (page.kind === 'unknown' && looksLikeHtml(page.bytes))) {
    return htmlArticle(page.bytes, page.charset, url, page.url);
  }
  if (page.bytes.length === 0) throw new WhosaidError('E022', 'the server sent no bytes');
  // Plain text over HTTP: decoded by its declared charset (UTF-8 by default), then used as it is.
  const text = page.charset ? decodeHtml(page.bytes, page.charset).text : decodeText(page.bytes);
  if (text.trim() === '') throw new WhosaidError('E022', 'only white space');
  return { text, file: url, meta: { url: page.url } };
}

function htmlArticle(bytes: Uint8Array, httpCharset: string | null, file: string, url: string | null): InputArticle {
  if (bytes.length === 0) throw new WhosaidError('E022', 'the page has no bytes');
  const article = extractArticle(decodeHtml(bytes, httpCharset).text, { url });
  if (article.text.trim() === '') throw new WhosaidError('E025');
  return fromExtracted(article, file);
}

function fromExtracted(article: ReturnType<typeof extractArticle>, file: string): InputArticle {
  return { text: article.text, file, meta: article.meta, sourcePaths: article.sourcePaths };
}
