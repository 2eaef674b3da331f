import { type ErrorCode, oneLine, WhosaidError } from '../core/index.js';
import type { CommandIO } from './command.js';

/** Writes and waits when the stream is full, so a slow pipe holds us back instead of filling memory. */
export function write(stream: NodeJS.WritableStream, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const ok = stream.write(text, (error) => (error ? reject(error) : undefined));
    if (ok) resolve();
    else stream.once('drain', resolve);
  });
}

/** Any thrown value as a catalogue error: unexpected ones become E090 (internal error). */
export function asWhosaidError(error: unknown): WhosaidError {
  return error instanceof WhosaidError ? error : new WhosaidError('E090', oneLine(error));
}

/** `E010 file not found`: the code first, so scripts can match it. */
export function describe(error: WhosaidError): string {
  return `${error.code satisfies ErrorCode} ${oneLine(error.message)}`;
}

/** One stderr line (`whosaid: FILE: reason`), plus the stack when WHOSAID_DEBUG=1. */
export async function reportFailure(io: CommandIO, where: string, error: unknown): Promise<WhosaidError> {
  const failure = asWhosaidError(error);
  await write(io.stderr, `whosaid: ${where}: ${describe(failure)}\n`);
  if (process.env.WHOSAID_DEBUG === '1' && error instanceof Error && error.stack) {
    await write(io.stderr, `${error.stack}\n`);
  }
  return failure;
}

/** File names as they can be printed on one line. */
export function printableName(file: string): string {
  return file.replace(/\p{Cc}/gu, '?');
}
