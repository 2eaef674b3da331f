import { describe, expect, it } from 'vitest';
import { type HtmlElement, parseHtml } from './dom.js';
import { extractArticle } from './html.js';
import { isTeaserCard } from './teasers.js';

const PROSE = [
  'The city council approved the budget on Tuesday after a long debate over library hours and road repairs.',
  'Mayor Dana Whitlock said the cuts were needed to rebuild a reserve fund that fell sharply during the pandemic.',
  'Council member Ruth Abernathy said the vote had been rushed and that members saw the final figures only on Friday.',
  'City engineer Walter Quintero told the council that two road projects would move to next year.',
];

const TEASERS = [
  ['Bridge to close for six weeks', 'Drivers face a diversion of up to nine miles while the work is carried out.'],
  ['Council tax to rise', 'The authority said the increase was needed to cover rising costs in social care.'],
  ['Mill to become homes', 'A planning inspector overruled councillors, who had rejected the scheme last year.'],
];

function page(article: string, after = ''): string {
  return `<!DOCTYPE html><html><body><main><article>${article}</article>${after}</main></body></html>`;
}

function element(html: string): HtmlElement {
  return parseHtml(`<html><body>${html}</body></html>`).body?.children[0] as HtmlElement;
}

describe('teaser cards', () => {
  it('removes a "More from" box of headline links with descriptions and time stamps, heading and all', () => {
    const cards = TEASERS.map(
      ([headline, description], index) =>
        `<div class="card"><a href="/n/${index}"><span>${headline}</span></a><p>${description}</p><time>${index + 4} min ago</time></div>`,
    ).join('');
    const html = page(
      PROSE.map((p) => `<p>${p}</p>`).join(''),
      `<section><h2>Elsewhere on the Ledger</h2>${cards}</section>`,
    );
    expect(extractArticle(html).text).toBe(PROSE.join('\n\n'));
  });

  it('removes a most-read list whose items hold a thumbnail, a linked heading and a teaser sentence', () => {
    const items = TEASERS.map(
      ([headline, description], index) =>
        `<li><a href="/n/${index}"><img src="t.jpg"></a><div><h3><a href="/n/${index}">${headline}</a></h3><p>${description}</p><span>${index * 7} comments</span></div></li>`,
    ).join('');
    const html = page(PROSE.map((p) => `<p>${p}</p>`).join(''), `<div><h3>Most read</h3><ul>${items}</ul></div>`);
    expect(extractArticle(html).text).toBe(PROSE.join('\n\n'));
  });

  it('removes the bold heading set just before a table of cards on an old layout', () => {
    const rows = TEASERS.map(
      ([headline, description], index) =>
        `<tr><td><font size="2"><a href="/n/${index}"><b>${headline}</b></a><br>${description}</font></td></tr>`,
    ).join('');
    const html = `<html><body><table><tr><td>${PROSE.join('<br><br>')}<br><br><font size="2"><b>Other recent news</b></font><table>${rows}</table></td></tr></table></body></html>`;
    expect(extractArticle(html).text).toBe(PROSE.join('\n\n'));
  });

  it('removes a list of links with the heading over it, but keeps a heading over a list in the story', () => {
    const links = TEASERS.map(([headline], index) => `<li><a href="/n/${index}">${headline}</a></li>`).join('');
    const points = ['Roads: $4.1m for resurfacing', 'Library: Sunday hours cut', 'Parks: two new rangers'];
    const html = page(
      `<p>${PROSE[0]}</p><h2>What the budget does</h2><ul>${points.map((p) => `<li>${p}</li>`).join('')}</ul><p>${PROSE[1]}</p><p>${PROSE[2]}</p><div><h2>Elsewhere on the Ledger</h2><ul>${links}</ul></div>`,
    );
    expect(extractArticle(html).text).toBe(
      [PROSE[0], 'What the budget does', ...points, PROSE[1], PROSE[2]].join('\n\n'),
    );
  });

  it('keeps paragraphs that open with a link, and a list in the story whose items link inline', () => {
    const story = [
      `<p><a href="/people/whitlock">Mayor Dana Whitlock</a> said the cuts were needed to rebuild the reserve fund.</p>`,
      `<p><a href="/people/abernathy">Ruth Abernathy</a> said the vote had been rushed through the chamber.</p>`,
      `<p><a href="/people/quintero">Walter Quintero</a> told the council two road projects would wait.</p>`,
      '<ul>',
      '<li><a href="/r/1">The auditor\'s report</a> found the reserve had fallen by half since 2020.</li>',
      '<li><a href="/r/2">A staff memo</a> warned that library hours would be cut on Sundays.</li>',
      '<li><a href="/r/3">The roads survey</a> listed forty streets in need of repair this year.</li>',
      '</ul>',
      `<p>${PROSE[0]}</p><p>${PROSE[1]}</p>`,
    ].join('');
    const text = extractArticle(page(story)).text;
    expect(text).toContain('Mayor Dana Whitlock said the cuts');
    expect(text).toContain('Walter Quintero told the council');
    expect(text).toContain("The auditor's report found the reserve");
    expect(text).toContain('The roads survey listed forty streets');
  });

  it('keeps a page that is nothing but cards (a round-up), rather than leave nothing', () => {
    const cards = [...TEASERS, ...TEASERS]
      .map(([headline, description]) => `<div><h2><a href="/x">${headline}</a></h2><p>${description}</p></div>`)
      .join('');
    const text = extractArticle(page(cards)).text;
    expect(text).toContain(TEASERS[0][1]);
  });

  it('keeps a live blog whose short entries open with a permalinked time stamp', () => {
    const entries = PROSE.map(
      (p, index) => `<div class="entry"><a href="/live/budget?entry=${index}">14:2${index} GMT</a><p>${p}</p></div>`,
    ).join('');
    expect(extractArticle(page(entries)).text).toBe(PROSE.join('\n\n'));
  });

  it('knows a card by a headline link on its own line and little text beside it', () => {
    expect(isTeaserCard(element('<li><a href="/a">Bridge closes for repairs</a><br>A short description.</li>'))).toBe(
      true,
    );
    expect(isTeaserCard(element('<li><a href="/a">Headline here</a></li>'))).toBe(true);
    expect(isTeaserCard(element('<li><a href="/a">The report</a> found the fund fell by half.</li>'))).toBe(false);
    expect(isTeaserCard(element('<li>Plain item with no link at all</li>'))).toBe(false);
    expect(isTeaserCard(element('<div><a href="/live?e=1">2 hours ago</a><p>Polls have closed.</p></div>'))).toBe(
      false,
    );
    expect(isTeaserCard(element(`<div><a href="/a">Headline</a><p>${PROSE.join(' ')}</p></div>`))).toBe(false);
    expect(isTeaserCard(element('<p><a href="/a">Headline</a><br>Text</p>'))).toBe(false);
  });
});
