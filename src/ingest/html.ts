import type { Metadata } from '../core/index.js';
import { isFurnitureLine, isMenuLine, removeFurniture } from './cleanup.js';
import { type HtmlElement, parseHtml, runReadability } from './dom.js';
import { readDescriptions, readMetadata } from './metadata.js';
import { markSourcePaths, type SourcePath, type TextPaths } from './source-paths.js';
import { type Block, type Line, textBlocks } from './text-blocks.js';

/** An article taken out of a web page: the text to analyze, its metadata, and where each paragraph came from. */
export interface ExtractedArticle {
  /** Paragraphs (and headings, each on its own) separated by a blank line. */
  text: string;
  meta: Metadata;
  /** One entry per paragraph of `text`, in order. */
  sourcePaths: SourcePath[];
}

/**
 * Only the first few paragraphs are checked for a repeated headline or a
 * byline line: that is where templates put them.
 */
const LEADING_BLOCKS_CHECKED = 3;

/** Below this many characters Readability's pick is taken to have missed the article, and the cleaned page is used. */
const MIN_ARTICLE_CHARS = 200;

/**
 * The article in an HTML page: metadata read from the untouched page, every
 * block marked with its XPath, furniture removed, Readability's pick of the
 * article container turned into paragraphs, and leftover furniture lines
 * dropped.
 */
export function extractArticle(html: string, options: { url?: string | null } = {}): ExtractedArticle {
  const document = parseHtml(html);
  const meta = readMetadata(document, options.url ?? null);
  const descriptions = new Set(readDescriptions(document).map(normalizeForCompare));
  const textPaths = markSourcePaths(document.documentElement);
  removeFurniture(document);
  const article = runReadability(document);
  meta.title ??= article?.title?.trim() || null;
  meta.byline ??= article?.byline?.replace(/^by\s+/i, '').trim() || null;
  meta.publisher ??= article?.siteName?.trim() || null;
  meta.url ??= options.url ?? null;
  const page: PageFacts = { meta, readabilityTitle: article?.title ?? null, descriptions };
  let blocks = article ? articleBlocks(article.content, page, textPaths) : [];
  if (textLength(blocks) < MIN_ARTICLE_CHARS) {
    // Readability found nothing (or a fragment): take the whole cleaned page, which is what a short page is.
    const fallback = parseHtml(html);
    const fallbackPaths = markSourcePaths(fallback.documentElement);
    removeFurniture(fallback);
    const fallbackBlocks = fallback.body ? articleBlocks(fallback.body, page, fallbackPaths) : [];
    if (textLength(fallbackBlocks) > textLength(blocks)) blocks = fallbackBlocks;
  }
  return joinBlocks(blocks, meta);
}

/** What the page says about itself, to know the headline, byline and standfirst when the article container repeats them. */
interface PageFacts {
  meta: Metadata;
  readabilityTitle: string | null;
  /** The page's descriptions, normalized for comparison. */
  descriptions: Set<string>;
}

/** Blocks shorter than this many words are not checked for being repeats (a short heading may recur in prose). */
const MIN_REPEAT_WORDS = 6;

function articleBlocks(root: HtmlElement, page: PageFacts, textPaths: TextPaths): Block[] {
  const blocks: Block[] = [];
  for (const block of textBlocks(root, textPaths)) {
    const lines = block.lines.filter(
      (line) => !line.linkOnly && !isMenuLine(line.text, line.linkShare) && !isFurnitureLine(line.text),
    );
    if (lines.length > 0) blocks.push(withLines(block, lines));
  }
  return dropRepeatedBlocks(
    dropStandfirst(dropLeadingRepeats(blocks, page.meta, page.readabilityTitle), page.descriptions),
  );
}

function withLines(block: Block, lines: Line[]): Block {
  return lines.length === block.lines.length
    ? block
    : { ...block, lines, text: lines.map((line) => line.text).join('\n') };
}

/**
 * The headline and "By ..." line that some templates keep inside the article
 * container: already in `meta`. The headline may be the page title less the
 * site name ("Gazette - Mill reopens"), so each part of the title counts.
 */
function dropLeadingRepeats(blocks: Block[], meta: Metadata, readabilityTitle: string | null): Block[] {
  const titles = new Set<string>();
  for (const title of [meta.title, readabilityTitle]) {
    if (!title) continue;
    titles.add(normalizeForCompare(title));
    for (const part of title.split(/\s+[|\-–—:·»]\s+/)) {
      if (part.split(/\s+/).length >= 3) titles.add(normalizeForCompare(part));
    }
  }
  const byline = normalizeForCompare(meta.byline ?? '');
  const isRepeat = (text: string) => {
    const normal = normalizeForCompare(text);
    return (
      titles.has(normal) || (byline !== '' && (normal === byline || normal === `by ${byline}`)) || isBylineLine(text)
    );
  };
  const kept: Block[] = [];
  for (const [index, block] of blocks.entries()) {
    if (index >= LEADING_BLOCKS_CHECKED) {
      kept.push(block);
      continue;
    }
    const lines = block.lines.filter((line) => !isRepeat(line.text));
    if (lines.length > 0) kept.push(withLines(block, lines));
  }
  return kept;
}

/** A line ending as a sentence does: a lede, not a standfirst. */
const SENTENCE_END = /[.!?]["”’)]?$/;

/**
 * The standfirst: the summary under the headline, which is the page's
 * description again, as a line of its own or as the first of a few summary
 * bullets (which all go). It is written like a headline, with no full stop;
 * a lede that the description repeats ends in one and stays.
 */
function dropStandfirst(blocks: Block[], descriptions: Set<string>): Block[] {
  const standfirst = blocks
    .slice(0, LEADING_BLOCKS_CHECKED)
    .find(
      (block) =>
        block.lines.length === 1 && !SENTENCE_END.test(block.text) && descriptions.has(normalizeForCompare(block.text)),
    );
  if (standfirst === undefined) return blocks;
  const list = listPath(standfirst.path);
  return blocks.filter(
    (block, index) =>
      block !== standfirst && (list === null || index >= LEADING_BLOCKS_CHECKED || listPath(block.path) !== list),
  );
}

/** The XPath of the list a list item's block belongs to, or null for a block that is not a list item. */
function listPath(path: string): string | null {
  return /^(.*\/[ou]l\[\d+\])\/li\[\d+\]$/.exec(path)?.[1] ?? null;
}

/**
 * Pull quotes: a sentence of the article set again in large type. A block
 * whose words all appear, in order, inside another block near it (or an
 * earlier block anywhere, word for word) is dropped.
 */
function dropRepeatedBlocks(blocks: Block[]): Block[] {
  const normal = blocks.map((block) => normalizeForCompare(block.text));
  const seen = new Set<string>();
  return blocks.filter((_, index) => {
    const text = normal[index];
    if (text.split(' ').length < MIN_REPEAT_WORDS) return true;
    if (seen.has(text)) return false;
    seen.add(text);
    const from = Math.max(0, index - PULL_QUOTE_REACH);
    const to = Math.min(normal.length, index + PULL_QUOTE_REACH + 1);
    for (let other = from; other < to; other++) {
      if (normal[other].length > text.length && normal[other].includes(text)) return false;
    }
    return true;
  });
}

/**
 * How many blocks before or after its sentence a pull quote may stand. Layouts
 * set it beside the paragraph it repeats; looking further made extraction
 * quadratic on long pages (a 7 MB transcript took 28 s).
 */
const PULL_QUOTE_REACH = 12;

/** "By" in English, French, German, Spanish, Dutch and the Scandinavian languages. */
const BYLINE_WORD = /^(by|par|von|por|door|av|af)\s/i;
/** Longest byline line in words: a name or two, perhaps with the date ("Par X – Publié le … Mis à jour le …"). */
const MAX_BYLINE_WORDS = 18;

function isBylineLine(text: string): boolean {
  // "By", then a capital: a name, not "by the river" or "Par ailleurs".
  return (
    BYLINE_WORD.test(text) &&
    /^\S+\s+\p{Lu}.{0,120}[^.!?"”]$/su.test(text) &&
    text.split(' ').length <= MAX_BYLINE_WORDS
  );
}

function normalizeForCompare(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function textLength(blocks: Block[]): number {
  return blocks.reduce((sum, block) => sum + block.text.length, 0);
}

function joinBlocks(blocks: Block[], meta: Metadata): ExtractedArticle {
  const sourcePaths: SourcePath[] = [];
  let text = '';
  for (const block of blocks) {
    if (text !== '') text += '\n\n';
    sourcePaths.push({ start: text.length, end: text.length + block.text.length, path: block.path });
    text += block.text;
  }
  return { text, meta, sourcePaths };
}
