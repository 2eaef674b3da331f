import { WhosaidError } from '../core/index.js';

/**
 * A streaming WARC 1.0/1.1 reader (ISO 28500): records one at a time from a
 * stream of bytes (already gunzipped: node:zlib's gunzip reads the
 * concatenated members of a per-record `.warc.gz` as one stream). Only the
 * record being looked at is in memory, and only if its consumer reads its
 * block; a skipped block is streamed past. A malformed record yields an
 * error and the reader finds the next `WARC/` line and goes on.
 */

/** Longest header section accepted; real ones are under 2 KB. */
const MAX_HEADER_BYTES = 64 * 1024;
const HEADER_END = Buffer.from('\r\n\r\n');
/** What starts every record: used to find the next record after a broken one. */
const RECORD_START = Buffer.from('WARC/');
const RESYNC_MARK = Buffer.from('\nWARC/1.');

export interface WarcRecord {
  /** Where the record starts in the uncompressed stream. */
  offset: number;
  /** Header names lower-cased. */
  headers: Map<string, string>;
  type: string | null;
  targetUri: string | null;
  contentLength: number;
  /** Up to `n` first bytes of the block, without consuming them. */
  peek(n: number): Promise<Buffer>;
  /** The whole block (shorter if the archive is truncated). Not calling it skips the block without buffering it. */
  read(): Promise<Buffer>;
}

export type WarcItem = { record: WarcRecord } | { error: WhosaidError; offset: number };

/** Reads records from decompressed WARC bytes. */
export async function* readWarcRecords(source: AsyncIterable<Buffer | Uint8Array>): AsyncGenerator<WarcItem> {
  const reader = new ByteReader(source[Symbol.asyncIterator]());
  for (;;) {
    await reader.skipLineBreaks();
    if (await reader.atEnd()) return;
    const offset = reader.offset;
    const head = await reader.readUntil(HEADER_END, MAX_HEADER_BYTES);
    let record: WarcRecord;
    try {
      if (head === null) throw broken(offset, 'record header not terminated');
      record = parseRecordHeader(head, offset, reader);
    } catch (error) {
      yield { error: asBroken(error, offset), offset };
      // Look for the next record from just after where this one claimed to start: the bad "header" may hold it.
      if (head !== null) reader.rewindTo(offset + 1);
      if (!(await reader.resync())) return;
      continue;
    }
    const end = reader.offset + record.contentLength;
    yield { record };
    if (reader.offset < end) await reader.skip(end - reader.offset);
    if (reader.offset < end) {
      yield {
        error: broken(offset, `truncated: ${end - reader.offset} of ${record.contentLength} bytes missing`),
        offset,
      };
      return;
    }
  }
}

function parseRecordHeader(head: Buffer, offset: number, reader: ByteReader): WarcRecord {
  const lines = head.toString('utf8').split(/\r?\n/);
  if (!lines[0].startsWith('WARC/'))
    throw broken(offset, `expected a WARC/ version line, found '${lines[0].slice(0, 20)}'`);
  const headers = new Map<string, string>();
  for (const line of lines.slice(1)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  const lengthText = headers.get('content-length');
  if (lengthText === undefined || !/^\d+$/.test(lengthText)) {
    throw broken(offset, `no valid Content-Length (${lengthText ?? 'missing'})`);
  }
  const contentLength = Number(lengthText);
  const blockStart = reader.offset;
  return {
    offset,
    headers,
    type: headers.get('warc-type')?.toLowerCase() ?? null,
    targetUri: headers.get('warc-target-uri')?.replace(/^<|>$/g, '') ?? null,
    contentLength,
    peek: (n) => {
      if (reader.offset !== blockStart) throw new Error('internal: WARC block already consumed');
      return reader.peek(Math.min(n, contentLength));
    },
    read: async () => {
      if (reader.offset !== blockStart) throw new Error('internal: WARC block already consumed');
      // A short block (the stream ended) is returned as it is; the record loop reports the truncation.
      return reader.read(contentLength);
    },
  };
}

function broken(offset: number, reason: string): WhosaidError {
  return new WhosaidError('E060', `at byte ${offset}: ${reason}`);
}

function asBroken(error: unknown, offset: number): WhosaidError {
  if (error instanceof WhosaidError) return error;
  return broken(offset, error instanceof Error ? error.message : String(error));
}

/**
 * Buffered reading over an async iterator of chunks, counting the offset.
 * Holds at most one header section or one requested block, plus a chunk.
 */
class ByteReader {
  private buffer: Buffer = Buffer.alloc(0);
  private position = 0;
  private consumed = 0;
  private done = false;

  constructor(private readonly chunks: AsyncIterator<Buffer | Uint8Array>) {}

  get offset(): number {
    return this.consumed + this.position;
  }

  private get available(): number {
    return this.buffer.length - this.position;
  }

  /** Appends the next chunk; false at the end of the stream. */
  private async fill(): Promise<boolean> {
    if (this.done) return false;
    const next = await this.chunks.next();
    if (next.done) {
      this.done = true;
      return false;
    }
    const chunk = Buffer.isBuffer(next.value) ? next.value : Buffer.from(next.value);
    const rest = this.buffer.subarray(this.position);
    this.consumed += this.position;
    this.buffer = rest.length === 0 ? chunk : Buffer.concat([rest, chunk]);
    this.position = 0;
    return true;
  }

  async atEnd(): Promise<boolean> {
    while (this.available === 0) if (!(await this.fill())) return true;
    return false;
  }

  async skipLineBreaks(): Promise<void> {
    for (;;) {
      while (this.position < this.buffer.length) {
        const byte = this.buffer[this.position];
        if (byte !== 13 && byte !== 10) return;
        this.position++;
      }
      if (!(await this.fill())) return;
    }
  }

  /** Bytes up to and including `delimiter`, or null if it is not within `limit` bytes (nothing consumed then). */
  async readUntil(delimiter: Buffer, limit: number): Promise<Buffer | null> {
    let searchFrom = this.position;
    for (;;) {
      const found = this.buffer.indexOf(delimiter, searchFrom);
      if (found >= 0 && found + delimiter.length - this.position <= limit) {
        const result = this.buffer.subarray(this.position, found + delimiter.length);
        this.position = found + delimiter.length;
        return result;
      }
      if (this.available >= limit) return null;
      const scanned = this.available;
      if (!(await this.fill())) return null;
      searchFrom = this.position + Math.max(0, scanned - delimiter.length + 1);
    }
  }

  async peek(n: number): Promise<Buffer> {
    while (this.available < n) if (!(await this.fill())) break;
    return this.buffer.subarray(this.position, this.position + Math.min(n, this.available));
  }

  /** `n` bytes, or fewer at the end of the stream. */
  async read(n: number): Promise<Buffer> {
    if (this.available >= n) {
      const result = this.buffer.subarray(this.position, this.position + n);
      this.position += n;
      return result;
    }
    const parts: Buffer[] = [this.buffer.subarray(this.position)];
    let have = this.available;
    this.consumed += this.buffer.length;
    this.buffer = Buffer.alloc(0);
    this.position = 0;
    while (have < n && (await this.fill())) {
      const take = Math.min(n - have, this.buffer.length);
      parts.push(this.buffer.subarray(0, take));
      this.position = take;
      have += take;
    }
    return Buffer.concat(parts, have);
  }

  /** Streams past `n` bytes without keeping them. */
  async skip(n: number): Promise<void> {
    let left = n;
    for (;;) {
      const take = Math.min(left, this.available);
      this.position += take;
      left -= take;
      if (left === 0 || !(await this.fill())) return;
    }
  }

  /** Goes back to an offset still in the buffer (the header just read). */
  rewindTo(offset: number): void {
    const position = offset - this.consumed;
    if (position >= 0 && position <= this.position) this.position = position;
  }

  /** Moves to the next line starting `WARC/1.`; false if there is none. */
  async resync(): Promise<boolean> {
    for (;;) {
      const found = this.buffer.indexOf(RESYNC_MARK, this.position);
      if (found >= 0) {
        this.position = found + 1;
        return true;
      }
      // Keep a tail that could be the start of the mark split across chunks.
      this.position = Math.max(this.position, this.buffer.length - RESYNC_MARK.length);
      if (!(await this.fill())) {
        this.position = this.buffer.length;
        return false;
      }
    }
  }
}

/** True when bytes start like a WARC file (for error messages on misnamed inputs). */
export function looksLikeWarc(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 5)).equals(RECORD_START);
}
