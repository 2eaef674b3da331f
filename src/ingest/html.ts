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
  let blocks = article ? articleBlocks(article.content, meta, textPaths) : [];
  if (textLength(blocks) < MIN_ARTICLE_CHARS) {
    // Readability found nothing (or a fragment): take the whole cleaned page, which is what a short page is.
    const fallback = parseHtml(html);
    const fallbackPaths = markSourcePaths(fallback.documentElement);
    removeFurniture(fallback);
    const fallbackBlocks = fallback.body ? articleBlocks(fallback.body, meta, fallbackPaths) : [];
    if (textLength(fallbackBlocks) > textLength(blocks)) blocks = fallbackBlocks;
  }
  return joinBlocks(blocks, meta);
}

interface Block {
  text: string;
  path: string;
}

function articleBlocks(root: HtmlElement, meta: Metadata, textPaths: TextPaths): Block[] {
  const blocks = textBlocks(root, textPaths).filter((block) => !isFurnitureLine(block.text));
  return dropLeadingRepeats(blocks, meta);
}

/** The headline and "By ..." line that some templates keep inside the article container: already in `meta`. */
function dropLeadingRepeats(blocks: Block[], meta: Metadata): Block[] {
  const title = normalizeForCompare(meta.title ?? '');
  return blocks.filter((block, index) => {
    if (index >= LEADING_BLOCKS_CHECKED) return true;
    if (title !== '' && normalizeForCompare(block.text) === title) return false;
    return !isBylineLine(block.text);
  });
}

function isBylineLine(text: string): boolean {
  return /^by\s+\p{Lu}.{0,80}[^.!?"”]$/su.test(text) && text.split(' ').length <= 14;
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

/** The text of an element tree as paragraphs: one per block element, `<br>` a line break, `<br><br>` a new paragraph. */
export function textBlocks(root: HtmlElement, textPaths: TextPaths = new Map()): Block[] {
  const blocks: Block[] = [];
  let parts: string[] = [];
  let partsPath: string | null = null;

  const flush = () => {
    if (parts.length === 0) return;
    const lines = parts
      .join('')
      .split(LINE_BREAK)
      .map((line) => line.replace(SPACES, ' ').trim());
    let paragraph: string[] = [];
    const path = partsPath ?? '';
    for (const line of [...lines, '']) {
      if (line !== '') {
        paragraph.push(line);
      } else if (paragraph.length > 0) {
        blocks.push({ text: paragraph.join('\n'), path });
        paragraph = [];
      }
    }
    parts = [];
    partsPath = null;
  };

  const walk = (node: HtmlNode, path: string) => {
    if (node.nodeType === TEXT_NODE) {
      const text = node.textContent ?? '';
      if (text === '') return;
      if (partsPath === null && /[^ \t\n\r\f]/.test(text)) partsPath = textPaths.get(node) ?? path;
      parts.push(text);
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const element = node as HtmlElement;
    const tag = element.localName;
    if (SKIPPED_TAGS.has(tag)) return;
    if (tag === 'br') {
      parts.push(LINE_BREAK);
      return;
    }
    if (CELL_TAGS.has(tag)) parts.push(' ');
    if (!BLOCK_TAGS.has(tag)) {
      for (let child = element.firstChild; child !== null; child = child.nextSibling) walk(child, path);
      return;
    }
    flush();
    const ownPath = element.getAttribute(PATH_ATTRIBUTE) ?? path;
    for (let child = element.firstChild; child !== null; child = child.nextSibling) walk(child, ownPath);
    flush();
  };

  walk(root, root.getAttribute(PATH_ATTRIBUTE) ?? '');
  flush();
  return blocks;
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
