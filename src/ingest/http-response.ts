import { brotliDecompressSync, gunzipSync, inflateRawSync, inflateSync } from 'node:zlib';
import { WhosaidError } from '../core/index.js';
import { formatBytes } from './read.js';

/** An HTTP response as a crawler stored it in a WARC `response` record. */
export interface HttpResponse {
  status: number;
  /** Header names lower-cased; repeated headers joined with `, `. */
  headers: Map<string, string>;
  /** The payload with transfer and content encodings undone. */
  body: Buffer;
}

/** Status line, headers, and where the body starts; null if the bytes do not start with an HTTP status line. */
export function parseHttpHead(
  bytes: Buffer,
): { status: number; headers: Map<string, string>; bodyStart: number } | null {
  let end = bytes.indexOf('\r\n\r\n');
  let separator = 4;
  const bareEnd = bytes.indexOf('\n\n');
  if (end < 0 || (bareEnd >= 0 && bareEnd < end)) {
    end = bareEnd;
    separator = 2;
  }
  if (end < 0) return null;
  const lines = bytes.subarray(0, end).toString('latin1').split(/\r?\n/);
  const status = lines[0].match(/^HTTP\/\d(?:\.\d)?\s+(\d{3})\b/);
  if (!status) return null;
  const headers = new Map<string, string>();
  for (const line of lines.slice(1)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    headers.set(name, headers.has(name) ? `${headers.get(name)}, ${value}` : value);
  }
  return { status: Number(status[1]), headers, bodyStart: end + separator };
}

/** The whole response, decoding chunked transfer and gzip/deflate/br content; the body never exceeds `maxBytes`. */
export function parseHttpResponse(bytes: Buffer, maxBytes: number): HttpResponse {
  const head = parseHttpHead(bytes);
  if (!head) throw new WhosaidError('E060', 'no HTTP status line in the response record');
  let body = bytes.subarray(head.bodyStart);
  if (/\bchunked\b/i.test(head.headers.get('transfer-encoding') ?? '')) body = dechunk(body);
  body = decodeContent(body, head.headers.get('content-encoding') ?? '', maxBytes);
  return { status: head.status, headers: head.headers, body };
}

/**
 * Undoes chunked transfer encoding. Some crawlers store the body already
 * de-chunked but keep the header, so a body that does not start with a
 * chunk-size line is taken as it is.
 */
export function dechunk(body: Buffer): Buffer {
  if (!/^[0-9a-fA-F]+[ \t;\r\n]/.test(body.subarray(0, 20).toString('latin1'))) return body;
  const parts: Buffer[] = [];
  let position = 0;
  for (;;) {
    const lineEnd = body.indexOf('\n', position);
    if (lineEnd < 0) throw new WhosaidError('E060', 'chunked body ends without a last chunk');
    const sizeText = body.subarray(position, lineEnd).toString('latin1').split(';')[0].trim();
    if (!/^[0-9a-fA-F]+$/.test(sizeText)) throw new WhosaidError('E060', `bad chunk size '${sizeText.slice(0, 20)}'`);
    const size = Number.parseInt(sizeText, 16);
    const start = lineEnd + 1;
    if (size === 0) break;
    if (start + size > body.length) throw new WhosaidError('E060', 'chunked body is truncated');
    parts.push(body.subarray(start, start + size));
    position = start + size;
    // The CRLF after each chunk.
    if (body[position] === 13) position++;
    if (body[position] === 10) position++;
  }
  return Buffer.concat(parts);
}

function decodeContent(body: Buffer, encoding: string, maxBytes: number): Buffer {
  const codings = encoding
    .toLowerCase()
    .split(',')
    .map((coding) => coding.trim())
    .filter((coding) => coding !== '' && coding !== 'identity');
  let result = body;
  // Codings are listed in the order applied, so they are undone last first.
  for (const coding of codings.reverse()) {
    const options = { maxOutputLength: maxBytes };
    try {
      if (coding === 'gzip' || coding === 'x-gzip') result = gunzipSync(result, options);
      else if (coding === 'br') result = brotliDecompressSync(result, options);
      else if (coding === 'deflate') result = inflateOrRaw(result, maxBytes);
      else throw new WhosaidError('E060', `unknown content encoding '${coding}'`);
    } catch (error) {
      if (error instanceof WhosaidError) throw error;
      if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
        throw new WhosaidError('E023', `body unpacks to more than ${formatBytes(maxBytes)}`);
      }
      throw new WhosaidError('E060', `bad ${coding} body: ${(error as Error).message}`);
    }
  }
  return result;
}

/** "deflate" is meant to be zlib-wrapped, but many servers send raw deflate. */
function inflateOrRaw(body: Buffer, maxBytes: number): Buffer {
  try {
    return inflateSync(body, { maxOutputLength: maxBytes });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw error;
    return inflateRawSync(body, { maxOutputLength: maxBytes });
  }
}
