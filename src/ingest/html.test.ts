import { describe, expect, it } from 'vitest';
import { isFurnitureLine, isMenuLine } from './cleanup.js';
import { extractArticle } from './html.js';
import { firstIsoDate } from './metadata.js';

const PROSE = [
  'The city council approved the budget on Tuesday after a long debate over library hours and road repairs.',
  'Mayor Dana Whitlock said the cuts were needed to rebuild a reserve fund that fell sharply during the pandemic.',
  'Council member Ruth Abernathy said the vote had been rushed and that members saw the final figures only on Friday.',
  'City engineer Walter Quintero told the council that two road projects would move to next year.',
];

function story(head: string, body: string): string {
  return `<!DOCTYPE html><html><head>${head}</head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><main><article>${body}</article></main><footer>© 2024 The Ledger</footer></body></html>`;
}

describe('extractArticle: text', () => {
  it('gives paragraphs separated by a blank line and headings on their own', () => {
    const html = story(
      '',
      `<h1>Budget passes</h1><p>${PROSE[0]}</p><h2>Roads wait</h2><p>${PROSE[1]}</p><p>${PROSE[2]}</p>`,
    );
    expect(extractArticle(html).text).toBe(`${PROSE[0]}\n\nRoads wait\n\n${PROSE[1]}\n\n${PROSE[2]}`);
  });

  it('collapses white space, keeps one <br> as a line break and makes <br><br> a paragraph break', () => {
    const html = story(
      '',
      `<p>${PROSE[0]}</p><div>${PROSE[1]}<br>Second   line\n here.<br><br>${PROSE[2]}</div><p>${PROSE[3]}</p>`,
    );
    expect(extractArticle(html).text).toBe(
      `${PROSE[0]}\n\n${PROSE[1]}\nSecond line here.\n\n${PROSE[2]}\n\n${PROSE[3]}`,
    );
  });

  it('leaves out share bars, captions, newsletter boxes, related links, comment counts, ads and the byline', () => {
    const html = story(
      '',
      `<header><h1>Budget passes</h1><p class="byline">By Maria Hollis</p><a href="#comments">14 Comments</a></header>
      <div class="share-bar"><a>Share this article</a> <a>Facebook</a> <a>Email</a></div>
      <figure><img src="a.jpg"><figcaption>The council chamber on Tuesday. Photo by Dev Patel</figcaption></figure>
      <p>${PROSE[0]}</p><p>Advertisement</p><p>${PROSE[1]}</p>
      <div class="newsletter-box"><p>Sign up for the Morning Ledger newsletter to get the top stories in your inbox.</p></div>
      <p>Read more: <a href="/x">Library petition gathers 2,000 signatures</a></p>
      <p>${PROSE[2]}</p><p>Share on Facebook · Share on X</p>
      <ul><li><a href="/a">Water rates to rise</a></li><li><a href="/b">Fair returns</a></li></ul>
      <p>${PROSE[3]}</p>
      <div id="comments"><p>I think the council got this one badly wrong, and the library should stay open on Sundays for families.</p></div>`,
    );
    expect(extractArticle(html).text).toBe(PROSE.join('\n\n'));
  });

  it('keeps quotations, tables and code that pages wrap in <figure>, without the caption', () => {
    const html = story(
      '',
      `<p>${PROSE[0]}</p><figure><img src="a.jpg"><figcaption>The chamber. Photo: Dev Patel</figcaption></figure>
      <figure class="embed"><blockquote class="twitter-tweet"><p>The budget is done. Thanks to everyone who came out tonight.</p></blockquote><figcaption>A post by the mayor</figcaption></figure>
      <p>${PROSE[1]}</p><figure class="wp-block-table"><table><tr><td>Roads</td><td>$4.1m</td></tr></table></figure><p>${PROSE[2]}</p>`,
    );
    expect(extractArticle(html).text).toBe(
      `${PROSE[0]}\n\nThe budget is done. Thanks to everyone who came out tonight.\n\n${PROSE[1]}\n\nRoads $4.1m\n\n${PROSE[2]}`,
    );
  });

  it('splits <br><br> paragraphs on old <font> layouts', () => {
    const html = `<html><body><table><tr><td><font size="2">By Tom Ridge<br>June 6, 2024</font><br><br><font size="3">${PROSE[0]}<br><br>${PROSE[1]}<br><br>${PROSE[2]}</font></td></tr></table></body></html>`;
    expect(extractArticle(html).text).toBe(PROSE.slice(0, 3).join('\n\n'));
  });

  it('keeps the story column of an old table layout without the side columns, and a table in the story', () => {
    const events =
      '<b>Coming up</b><br>Sat 23 Sep<br>Harvest supper, Village Hall, 7pm.<br>Tue 26 Sep<br>Parish council meeting.';
    const results = '<table><tr><td>Roads</td><td>$4.1m</td></tr><tr><td>Library</td><td>$0.9m</td></tr></table>';
    const more = [
      'Residents packed the public gallery for the vote, and several stood in the corridor outside the chamber, where speakers had been set up so they could follow the debate.',
      'The finance committee will publish a breakdown of the savings next month, and the mayor has promised a town hall meeting in each ward before the summer recess begins.',
      'Opposition members said they would table an amendment to restore Sunday opening at the central library, funded from the reserve that the budget is meant to rebuild.',
    ];
    const body = `${PROSE.join('<br><br>')}<br><br>${results}<br><br>${more.join('<br><br>')}`;
    const html = `<html><body><table><tr><td>Visitors since 2004: 10,482</td><td>${body}</td><td>${events}</td></tr></table></body></html>`;
    expect(extractArticle(html).text).toBe(
      `${PROSE.join('\n\n')}\n\nRoads $4.1m\n\nLibrary $0.9m\n\n${more.join('\n\n')}`,
    );
  });

  it('drops lines that are nothing but links, but not headings that link to themselves', () => {
    const html = story(
      '',
      `<p>${PROSE[0]}</p><p><a href="/news">&lt;&lt; Back to News</a> | <a href="/print">Print this story</a></p>
      <h2 id="roads"><a href="#roads">Roads wait</a></h2><p>${PROSE[1]}</p><p>${PROSE[2]}</p>`,
    );
    expect(extractArticle(html).text).toBe(`${PROSE[0]}\n\nRoads wait\n\n${PROSE[1]}\n\n${PROSE[2]}`);
  });

  it('keeps subheads whose class calls them a header, with an anchor widget inside', () => {
    const anchor = '<div class="header-anchor-parent"><div id="§roads" class="header-anchor"><svg></svg></div></div>';
    const html = story(
      '',
      `<p>${PROSE[0]}</p><h2 class="header-anchor-post">Roads wait${anchor}</h2><p>${PROSE[1]}</p><p>${PROSE[2]}</p>`,
    );
    expect(extractArticle(html).text).toBe(`${PROSE[0]}\n\nRoads wait\n\n${PROSE[1]}\n\n${PROSE[2]}`);
  });

  it('drops a standfirst that repeats the page description, with the summary bullets it opens', () => {
    const description = 'Library hours cut and road repairs delayed as council rebuilds its reserve';
    const head = `<meta name="description" content="${description}">`;
    const line = story(head, `<p><b>${description}</b></p>${PROSE.map((p) => `<p>${p}</p>`).join('')}`);
    expect(extractArticle(line).text).toBe(PROSE.join('\n\n'));
    const bullets = story(
      head,
      `<ul><li>${description}</li><li>Two road projects will wait until next year</li></ul>${PROSE.map((p) => `<p>${p}</p>`).join('')}`,
    );
    expect(extractArticle(bullets).text).toBe(PROSE.join('\n\n'));
  });

  it('keeps a lede that the page description repeats, and a list in the story', () => {
    const head = `<meta name="description" content="${PROSE[0]}">`;
    const points = ['Roads: resurfacing delayed', 'Libraries: Sunday hours cut'];
    const html = story(
      head,
      `<p>${PROSE[0]}</p><ul>${points.map((p) => `<li>${p}</li>`).join('')}</ul>${PROSE.slice(1)
        .map((p) => `<p>${p}</p>`)
        .join('')}`,
    );
    expect(extractArticle(html).text).toBe([PROSE[0], ...points, ...PROSE.slice(1)].join('\n\n'));
  });

  it('drops a pull quote that repeats a sentence of the article', () => {
    const html = story(
      '',
      `<p>${PROSE[0]}</p><p>${PROSE[1]}</p><div class="big-quote"><blockquote>“the cuts were needed to rebuild a reserve fund”</blockquote></div><p>${PROSE[2]}</p>`,
    );
    expect(extractArticle(html).text).toBe(PROSE.slice(0, 3).join('\n\n'));
  });

  it('drops the headline when the page title carries the site name, and a byline that is only the name', () => {
    const html = `<html><head><title>The Ledger - Budget passes after late session</title><meta name="author" content="Maria Hollis"></head><body><div><b>Budget passes after late session</b><div>Maria Hollis</div>${PROSE.map((p) => `<p>${p}</p>`).join('')}</div></body></html>`;
    expect(extractArticle(html).text).toBe(PROSE.join('\n\n'));
  });

  it('drops a byline line in other languages, with its dates, but not a lede opening with the same word', () => {
    const byline = 'Par Noémie Laurent – Publié le 29/09/2024 à 18h20 Mis à jour le 29/09/2024 à 21h05';
    const lede =
      'Par ailleurs, le festival a accueilli plus de 40 000 visiteurs sur trois jours selon les organisateurs';
    const html = story('', `<p>${byline}</p><p>${lede}</p>${PROSE.map((p) => `<p>${p}</p>`).join('')}`);
    expect(extractArticle(html).text).toBe([lede, ...PROSE].join('\n\n'));
  });

  it('keeps the titles of live-blog entries from their headers, and drops a single article header', () => {
    const entry = (time: string, title: string, text: string) =>
      `<article class="post"><header class="post__header"><time>${time}</time><h3>${title}</h3></header><div><p>${text}</p></div><footer>Posted by Ana Ruiz</footer></article>`;
    const live = `<!DOCTYPE html><html><head><title>Storm live</title></head><body><header><a href="/">Home</a></header><main><section>${entry('16:52', 'Ferries stop for the night', PROSE[0])}${entry('16:20', 'Power cut for thousands', PROSE[1])}${entry('15:38', 'Bridge closed to lorries', PROSE[2])}</section></main></body></html>`;
    expect(extractArticle(live).text).toBe(
      `Ferries stop for the night\n\n${PROSE[0]}\n\nPower cut for thousands\n\n${PROSE[1]}\n\nBridge closed to lorries\n\n${PROSE[2]}`,
    );
    const single = story(
      '',
      `<header><h2>Council votes</h2><time>Tuesday</time></header><p>${PROSE[0]}</p><p>${PROSE[1]}</p>`,
    );
    expect(extractArticle(single).text).toBe(`${PROSE[0]}\n\n${PROSE[1]}`);
  });

  it('extracts a very long page in about linear time (a pathological input, not a benchmark)', () => {
    // 30,000 distinct paragraphs, about 8 MB: the pull-quote check once compared every pair (over a minute).
    const paragraphs = Array.from(
      { length: 30_000 },
      (_, i) => `<p>Paragraph ${i}: ${PROSE.slice(0, 1 + (i % PROSE.length)).join(' ')}</p>`,
    );
    const started = Date.now();
    const { text } = extractArticle(story('', paragraphs.join('')));
    expect(text.split('\n\n')).toHaveLength(30_000);
    expect(Date.now() - started).toBeLessThan(15_000);
  }, 120_000);

  it('flattens nesting deeper than real pages go, keeping the text (a pathological input)', () => {
    // Readability's walks grow with the cube of the depth: 3,000 nested <div>s took over a minute.
    const deep = `${'<div>'.repeat(3000)}<p>${PROSE[1]}</p>${'</div>'.repeat(3000)}`;
    const started = Date.now();
    const { text } = extractArticle(story('', `<p>${PROSE[0]}</p>${deep}<p>${PROSE[2]}</p><p>${PROSE[3]}</p>`));
    expect(text).toContain(PROSE[1]);
    expect(Date.now() - started).toBeLessThan(15_000);
  }, 120_000);

  it('removes a sign-up box but keeps story paragraphs that a paywall container wraps', () => {
    const behind = [
      'Library director Susan Park said the branch on Elm Street would close on Sundays from July, and that two part-time posts would not be filled when they fall vacant.',
      'Residents who spoke at the meeting said the Elm Street branch was the only quiet place in the neighbourhood where children could do homework after school.',
    ];
    const html = story(
      '',
      `${PROSE.map((p) => `<p>${p}</p>`).join('')}<div class="paywall-prompt"><p>Subscribe to keep reading.</p></div>
      <div class="paywall">${behind.map((p) => `<p>${p}</p>`).join('')}</div>`,
    );
    expect(extractArticle(html).text).toBe([...PROSE, ...behind].join('\n\n'));
  });

  it('removes a sign-up box with an email field however much it says', () => {
    const blurb = [
      'Sign up for our free travel briefing and never get caught in a jam again. We will send you the road closures, rail disruption and ferry updates every weekday morning.',
      'We use your sign-up to provide content in ways you have consented to and to improve our understanding of you, which may include adverts from us and from third parties.',
    ];
    const html = story(
      '',
      `${PROSE.map((p) => `<p>${p}</p>`).join('')}<div class="article__newsletter"><h3>Get the latest travel updates</h3>${blurb.map((p) => `<p>${p}</p>`).join('')}<form><input type="email"><button>Subscribe</button></form></div>`,
    );
    expect(extractArticle(html).text).toBe(PROSE.join('\n\n'));
  });

  it('keeps a furniture-named container that holds the article itself', () => {
    const html = `<html><body class="has-social-share"><div class="social-wrapper">${PROSE.map((p) => `<p>${p}</p>`).join('')}</div></body></html>`;
    expect(extractArticle(html).text).toBe(PROSE.join('\n\n'));
  });

  it('takes a short page whole when Readability finds no article', () => {
    expect(extractArticle('<html><body><p>The mayor said no.</p></body></html>').text).toBe('The mayor said no.');
    expect(extractArticle('<html><body></body></html>').text).toBe('');
  });
});

describe('extractArticle: metadata', () => {
  it('reads JSON-LD NewsArticle first, in a @graph, with several authors', () => {
    const ld = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebPage', name: 'Page name' },
        {
          '@type': 'NewsArticle',
          headline: 'Budget passes after late session',
          datePublished: '2024-06-12T06:15:22-05:00',
          author: [{ '@type': 'Person', name: 'Maria Hollis' }, { name: 'Dev Patel' }],
          publisher: { '@type': 'Organization', name: 'The Brookfield Ledger' },
        },
      ],
    };
    const html = story(
      `<title>Ignored | The Brookfield Ledger</title><script type="application/ld+json">${JSON.stringify(ld)}</script><link rel="canonical" href="/2024/06/12/budget/">`,
      `<p>${PROSE[0]}</p>`,
    );
    expect(extractArticle(html, { url: 'https://ledger.example/story?id=1' }).meta).toEqual({
      title: 'Budget passes after late session',
      byline: 'Maria Hollis and Dev Patel',
      published: '2024-06-12T06:15:22-05:00',
      publisher: 'The Brookfield Ledger',
      url: 'https://ledger.example/2024/06/12/budget/',
    });
  });

  it('falls back to Open Graph and article: tags, then <time>, <title> and the page URL', () => {
    const og = story(
      '<meta property="og:title" content="Storm shuts port | Meridian Wire"><meta property="og:site_name" content="Meridian Wire"><meta property="article:published_time" content="2025-02-11T14:32:00Z"><meta name="author" content="By Lena Okafor"><meta property="og:url" content="https://meridian.example/storm">',
      `<p>${PROSE[0]}</p>`,
    );
    expect(extractArticle(og).meta).toEqual({
      title: 'Storm shuts port',
      byline: 'Lena Okafor',
      published: '2025-02-11T14:32:00Z',
      publisher: 'Meridian Wire',
      url: 'https://meridian.example/storm',
    });
    const bare = `<html><head><title>Reef study</title></head><body><p><time datetime="2023-09-04">4 Sept</time></p><p>${PROSE[0]}</p></body></html>`;
    expect(extractArticle(bare, { url: 'http://127.0.0.1/reef' }).meta).toMatchObject({
      title: 'Reef study',
      published: '2023-09-04',
      url: 'http://127.0.0.1/reef',
    });
  });

  it('survives broken JSON-LD', () => {
    const html = story(
      '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "x",}</script><title>Good title</title>',
      `<p>${PROSE[0]}</p>`,
    );
    expect(extractArticle(html).meta.title).toBe('Good title');
  });

  it('writes dates as ISO 8601', () => {
    expect(firstIsoDate(null, '', '2024-06-12 06:15:22')).toBe('2024-06-12T06:15:22');
    expect(firstIsoDate('20240612')).toBe('2024-06-12');
    expect(firstIsoDate('Wed, 12 Jun 2024 11:15:22 GMT')).toBe('2024-06-12T11:15:22.000Z');
    expect(firstIsoDate('yesterday', 'soon')).toBeNull();
  });
});

describe('extractArticle: source paths', () => {
  it('gives each paragraph the XPath of its element in the original page, even through Readability', () => {
    const html = `<html><head></head><body><div class="nav">x</div><div id="main"><div class="story">
      <h1>Budget passes</h1><figure><figcaption>A caption</figcaption></figure>
      <p>${PROSE[0]}</p><div>${PROSE[1]}</div><h2>Roads</h2><p>${PROSE[2]}</p></div></div></body></html>`;
    const article = extractArticle(html);
    expect(article.sourcePaths.map((s) => [article.text.slice(s.start, s.end), s.path])).toEqual([
      [PROSE[0], '/html[1]/body[1]/div[2]/div[1]/p[1]'],
      [PROSE[1], '/html[1]/body[1]/div[2]/div[1]/div[1]'],
      ['Roads', '/html[1]/body[1]/div[2]/div[1]/h2[1]'],
      [PROSE[2], '/html[1]/body[1]/div[2]/div[1]/p[2]'],
    ]);
  });
});

describe('isFurnitureLine', () => {
  it('knows page furniture by its words and leaves prose alone', () => {
    for (const line of [
      'Advertisement',
      '87 Comments',
      'View all 87 comments',
      'Related: Water rates to rise under draft plan',
      'Share this:',
      'Facebook Twitter Email',
      'Sign up for our free newsletter and get the top stories in your inbox.',
      '© 2024 The Ledger. All rights reserved.',
      'Updated 8:41 a.m. ET',
      '412',
      'Nov. 2, 2024',
      'Thursday, June 6, 2024',
      'August 29, 2024 at 12:00 PM · 4 min read',
      'March 12, 2025 · Filed under News',
      'Photograph: Jon Haskett/Northern Courier',
      '(Image: PA)',
      'Image Credits: Orbitant',
      'THE CANADIAN WIRE/Paul Bérubé',
      'Leave a Reply',
      '7 replies on “Why the garden got its water back”',
      'Read the original article on AgriWeekly.',
      'Proudly powered by WordPress',
      'Listen to article (4 min)',
      '14.20 GMT',
      '10:42 a.m. ET',
      '— Harbor City FC (@HarborCityFC) March 9, 2025',
      'Reporting by Ines Valtonen; Editing by Mark Pell and Sanjay Rao',
      '(Reporting by Ana Ruiz in Lima; Additional reporting by Li Wei; Editing by Tom Hale)',
      'Do you have a story for us? Email tips@ledger.example or call 0800 555 0199',
      'Have you got news for the Ledger? Email the editor at news@ledger.example.',
      'ENDS',
      'Have you been affected by the bus cuts? Tell us about your experience.',
      'Get in touch',
      'Mayor Dana Whitlock cuts the ribbon at the reopening. Photo: Derek Hollis',
    ]) {
      expect(isFurnitureLine(line), line).toBe(true);
    }
    for (const line of [
      'Copyright lawyers said the ruling would be appealed.',
      'Related efforts in other cities have failed, she said.',
      'Share prices fell 4 percent on Tuesday.',
      'Email records obtained by the Ledger show the deal was discussed in May.',
      'On March 3, 2024, the council voted to close the pool.',
      'March 3, 2024: council votes to close the pool and sell the land',
      'The Kettle Falls/Hallam line reopened on Monday',
      'The car is powered by a small diesel engine.',
      'Polls close at 10 p.m. in most states',
      '2,400 jobs at 11 plants',
      'Reporting by the Ledger found the fund had fallen by half.',
      'Do you have any information about the fire? Police ask anyone who saw it to call 101.',
      'Do you have a story for us? It is the question every reporter asks.',
      'The trial ends on Friday.',
      'Have you been affected by the cuts? Many riders say they have, and the council says it is listening.',
      'Get in touch with your councillor before the vote, the campaign group urged.',
      'Photo booths were set up at the fair. Pictures: the mayor said they were a hit.',
      PROSE[0],
    ]) {
      expect(isFurnitureLine(line), line).toBe(false);
    }
  });
});

describe('isMenuLine', () => {
  it('knows breadcrumbs and tool bars by their shape when some items are links', () => {
    expect(isMenuLine('Home > News > Community', 0.5)).toBe(true);
    expect(isMenuLine('Home » Sport » Football » Results', 0.7)).toBe(true);
    expect(isMenuLine('Printer friendly version | Email this story to a friend | Back to news index', 0.7)).toBe(true);
  });

  it('leaves prose with separators alone, and a menu-shaped line with no links', () => {
    expect(isMenuLine('Home > News > Community', 0)).toBe(false);
    expect(isMenuLine('Turnout rose | the mayor said | it was the highest since 1998.', 0.4)).toBe(false);
    expect(
      isMenuLine('The council said revenue > costs > forecasts for the first time in a decade, a rare result.', 0.3),
    ).toBe(false);
  });
});
