import { describe, expect, it } from 'vitest';
import { charsetFromContentType, decodeHtml, decodeWindows1252, prescanCharset } from './charset.js';

const page = (head: string, body: string) =>
  `<!DOCTYPE html><html><head>${head}</head><body><p>${body}</p></body></html>`;
const latin = (text: string) => Buffer.from(text, 'latin1');

describe('decodeHtml', () => {
  it('follows <meta charset> and http-equiv for windows-1252, with curly quotes and the euro sign', () => {
    const bytes = Buffer.concat([
      latin(page('<meta charset="windows-1252">', '')),
      Buffer.from([0x93, 0x80, 0x35, 0x94]),
    ]);
    const decoded = decodeHtml(bytes);
    expect(decoded).toMatchObject({ charset: 'windows-1252', source: 'meta' });
    expect(decoded.text).toContain('“€5”');
    const equiv = latin(
      page('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">', 'caf\xe9 \x92'),
    );
    expect(decodeHtml(equiv).text).toContain('café ’'); // iso-8859-1 means windows-1252 on the web
  });

  it('reads Shift_JIS and other declared charsets through TextDecoder', () => {
    const bytes = Buffer.concat([latin(page('<meta charset="shift_jis">', '')), Buffer.from([0x93, 0xfa, 0x96, 0x7b])]);
    expect(decodeHtml(bytes).text).toContain('日本');
    const cyrillic = Buffer.concat([
      latin('<meta charset="windows-1251">'),
      Buffer.from([0xcc, 0xee, 0xf1, 0xea, 0xe2, 0xe0]),
    ]);
    expect(decodeHtml(cyrillic).text).toContain('Москва');
  });

  it('ranks a BOM over the HTTP header over the meta tag', () => {
    const utf8Page = Buffer.from(page('<meta charset="windows-1252">', 'naïve “quote”'));
    expect(decodeHtml(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8Page])).text).toContain('naïve “quote”');
    expect(decodeHtml(utf8Page, 'utf-8')).toMatchObject({ source: 'http', charset: 'utf-8' });
    expect(decodeHtml(utf8Page, 'utf-8').text).toContain('naïve “quote”');
    // A correctly declared page is never mojibaked: an unknown header label is ignored, the meta tag used.
    expect(decodeHtml(latin(page('<meta charset="windows-1252">', 'caf\xe9')), 'x-bogus').text).toContain('café');
  });

  it('sniffs UTF-8 when nothing is declared, else falls back to windows-1252', () => {
    expect(decodeHtml(Buffer.from('<p>Zoë said “yes”</p>'))).toMatchObject({ source: 'sniffed', charset: 'utf-8' });
    const legacy = decodeHtml(latin('<p>Zo\xeb said \x93yes\x94</p>'));
    expect(legacy).toMatchObject({ source: 'default', charset: 'windows-1252' });
    expect(legacy.text).toBe('<p>Zoë said “yes”</p>');
  });

  it('keeps a stray bad byte in a UTF-8 page as one U+FFFD instead of switching charset', () => {
    const bytes = Buffer.concat([
      Buffer.from('<meta charset="utf-8"><p>Zoë '),
      Buffer.from([0xff]),
      Buffer.from(' said</p>'),
    ]);
    expect(decodeHtml(bytes).text).toContain('Zoë \ufffd said');
  });
});

describe('charset helpers', () => {
  it('reads the charset parameter, XML declarations, and ignores commented-out metas', () => {
    expect(charsetFromContentType('text/html; charset="Shift_JIS"')).toBe('Shift_JIS');
    expect(charsetFromContentType('text/html')).toBeNull();
    expect(prescanCharset(latin('<?xml version="1.0" encoding="ISO-8859-2"?><html>'))).toBe('iso-8859-2');
    expect(prescanCharset(latin('<!-- <meta charset="koi8-r"> --><meta charset="utf-8">'))).toBe('utf-8');
    expect(prescanCharset(latin('<meta charset="utf-16">'))).toBe('utf-8');
    expect(prescanCharset(latin('<meta charset="no-such-charset">'))).toBeNull();
  });

  it('decodes all of windows-1252 as WHATWG maps it', () => {
    const all = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
    const text = decodeWindows1252(all);
    expect(text.length).toBe(256);
    expect(text.slice(0x80, 0x8a)).toBe('€\u0081‚ƒ„…†‡ˆ‰');
    expect(text.slice(0x91, 0x98)).toBe('‘’“”•–—');
    expect(text[0xe9]).toBe('é');
  });
});
