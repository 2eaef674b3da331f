import { decodeText } from './decode.js';
import { readInputBytes } from './read.js';

export { decodeText } from './decode.js';
export { formatBytes, STDIN } from './read.js';

/** Default `--max-bytes`: far above any news article, low enough to refuse a stray disk image. */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

export interface ReadOptions {
  maxBytes?: number;
  stdin?: NodeJS.ReadableStream;
}

/**
 * One input (a path, or `-` for stdin) as article text. Throws a WhosaidError
 * with a catalogue code for anything that is not readable UTF-8 text.
 */
export async function readInputText(input: string, options: ReadOptions = {}): Promise<string> {
  const bytes = await readInputBytes(input, options.maxBytes ?? DEFAULT_MAX_BYTES, options.stdin ?? process.stdin);
  return decodeText(bytes);
}
