import { WhosaidError } from '../core/index.js';

/**
 * Share of control bytes (C0 except tab, line breaks and form feed, plus DEL)
 * above which a file is called binary. Real text has none or a stray few
 * (an old wire file's 0x1A end mark); images and archives have far more.
 */
const MAX_CONTROL_SHARE = 0.05;
/** Counting stops after this many bytes: enough to tell text from binary, cheap on 10 MB. */
const BINARY_SAMPLE_BYTES = 64 * 1024;

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * The article text exactly as the bytes say: UTF-8, a leading BOM dropped
 * (TextDecoder does that), nothing else touched, so offsets line up with the file.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new WhosaidError('E022', 'the file has no bytes');
  if (looksLikeUtf16(bytes)) throw new WhosaidError('E021', 'the file looks like UTF-16; save it as UTF-8');
  if (looksBinary(bytes)) throw new WhosaidError('E020');
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new WhosaidError('E021', `first bad byte at offset ${firstInvalidUtf8Byte(bytes)}`);
  }
  if (text.trim() === '') throw new WhosaidError('E022', 'only white space');
  return text;
}

function looksLikeUtf16(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
}

function looksBinary(bytes: Uint8Array): boolean {
  if (bytes.indexOf(0) >= 0) return true; // no text format we read contains NUL
  const sampleLength = Math.min(bytes.length, BINARY_SAMPLE_BYTES);
  let controls = 0;
  for (let i = 0; i < sampleLength; i++) {
    if (isControlByte(bytes[i])) controls++;
  }
  return controls / sampleLength > MAX_CONTROL_SHARE;
}

function isControlByte(byte: number): boolean {
  // 9 tab, 10 LF, 11 VT, 12 FF, 13 CR are at home in text.
  return (byte < 32 && (byte < 9 || byte > 13)) || byte === 127;
}

/** For the error message: the offset of the first byte that starts no well-formed sequence. */
function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const length = utf8SequenceLength(bytes, i);
    if (length === 0) return i;
    i += length;
  }
  return bytes.length;
}

/** Length of the well-formed UTF-8 sequence at `i`, or 0 (RFC 3629 table 3-7). */
function utf8SequenceLength(bytes: Uint8Array, i: number): number {
  const b0 = bytes[i];
  if (b0 < 0x80) return 1;
  const isCont = (k: number) => i + k < bytes.length && (bytes[i + k] & 0xc0) === 0x80;
  if (b0 >= 0xc2 && b0 <= 0xdf) return isCont(1) ? 2 : 0;
  if (b0 >= 0xe0 && b0 <= 0xef) {
    const b1 = bytes[i + 1];
    if (b0 === 0xe0 && b1 < 0xa0) return 0; // overlong
    if (b0 === 0xed && b1 > 0x9f) return 0; // surrogate
    return isCont(1) && isCont(2) ? 3 : 0;
  }
  if (b0 >= 0xf0 && b0 <= 0xf4) {
    const b1 = bytes[i + 1];
    if (b0 === 0xf0 && b1 < 0x90) return 0; // overlong
    if (b0 === 0xf4 && b1 > 0x8f) return 0; // beyond U+10FFFF
    return isCont(1) && isCont(2) && isCont(3) ? 4 : 0;
  }
  return 0;
}
