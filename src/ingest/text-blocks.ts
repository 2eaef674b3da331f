import { ELEMENT_NODE, type HtmlElement, type HtmlNode, TEXT_NODE } from './dom.js';
import { PATH_ATTRIBUTE, type TextPaths } from './source-paths.js';

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

/** A paragraph of the page: its lines (split at `<br>`) and the XPath it came from. */
export interface Block {
  text: string;
  path: string;
  lines: Line[];
}

export interface Line {
  text: string;
  /** Nothing but link text: a menu item, a "Back to News", a headline pointing elsewhere. */
  linkOnly: boolean;
  /** Share of the line's letters that are inside links, 0 to 1. */
  linkShare: number;
}

/** Share of a line's letters inside links above which the line is a link, not prose. */
const LINK_ONLY_SHARE = 0.9;

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
    // Readability renames elements to "P" and "DIV", which linkedom keeps upper-case.
    const tag = element.localName.toLowerCase();
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
    const linkShare = letters > 0 ? linkLetters / letters : 0;
    lines.push({ text: line, linkOnly: letters > 0 && linkShare >= LINK_ONLY_SHARE, linkShare });
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
