// biome-ignore-all lint/performance/useDomNodeTextContent: Playwright's innerText is what a reader sees (rendered, CSS applied), which is what these tests assert.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { textPipeline } from '../analyze.js';
import { type AttributionLayerItem, Doc } from '../core/index.js';
import { resolveDocument } from '../resolve/index.js';
import { attributionItem } from '../test-support/attribution.js';
import { renderHtml } from './html.js';

/**
 * The HTML report as a reader meets it, in headless Chromium (Debian's
 * `chromium`, driven by playwright-core; no browser is ever downloaded).
 * Without /usr/bin/chromium the suite is skipped locally and fails in CI.
 */
const CHROMIUM = '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** An invented wire story whose text carries markup that must stay text. */
const ARTICLE = `HARBOR CITY (AP) — The harbor authority will raise docking fees next spring, a senior port official told the Times.

The Times reported that the increase would reach 12 percent. Mayor Ines Valdera said the fees were "a fair price for a safer harbor."

One protest sign read <script>window.__pwned = true</script> and another <img src=x onerror="window.__pwned = true">, according to photos shared online.

The shipping association did not immediately respond to a request for comment.
`;

/** The story with hand-made attributions, resolved: the test does not depend on what the model finds. */
function storyDoc(): Doc {
  const doc = textPipeline.run(new Doc(ARTICLE, 'harbor.txt'));
  const at = (phrase: string) => {
    const start = ARTICLE.indexOf(phrase);
    if (start < 0) throw new Error(`not in the article: ${phrase}`);
    return { start, end: start + phrase.length };
  };
  const attribution = (source: string | null, cue: string, content: string): AttributionLayerItem =>
    attributionItem({
      source: source ? [at(source)] : [],
      cue: [at(cue)],
      content: [at(content)],
      kind: content.startsWith('"') ? 'direct' : 'indirect',
      confidence: 0.9,
    });
  doc.attributions = [
    attribution('a senior port official', 'told', 'The harbor authority will raise docking fees next spring'),
    attribution('The Times', 'reported', 'that the increase would reach 12 percent'),
    attribution('Mayor Ines Valdera', 'said', 'the fees were "a fair price for a safer harbor."'),
    attribution(null, 'according to', 'One protest sign read <script>window.__pwned = true</script>'),
  ];
  resolveDocument(doc);
  return doc;
}

describe.runIf(!available && process.env.CI === 'true')('HTML report in Chromium', () => {
  it('needs Debian chromium in CI (.ci/run installs it)', () => {
    throw new Error(`${CHROMIUM} is missing`);
  });
});

describe.skipIf(!available)('HTML report in Chromium', () => {
  // Typed loosely so the file compiles without playwright-core's types being resolved at import time.
  let browser: import('playwright-core').Browser;
  let page: import('playwright-core').Page;
  const offPage: string[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'whosaid-html-'));
  const file = join(dir, 'report.html');

  beforeAll(async () => {
    const { chromium } = await import('playwright-core');
    writeFileSync(file, renderHtml(storyDoc()));
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    const context = await browser.newContext({ viewport: { width: 1360, height: 1000 } });
    page = await context.newPage();
    // Every request but the page itself is recorded, and refused.
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url === `file://${file}`) return route.continue();
      offPage.push(url);
      return route.abort();
    });
    await page.goto(`file://${file}`);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('makes no network requests', async () => {
    await page.waitForLoadState('networkidle');
    expect(offPage).toEqual([]);
  });

  it('shows the markup in the article as text and runs none of it', async () => {
    const body = await page.locator('.body').innerText();
    expect(body).toContain('<script>window.__pwned = true</script>');
    expect(body).toContain('<img src=x onerror="window.__pwned = true">');
    // Runs in the page; typed through globalThis, since this project compiles without the DOM library.
    expect(await page.evaluate(() => (globalThis as { __pwned?: boolean }).__pwned)).toBeUndefined();
    expect(await page.locator('.body script, .body img').count()).toBe(0);
  });

  it('highlights sources, cues and contents with a legend', async () => {
    expect(await page.locator('.body .source').count()).toBeGreaterThan(0);
    expect(await page.locator('.body .cue').count()).toBeGreaterThan(0);
    expect(await page.locator('.body .content').count()).toBeGreaterThan(0);
    const legend = await page.locator('.legend').innerText();
    for (const word of ['source', 'cue', 'content', 'boilerplate']) expect(legend).toContain(word);
    const source = page.locator('.body .source').first();
    const cue = page.locator('.body .cue').first();
    type StyleReader = { getComputedStyle(el: unknown): { backgroundColor: string } };
    const colour = (l: typeof source) =>
      l.evaluate((el) => (globalThis as unknown as StyleReader).getComputedStyle(el).backgroundColor);
    expect(await colour(source)).not.toBe(await colour(cue));
  });

  it('shows the entity and chain of a clicked attribution', async () => {
    await page.locator('.body .source', { hasText: 'a senior port official' }).click();
    const panel = await page.locator('#panel').innerText();
    expect(panel).toContain('a senior port official');
    expect(panel.toLowerCase()).toContain('anonymous');
    const chain = await page.locator('#panel .chain').innerText();
    expect(chain.replace(/\s+/g, ' ')).toMatch(/Associated Press → The (New York )?Times → a senior port official/);
  });

  it('lets the keyboard reach and select attributions', async () => {
    const focusable = page.locator('.body [tabindex="0"]');
    expect(await focusable.count()).toBe(4);
    await focusable.nth(2).focus();
    await page.keyboard.press('Enter');
    expect(await page.locator('#panel').innerText()).toContain('Ines Valdera');
  });

  it('lists entities by kind, the sourcing report and refusals', async () => {
    const side = await page.locator('aside').innerText();
    expect(side).toMatch(/People\s*1/);
    expect(side).toMatch(/sourcing report/i);
    expect(side).toMatch(/did not respond/);
  });

  it('renders a screenshot a reader would see', async () => {
    const shot = join(dir, 'report.png');
    await page.screenshot({ path: shot, fullPage: true });
    const png = readFileSync(shot);
    expect(png.length).toBeGreaterThan(10_000);
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    console.log(`screenshot: ${shot}`);
  });
});
