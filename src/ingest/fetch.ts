import { readFileSync } from 'node:fs';
import { WhosaidError } from '../core/index.js';
import { charsetFromContentType } from './charset.js';
import { formatBytes } from './read.js';

/** Default `--timeout`: long enough for a slow news site on a bad connection, short enough for a batch to move on. */
export const DEFAULT_TIMEOUT_MS = 15_000;
/** Browsers allow 20; a news page needing more than 5 hops is a redirect loop or a consent wall. */
export const MAX_REDIRECTS = 5;

/** Content types that can hold an article; anything else (images, PDFs, JSON) is refused with E052. */
const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);
const TEXT_TYPES = new Set(['text/plain']);

export interface FetchOptions {
  maxBytes: number;
  timeoutMs?: number;
  maxRedirects?: number;
}

export interface FetchedPage {
  /** The URL the page was finally served from, after redirects. */
  url: string;
  bytes: Uint8Array;
  /** `html`, `text`, or `unknown` when the server sent no content type (sniff the bytes). */
  kind: 'html' | 'text' | 'unknown';
  /** The Content-Type header's charset, if any. */
  charset: string | null;
}

let userAgent: string | null = null;

/** `whosaid/0.1.0`, from package.json, so servers' logs can tell who asked. */
export function whosaidUserAgent(): string {
  if (userAgent === null) {
    const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    userAgent = `whosaid/${manifest.version} (news attribution analysis)`;
  }
  return userAgent;
}

/**
 * One page over HTTP(S), following redirects itself (to count them), with the
 * whole exchange — connection, headers and body — under one timeout and the
 * decoded body under `maxBytes`. gzip, deflate and brotli are undone by fetch.
 */
export async function fetchPage(url: string, options: FetchOptions): Promise<FetchedPage> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxRedirects = options.maxRedirects ?? MAX_REDIRECTS;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  try {
    let current = url;
    for (let redirects = 0; ; redirects++) {
      const response = await fetch(current, {
        redirect: 'manual',
        signal: controller.signal,
        headers: {
          'user-agent': whosaidUserAgent(),
          accept: 'text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8',
        },
      });
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location) {
        await response.body?.cancel();
        if (redirects >= maxRedirects) throw new WhosaidError('E053', `more than ${maxRedirects}`);
        current = new URL(location, current).href;
        if (!/^https?:$/.test(new URL(current).protocol)) throw new WhosaidError('E054', `redirect to ${current}`);
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        throw new WhosaidError('E050', `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
      }
      const contentType = response.headers.get('content-type');
      const kind = kindOf(contentType);
      if (kind === null) {
        await response.body?.cancel();
        throw new WhosaidError('E052', mediaType(contentType));
      }
      const bytes = await readBody(response, options.maxBytes);
      return { url: current, bytes, kind, charset: charsetFromContentType(contentType) };
    }
  } catch (error) {
    if (error instanceof WhosaidError) throw error;
    if (timedOut) throw new WhosaidError('E051', `no complete response after ${formatSeconds(timeoutMs)}`);
    throw new WhosaidError('E054', networkReason(error));
  } finally {
    clearTimeout(timer);
  }
}

function kindOf(contentType: string | null): FetchedPage['kind'] | null {
  if (!contentType) return 'unknown';
  const type = mediaType(contentType);
  if (HTML_TYPES.has(type)) return 'html';
  if (TEXT_TYPES.has(type)) return 'text';
  return null;
}

function mediaType(contentType: string | null): string {
  return (contentType ?? '').split(';')[0].trim().toLowerCase() || 'no content type';
}

/** The body, refused as soon as it passes `maxBytes` (after decompression: a small gzip can unpack to gigabytes). */
async function readBody(response: Response, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length'));
  const encoded = response.headers.get('content-encoding');
  if (!encoded && Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel();
    throw tooLarge(formatBytes(declared), maxBytes);
  }
  if (!response.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > maxBytes) {
      await reader.cancel();
      throw tooLarge(`more than ${formatBytes(maxBytes)}`, maxBytes);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, total);
}

function tooLarge(shown: string, maxBytes: number): WhosaidError {
  return new WhosaidError('E023', `${shown}, limit ${formatBytes(maxBytes)} (raise it with --max-bytes)`);
}

function formatSeconds(ms: number): string {
  return `${+(ms / 1000).toFixed(1)} s`;
}

/** undici hides the system error (ECONNREFUSED, ENOTFOUND) in `cause`. */
function networkReason(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } })?.cause;
  if (cause?.code) return cause.code;
  if (cause?.message) return cause.message;
  return error instanceof Error ? error.message : String(error);
}
