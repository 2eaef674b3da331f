import { describe, expect, it } from 'vitest';
import { parseHtml } from './dom.js';
import { textBlocks } from './text-blocks.js';

function blocksOf(html: string) {
  const document = parseHtml(`<html><body>${html}</body></html>`);
  return textBlocks(document.body as NonNullable<typeof document.body>);
}

describe('textBlocks', () => {
  it('treats elements Readability renames in upper case ("P", "DIV") as blocks', () => {
    const document = parseHtml(
      '<html><body><span>First line</span><b>Second paragraph</b><b>Third paragraph</b></body></html>',
    );
    const body = document.body as NonNullable<typeof document.body>;
    for (const bold of [...body.querySelectorAll('b')]) {
      const p = document.createElement('P');
      body.replaceChild(p, bold);
      p.appendChild(bold);
    }
    expect(textBlocks(body).map((block) => block.text)).toEqual(['First line', 'Second paragraph', 'Third paragraph']);
  });

  it('marks a line that is all link text as link-only, and a sentence with a link as prose', () => {
    const [menu, prose] = blocksOf(
      '<p><a href="/a">Home</a> | <a href="/b">News</a></p><p>The <a href="/r">report</a> was published on Monday by the council.</p>',
    );
    expect(menu.lines[0].linkOnly).toBe(true);
    expect(prose.lines[0].linkOnly).toBe(false);
  });
});
