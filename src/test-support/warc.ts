import { gzipSync } from 'node:zlib';

/** Builders for WARC test archives: records as bytes, exactly as ISO 28500 lays them out. */

export function httpResponse(status: number, headers: Record<string, string>, body: Buffer | string): Buffer {
  const head = [
    `HTTP/1.1 ${status} ${status === 200 ? 'OK' : 'Other'}`,
    ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`),
  ];
  return Buffer.concat([Buffer.from(`${head.join('\r\n')}\r\n\r\n`), Buffer.from(body)]);
}

/** Chunked transfer encoding of `body` in pieces of `size` bytes. */
export function chunked(body: Buffer | string, size = 100): Buffer {
  const bytes = Buffer.from(body);
  const parts: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += size) {
    const piece = bytes.subarray(i, i + size);
    parts.push(Buffer.from(`${piece.length.toString(16)}\r\n`), piece, Buffer.from('\r\n'));
  }
  parts.push(Buffer.from('0\r\n\r\n'));
  return Buffer.concat(parts);
}

export interface RecordSpec {
  type: string;
  uri?: string;
  block: Buffer | string;
  contentType?: string;
  /** Declared Content-Length, when a test wants it wrong. */
  contentLength?: string;
}

let recordNumber = 0;

export function warcRecord(spec: RecordSpec): Buffer {
  const block = Buffer.from(spec.block);
  const contentType =
    spec.contentType ??
    (spec.type === 'response' || spec.type === 'request' ? `application/http; msgtype=${spec.type}` : 'text/plain');
  const headers = [
    'WARC/1.0',
    `WARC-Type: ${spec.type}`,
    `WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-${String(recordNumber++).padStart(12, '0')}>`,
    'WARC-Date: 2025-02-11T14:32:00Z',
    ...(spec.uri ? [`WARC-Target-URI: ${spec.uri}`] : []),
    `Content-Type: ${contentType}`,
    `Content-Length: ${spec.contentLength ?? block.length}`,
  ];
  return Buffer.concat([Buffer.from(`${headers.join('\r\n')}\r\n\r\n`), block, Buffer.from('\r\n\r\n')]);
}

/** A small news page with a title, for response records. */
export function newsPage(n: number): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Story ${n} | Test Wire</title>
<meta property="og:site_name" content="Test Wire"></head><body><nav><a href="/">Home</a></nav><article><h1>Story ${n}</h1>
<p>Officials said on Tuesday that story number ${n} had been filed from the harbour, where crews worked through the night.</p>
<p>“We expect the quay to reopen on Thursday,” the harbour master said, adding that divers would inspect every berth first.</p>
</article></body></html>`;
}

export const gzipEach = (records: Buffer[]): Buffer => Buffer.concat(records.map((record) => gzipSync(record)));
