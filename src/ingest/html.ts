import type { Metadata } from '../core/index.js';
import { isFurnitureLine, removeFurniture } from './cleanup.js';
import { ELEMENT_NODE, type HtmlElement, type HtmlNode, parseHtml, runReadability, TEXT_NODE } from './dom.js';
import { readMetadata } from './metadata.js';
import { markSourcePaths, PATH_ATTRIBUTE, type SourcePath, type TextPaths } from './source-paths.js';

/** An article taken out of a web page: the text to analyze, its metadata, and where each paragraph came from. */
export interface ExtractedArticle {
  /** Paragraphs (and headings, each on its own) separated by a blank line. */
  text: string;
  meta: Metadata;
  /** One entry per paragraph of `text`, in order. */
  sourcePaths: SourcePath[];
}

/** Elements that end a line of text before and after them. */
const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'tfoot',
  'thead',
  'tr',
  'ul',
]);
/** Elements whose text is never article text. */
const SKIPPED_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'select',
  'textarea',
  'button',
]);
/** Table cells: a space between them, not a paragraph. */
const CELL_TAGS = new Set(['td', 'th']);

/** Stands for `<br>` while white space is collapsed; U+2028 does not occur in page text that matters. */
const LINE_BREAK = '\u2028';
/** Collapsible white space: HTML's, plus the no-break space pages use for layout. */
const SPACES = /[ \t\n\r\f\u00a0]+/g;

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
  const textPaths = markSourcePaths(document.documentElement);
  removeFurniture(document);
  const article = runReadability(document);
  meta.title ??= article?.title?.trim() || null;
  meta.byline ??= article?.byline?.replace(/^by\s+/i, '').trim() || null;
  meta.publisher ??= article?.siteName?.trim() || null;
  meta.url ??= options.url ?? null;
  const readabilityTitle = article?.title ?? null;
  let blocks = article ? articleBlocks(article.content, meta, textPaths, readabilityTitle) : [];
  if (textLength(blocks) < MIN_ARTICLE_CHARS) {
    // Readability found nothing (or a fragment): take the whole cleaned page, which is what a short page is.
    const fallback = parseHtml(html);
    const fallbackPaths = markSourcePaths(fallback.documentElement);
    removeFurniture(fallback);
    const fallbackBlocks = fallback.body ? articleBlocks(fallback.body, meta, fallbackPaths, readabilityTitle) : [];
    if (textLength(fallbackBlocks) > textLength(blocks)) blocks = fallbackBlocks;
  }
  return joinBlocks(blocks, meta);
}

/** A paragraph of the page: its lines (split at `<br>`) and the XPath it came from. */
interface Block {
  text: string;
  path: string;
  lines: Line[];
}

interface Line {
  text: string;
  /** Nothing but link text: a menu item, a "Back to News", a headline pointing elsewhere. */
  linkOnly: boolean;
}

/** Share of a line's letters inside links above which the line is a link, not prose. */
const LINK_ONLY_SHARE = 0.9;

/** Blocks shorter than this many words are not checked for being repeats (a short heading may recur in prose). */
const MIN_REPEAT_WORDS = 6;

function articleBlocks(root: HtmlElement, meta: Metadata, textPaths: TextPaths, title: string | null): Block[] {
  const blocks: Block[] = [];
  for (const block of textBlocks(root, textPaths)) {
    const lines = block.lines.filter((line) => !line.linkOnly && !isFurnitureLine(line.text));
    if (lines.length > 0) blocks.push(withLines(block, lines));
  }
  return dropRepeatedBlocks(dropLeadingRepeats(blocks, meta, title));
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

/**
 * Pull quotes: a sentence of the article set again in large type. A block
 * whose words all appear, in order, inside another block (or an earlier one
 * word for word) is dropped.
 */
function dropRepeatedBlocks(blocks: Block[]): Block[] {
  const normal = blocks.map((block) => normalizeForCompare(block.text));
  return blocks.filter((_, index) => {
    const text = normal[index];
    if (text.split(' ').length < MIN_REPEAT_WORDS) return true;
    return !normal.some(
      (other, otherIndex) =>
        otherIndex !== index &&
        (other === text ? otherIndex < index : other.length > text.length && other.includes(text)),
    );
  });
}

function isBylineLine(text: string): boolean {
  // "By" in any case, then a capital: a name, not "by the river".
  return /^[Bb][Yy]\s+\p{Lu}.{0,80}[^.!?"”]$/su.test(text) && text.split(' ').length <= 14;
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

/** A run of text and whether it sits inside a link to somewhere else. */
interface Part {
  text: string;
  link: boolean;
}

/** The text of an element tree as paragraphs: one per block element, `<br>` a line break, `<br><br>` a new paragraph. */
export function textBlocks(root: HtmlElement, textPaths: TextPaths = new Map()): Block[] {
  const blocks: Block[] = [];
  let parts: Part[] = [];
  let partsPath: string | null = null;

  const flush = () => {
    if (parts.length === 0) return;
    const path = partsPath ?? '';
    let paragraph: Line[] = [];
    const endParagraph = () => {
      if (paragraph.length === 0) return;
      blocks.push({ text: paragraph.map((line) => line.text).join('\n'), path, lines: paragraph });
      paragraph = [];
    };
    for (const line of partsToLines(parts)) {
      if (line.text !== '') paragraph.push(line);
      else endParagraph();
    }
    endParagraph();
    parts = [];
    partsPath = null;
  };

  const walk = (node: HtmlNode, path: string, link: boolean) => {
    if (node.nodeType === TEXT_NODE) {
      const text = node.textContent ?? '';
      if (text === '') return;
      if (partsPath === null && /[^ \t\n\r\f]/.test(text)) partsPath = textPaths.get(node) ?? path;
      parts.push({ text, link });
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const element = node as HtmlElement;
    const tag = element.localName;
    if (SKIPPED_TAGS.has(tag)) return;
    if (tag === 'br') {
      parts.push({ text: LINE_BREAK, link: false });
      return;
    }
    if (CELL_TAGS.has(tag)) parts.push({ text: ' ', link: false });
    const inLink = link || (tag === 'a' && isOutwardLink(element));
    if (!BLOCK_TAGS.has(tag)) {
      for (let child = element.firstChild; child !== null; child = child.nextSibling) walk(child, path, inLink);
      return;
    }
    flush();
    const ownPath = element.getAttribute(PATH_ATTRIBUTE) ?? path;
    for (let child = element.firstChild; child !== null; child = child.nextSibling) walk(child, ownPath, inLink);
    flush();
  };

  walk(root, root.getAttribute(PATH_ATTRIBUTE) ?? '', false);
  flush();
  return blocks;
}

/** A link that leads off the article (not `#section`, which headings link to themselves). */
function isOutwardLink(element: HtmlElement): boolean {
  const href = element.getAttribute('href');
  return href !== null && href !== '' && !href.startsWith('#');
}

/** Parts split at line breaks into lines with white space collapsed; an empty line separates paragraphs. */
function partsToLines(parts: Part[]): Line[] {
  const lines: Line[] = [];
  let text = '';
  let letters = 0;
  let linkLetters = 0;
  const endLine = () => {
    const line = text.replace(SPACES, ' ').trim();
    lines.push({ text: line, linkOnly: letters > 0 && linkLetters >= LINK_ONLY_SHARE * letters });
    text = '';
    letters = 0;
    linkLetters = 0;
  };
  for (const part of parts) {
    const pieces = part.text.split(LINE_BREAK);
    for (const [index, piece] of pieces.entries()) {
      if (index > 0) endLine();
      text += piece;
      const count = countLetters(piece);
      letters += count;
      if (part.link) linkLetters += count;
    }
  }
  endLine();
  return lines;
}

function countLetters(text: string): number {
  return text.replace(NOT_LETTERS, '').length;
}
const NOT_LETTERS = /[^\p{L}\p{N}]+/gu;

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
