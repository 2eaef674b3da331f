import type { Metadata } from '../core/index.js';
import type { HtmlDocument, HtmlElement } from './dom.js';

/**
 * The article's metadata from the page head, before anything is removed:
 * JSON-LD (schema.org NewsArticle and kin) first, since publishers fill it
 * for search engines and it is the most precise, then Open Graph / article:
 * meta tags, then common name= tags, then the markup (`<time datetime>`,
 * `<h1>`, `<title>`).
 */
export function readMetadata(document: HtmlDocument, baseUrl: string | null = null): Metadata {
  const ld = readJsonLd(document);
  const meta = readMetaTags(document);
  const publisher = firstText(ld.publisher, meta.get('og:site_name'), meta.get('application-name'));
  const canonical = document.querySelector('link[rel~="canonical"]')?.getAttribute('href');
  const url = firstText(absoluteUrl(canonical, baseUrl), absoluteUrl(meta.get('og:url'), baseUrl), ld.url);
  const title = firstText(
    ld.headline,
    withoutSiteName(meta.get('og:title') ?? meta.get('twitter:title'), publisher),
    document.querySelector('h1')?.textContent,
    withoutSiteName(document.querySelector('title')?.textContent, publisher),
  );
  const byline = firstText(
    ld.author,
    meta.get('author'),
    meta.get('byl'),
    meta.get('article:author')?.startsWith('http') ? null : meta.get('article:author'),
    meta.get('parsely-author'),
    meta.get('dc.creator'),
    document.querySelector('[rel~="author"], [itemprop~="author"], .byline, .author-name')?.textContent,
  );
  const published = firstIsoDate(
    ld.datePublished,
    meta.get('article:published_time'),
    meta.get('og:article:published_time'),
    meta.get('parsely-pub-date'),
    meta.get('sailthru.date'),
    meta.get('pubdate'),
    meta.get('publishdate'),
    meta.get('dc.date.issued'),
    meta.get('dc.date'),
    meta.get('date'),
    document.querySelector('[itemprop~="datePublished"]')?.getAttribute('content'),
    document.querySelector('time[datetime]')?.getAttribute('datetime'),
  );
  return { title, byline: cleanByline(byline), published, publisher, url };
}

/** The page's summaries of itself (`description`, `og:description`, `twitter:description`), for spotting a standfirst. */
export function readDescriptions(document: HtmlDocument): string[] {
  const meta = readMetaTags(document);
  return ['description', 'og:description', 'twitter:description'].flatMap((key) => meta.get(key) ?? []);
}

interface JsonLdArticle {
  headline: string | null;
  author: string | null;
  datePublished: string | null;
  publisher: string | null;
  url: string | null;
}

/** schema.org types that describe the article itself. */
const ARTICLE_TYPE =
  /^(NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|Article|BlogPosting|LiveBlogPosting|Report|WebPage)$/;

function readJsonLd(document: HtmlDocument): JsonLdArticle {
  const found: JsonLdArticle = { headline: null, author: null, datePublished: null, publisher: null, url: null };
  const candidates: Record<string, unknown>[] = [];
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      collectObjects(JSON.parse(script.textContent ?? ''), candidates);
    } catch {
      // Broken JSON-LD is common (trailing commas, HTML entities); the other sources still count.
    }
  }
  // A NewsArticle beats a plain WebPage describing the same page.
  candidates.sort((a, b) => typeRank(a) - typeRank(b));
  for (const item of candidates) {
    found.headline ??= stringOf(item.headline) ?? stringOf(item.name);
    found.author ??= namesOf(item.author);
    found.datePublished ??= stringOf(item.datePublished) ?? stringOf(item.dateCreated);
    found.publisher ??= namesOf(item.publisher);
    found.url ??= stringOf(item.url) ?? stringOf((item.mainEntityOfPage as Record<string, unknown>)?.['@id']);
  }
  return found;
}

function typeRank(item: Record<string, unknown>): number {
  const types = ([] as unknown[]).concat(item['@type']).map(String);
  if (types.some((type) => /NewsArticle$/.test(type))) return 0;
  if (types.some((type) => type !== 'WebPage')) return 1;
  return 2;
}

function collectObjects(value: unknown, out: Record<string, unknown>[]): void {
  if (Array.isArray(value)) {
    for (const item of value) collectObjects(item, out);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const item = value as Record<string, unknown>;
  const types = ([] as unknown[]).concat(item['@type']).map(String);
  if (types.some((type) => ARTICLE_TYPE.test(type))) out.push(item);
  if (item['@graph']) collectObjects(item['@graph'], out);
}

function stringOf(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

/** `"X"`, `{name: "X"}` or a list of them → `X and Y`. */
function namesOf(value: unknown): string | null {
  const names = ([] as unknown[])
    .concat(value ?? [])
    .map((item) => (typeof item === 'string' ? item : stringOf((item as Record<string, unknown>)?.name)))
    .filter((name): name is string => typeof name === 'string' && name.trim() !== '')
    .map((name) => name.trim());
  if (names.length === 0) return null;
  return names.length <= 2 ? names.join(' and ') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** `<meta property|name|itemprop=K content=V>`, keys lower-cased, first one wins. */
function readMetaTags(document: HtmlDocument): Map<string, string> {
  const tags = new Map<string, string>();
  for (const meta of document.querySelectorAll('meta[content]') as Iterable<HtmlElement>) {
    const content = meta.getAttribute('content')?.trim();
    if (!content) continue;
    for (const attribute of ['property', 'name', 'itemprop']) {
      const key = meta.getAttribute(attribute)?.trim().toLowerCase();
      if (key && !tags.has(key)) tags.set(key, content);
    }
  }
  return tags;
}

function firstText(...values: (string | null | undefined)[]): string | null {
  for (const value of values) {
    const text = value?.replace(/\s+/g, ' ').trim();
    if (text) return text;
  }
  return null;
}

/** "Storm closes port | The Harbour Courier" → "Storm closes port" when the tail is the site name. */
function withoutSiteName(title: string | null | undefined, publisher: string | null): string | null {
  if (!title) return null;
  const parts = title.split(/\s+[|–—-]\s+/);
  if (parts.length < 2) return title;
  const last = parts[parts.length - 1].trim().toLowerCase();
  if (publisher && last === publisher.toLowerCase()) return parts.slice(0, -1).join(' - ');
  return title;
}

function cleanByline(byline: string | null): string | null {
  if (!byline) return null;
  const cleaned = byline.replace(/^by\s+/i, '').trim();
  return cleaned === '' ? null : cleaned;
}

function absoluteUrl(href: string | null | undefined, base: string | null): string | null {
  if (!href?.trim()) return null;
  try {
    return new URL(href.trim(), base ?? undefined).href;
  } catch {
    return null;
  }
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** The first value that is, or can be read as, a date: ISO 8601 kept as written (its offset too), others converted to UTC. */
export function firstIsoDate(...values: (string | null | undefined)[]): string | null {
  for (const value of values) {
    const text = value?.trim();
    if (!text) continue;
    if (ISO_DATE.test(text)) return text.replace(' ', 'T');
    if (/^\d{8}$/.test(text)) return `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6)}`;
    const time = Date.parse(text);
    if (!Number.isNaN(time) && /\d{4}/.test(text)) return new Date(time).toISOString();
  }
  return null;
}
