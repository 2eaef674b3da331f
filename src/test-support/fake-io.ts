import { PassThrough, Readable } from 'node:stream';
import type { CommandIO } from '../cli/command.js';

export interface FakeIO {
  io: CommandIO;
  stdout: () => string;
  stderr: () => string;
}

/** Streams that record what a command writes, and stdin with the given bytes. */
export function fakeIO(stdinData: string | Uint8Array = '', options: { tty?: boolean } = {}): FakeIO {
  const record = () => {
    const stream = new PassThrough();
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
  };
  const out = record();
  const err = record();
  const stdout = Object.assign(out.stream, { isTTY: options.tty ?? false });
  const stdin = Readable.from([Buffer.from(stdinData)]);
  return { io: { stdout, stderr: err.stream, stdin }, stdout: out.text, stderr: err.text };
}
