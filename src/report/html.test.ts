import { describe, expect, it } from 'vitest';
import { Doc } from '../core/index.js';
import { attributionItem } from '../test-support/attribution.js';
import { embedJson, escapeHtml, renderHtml } from './html.js';
import { segmentText } from './html-segments.js';
import { toContractDocument } from './json.js';

describe('escaping', () => {
  it('escapes markup in text and attributes', () => {
    expect(escapeHtml(`<img src=x onerror="alert(1)">&'`)).toBe(
      '&#60;img src=x onerror=&#34;alert(1)&#34;&#62;&#38;&#39;',
    );
  });

  it('embeds JSON that cannot close its script block and parses back unchanged', () => {
    const value = { text: '</script><script>alert(1)</script><!-- & \u2028' };
    const embedded = embedJson(value);
    expect(embedded).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(embedded)).toEqual(value);
  });
});

describe('renderHtml', () => {
  const text = 'Ann said <script>alert(1)</script> was fine.\n\n[ad_1]\n';
  const doc = new Doc(text, 'x.txt');
  const at = (phrase: string) => ({ start: text.indexOf(phrase), end: text.indexOf(phrase) + phrase.length });
  doc.attributions = [
    attributionItem({ source: [at('Ann')], cue: [at('said')], content: [at('<script>alert(1)</script> was fine')] }),
  ];
  doc.boilerplate = [{ ...at('[ad_1]'), kind: 'ad-marker' }];
  const html = renderHtml(doc);

  it('is one self-contained page: no external URLs, inline style and script under a strict policy', () => {
    expect(html).not.toMatch(/\b(?:src|href)=["']?(?:https?:)?\/\//);
    expect(html).toContain('default-src &#39;none&#39;');
    expect(html.match(/<script\b/g)).toHaveLength(2);
  });

  it('never lets article text become markup', () => {
    const body = html.slice(html.indexOf('<div class="body">'), html.indexOf('</article>'));
    expect(body).not.toContain('<script');
    expect(body).toContain('&#60;script&#62;alert(1)&#60;/script&#62;');
    const data = html.slice(html.indexOf('id="whosaid-data">'), html.lastIndexOf('<script>'));
    expect(data.indexOf('</script>')).toBe(data.length - '</script>\n'.length);
  });

  it('dims boilerplate and makes the attribution focusable', () => {
    expect(html).toContain('<span class="boilerplate">[ad_1]</span>');
    expect(html.match(/tabindex="0"/g)).toHaveLength(1);
  });
});

describe('segmentText', () => {
  it('splits overlapping and nested spans into runs, the innermost attribution winning', () => {
    const text = 'The Times reported Ann said it rained.';
    const doc = new Doc(text, 'x.txt');
    const at = (phrase: string) => ({ start: text.indexOf(phrase), end: text.indexOf(phrase) + phrase.length });
    const base = { kind: 'indirect' as const, confidence: 1, entity: null, via: null, rule: 'test' };
    doc.attributions = [
      { ...base, source: [at('The Times')], cue: [at('reported')], content: [at('Ann said it rained')], parent: null },
      { ...base, source: [at('Ann')], cue: [at('said')], content: [at('it rained')], parent: 0 },
    ];
    const segments = segmentText(toContractDocument(doc));
    expect(segments.map((s) => text.slice(s.start, s.end)).join('')).toBe(text);
    const of = (phrase: string) => segments.find((s) => text.slice(s.start, s.end) === phrase);
    expect(of('Ann')).toMatchObject({ role: 'source', attribution: 1, outer: [0] });
    expect(of('it rained')).toMatchObject({ role: 'content', attribution: 1, outer: [0] });
    expect(of('The Times')).toMatchObject({ role: 'source', attribution: 0, outer: [] });
  });

  it('keeps offsets in UTF-16 code units around astral characters', () => {
    const text = '😀 Bo said 😀 yes.';
    const doc = new Doc(text, 'x.txt');
    const start = text.indexOf('Bo');
    doc.attributions = [
      attributionItem({
        source: [{ start, end: start + 2 }],
        cue: [{ start: start + 3, end: start + 7 }],
        content: [{ start: start + 8, end: text.length - 1 }],
      }),
    ];
    const segments = segmentText(toContractDocument(doc));
    expect(segments.filter((s) => s.role).map((s) => text.slice(s.start, s.end))).toEqual(['Bo', 'said', '😀 yes']);
  });
});
