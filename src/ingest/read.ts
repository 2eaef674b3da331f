import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { WhosaidError } from '../core/index.js';

/** The argument that means "read standard input". */
export const STDIN = '-';

/** URLs other than http(s): ftp://, file://, s3://... */
const OTHER_URL = /^(?!https?:)[a-z][a-z0-9+.-]*:\/\//i;

/** The raw bytes of one input, never more than `maxBytes`. */
export async function readInputBytes(
  input: string,
  maxBytes: number,
  stdin: NodeJS.ReadableStream,
): Promise<Uint8Array> {
  if (input === STDIN) return readStreamWithLimit(stdin, maxBytes);
  if (OTHER_URL.test(input)) throw new WhosaidError('E024', `URL scheme ${input.split(':')[0]}: (only http and https)`);
  const info = await statFile(input);
  if (!info.isFile()) {
    // A pipe or device (/dev/stdin, a FIFO): no size to check in advance, so stream it.
    return readStreamWithLimit(createReadStream(input), maxBytes);
  }
  if (info.size > maxBytes) throw tooLarge(info.size, maxBytes);
  return readFile(input).catch((error: unknown) => {
    throw fileError(error);
  });
}

/** The file's stat, refusing missing files and directories with their catalogue codes. */
export async function statFile(path: string) {
  const info = await stat(path).catch((error: unknown) => {
    throw fileError(error);
  });
  if (info.isDirectory()) throw new WhosaidError('E011');
  return info;
}

/** Reads until the end or until `maxBytes` is passed, so a runaway pipe cannot fill memory. */
async function readStreamWithLimit(stream: NodeJS.ReadableStream, maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stream) {
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
      total += buffer.length;
      if (total > maxBytes) {
        (stream as NodeJS.ReadableStream & { destroy?: () => void }).destroy?.();
        throw tooLarge(total, maxBytes, true);
      }
      chunks.push(buffer);
    }
  } catch (error) {
    if (error instanceof WhosaidError) throw error;
    throw fileError(error);
  }
  return Buffer.concat(chunks, total);
}

function tooLarge(size: number, maxBytes: number, atLeast = false): WhosaidError {
  const shown = `${atLeast ? 'more than ' : ''}${formatBytes(atLeast ? maxBytes : size)}`;
  return new WhosaidError('E023', `${shown}, limit ${formatBytes(maxBytes)} (raise it with --max-bytes)`);
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${+(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${+(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} bytes`;
}

export function fileError(error: unknown): WhosaidError {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return new WhosaidError('E010');
  if (code === 'EISDIR') return new WhosaidError('E011');
  if (code === 'EACCES' || code === 'EPERM') return new WhosaidError('E012', 'permission denied');
  return new WhosaidError('E012', code ?? (error instanceof Error ? error.message : String(error)));
}
