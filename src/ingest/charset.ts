/**
 * Bytes of a web page → string, choosing the character set the way browsers
 * do (WHATWG Encoding and HTML "determining the character encoding"), in this
 * order: a byte-order mark, the HTTP Content-Type charset, a `<meta charset>`
 * or `http-equiv` declaration (or an XML declaration) near the top, and only
 * then a guess: valid UTF-8 is UTF-8, anything else windows-1252 — what
 * browsers fall back to for Western pages, and a superset of ISO-8859-1.
 */

/** How far into the page a charset declaration is looked for. The spec's prescan reads 1024 bytes; real pages put a long comment or script first, so we look further. */
const PRESCAN_BYTES = 8192;

export type CharsetSource = 'bom' | 'http' | 'meta' | 'sniffed' | 'default';

export interface DecodedPage {
  text: string;
  /** The WHATWG name of the encoding used, e.g. `utf-8`, `windows-1252`, `shift_jis`. */
  charset: string;
  source: CharsetSource;
}

/** The `charset=` parameter of a Content-Type header value, or null. */
export function charsetFromContentType(contentType: string | null | undefined): string | null {
  const match = contentType?.match(/;\s*charset\s*=\s*["']?([^"';\s]+)/i);
  return match ? match[1] : null;
}

/** Decodes an HTML page, honouring `httpCharset` (from the Content-Type header) when it names a known encoding. */
export function decodeHtml(bytes: Uint8Array, httpCharset: string | null = null): DecodedPage {
  const bom = bomEncoding(bytes);
  if (bom) return decodeAs(bytes, bom, 'bom');
  const fromHeader = httpCharset ? knownEncoding(httpCharset) : null;
  if (fromHeader) return decodeAs(bytes, fromHeader, 'http');
  const declared = prescanCharset(bytes);
  if (declared) return decodeAs(bytes, declared, 'meta');
  if (isValidUtf8(bytes)) return decodeAs(bytes, 'utf-8', 'sniffed');
  return decodeAs(bytes, 'windows-1252', 'default');
}

function decodeAs(bytes: Uint8Array, encoding: string, source: CharsetSource): DecodedPage {
  if (encoding === 'windows-1252') return { text: decodeWindows1252(bytes), charset: encoding, source };
  // Not fatal: a page declared correctly but with one stray bad byte gets one U+FFFD, not a different charset.
  const decoder = new TextDecoder(encoding);
  return { text: decoder.decode(bytes), charset: decoder.encoding, source };
}

/**
 * What windows-1252 puts at 0x80–0x9F (curly quotes, dashes, €, …); the five
 * holes map to the C1 control of the same number, as WHATWG says.
 */
const WINDOWS_1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/**
 * Node 20's TextDecoder decodes windows-1252 (and so every page labelled
 * iso-8859-1 or us-ascii) as plain Latin-1, turning curly quotes into
 * invisible C1 controls; this does it right.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1');
  return latin1.replace(/[\x80-\x9f]/g, (char) => WINDOWS_1252_HIGH[char.charCodeAt(0) - 0x80]);
}

function bomEncoding(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** The WHATWG encoding a label names, or null if TextDecoder does not know it. */
export function knownEncoding(label: string): string | null {
  try {
    const encoding = new TextDecoder(label.trim()).encoding;
    // HTML spec: a page cannot really declare itself UTF-16 in ASCII bytes; such a meta means UTF-8.
    return encoding.startsWith('utf-16') ? 'utf-8' : encoding;
  } catch {
    return null;
  }
}

const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([^"'\s/>;]+)/gi;
const XML_ENCODING = /^\s*<\?xml\b[^>]*\bencoding\s*=\s*["']([^"']+)["']/i;

/** A charset declared in the first few KB: `<meta charset>`, `<meta http-equiv content="...; charset=">`, `<?xml encoding>`. */
export function prescanCharset(bytes: Uint8Array): string | null {
  // Latin-1 maps each byte to one char, so ASCII markup reads right whatever the real encoding.
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, PRESCAN_BYTES))
    .toString('latin1')
    .replace(/<!--[\s\S]*?-->/g, '');
  const xml = head.match(XML_ENCODING);
  if (xml) {
    const encoding = knownEncoding(xml[1]);
    if (encoding) return encoding;
  }
  for (const match of head.matchAll(META_CHARSET)) {
    const encoding = knownEncoding(match[1]);
    if (encoding) return encoding;
  }
  return null;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

export function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    strictUtf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}
