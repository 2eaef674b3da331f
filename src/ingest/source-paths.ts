import { ELEMENT_NODE, type HtmlElement, type HtmlNode, TEXT_NODE } from './dom.js';

/**
 * Where each paragraph of the extracted text came from in the page: an XPath
 * such as `/html[1]/body[1]/main[1]/article[1]/div[2]/p[3]`, usable with
 * `document.evaluate` on the original page. Every step carries its index so
 * the path needs no knowledge of the siblings to be read.
 */
export type { SourcePath } from '../core/index.js';

/** The attribute that carries an element's path through Readability, which moves and re-tags elements. */
export const PATH_ATTRIBUTE = 'data-whosaid-path';

/** Elements that can hold a paragraph of text: only these get a path, which keeps the pass cheap. */
const BLOCK_TAGS = new Set([
  'address',
  'article',
  'blockquote',
  'dd',
  'div',
  'dt',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'main',
  'p',
  'pre',
  'section',
  'td',
  'th',
]);

/**
 * The XPath of the block each text node sits in, in the page as parsed
 * (before anything is removed). Readability moves text nodes into new `<p>`s
 * and drops their `<div>`, but the text node objects survive, so they carry
 * the path best. Block elements also get the path as an attribute, for the
 * case where Readability re-parses the page and the text nodes are new.
 */
export type TextPaths = Map<HtmlNode, string>;

export function markSourcePaths(root: HtmlElement): TextPaths {
  const textPaths: TextPaths = new Map();
  const rootPath = `/${root.localName}[1]`;
  markChildren(root, rootPath, rootPath, textPaths);
  return textPaths;
}

function markChildren(parent: HtmlNode, parentPath: string, blockPath: string, textPaths: TextPaths): void {
  const seen = new Map<string, number>();
  for (let node = parent.firstChild; node !== null; node = node.nextSibling) {
    if (node.nodeType === TEXT_NODE) {
      textPaths.set(node, blockPath);
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    const element = node as HtmlElement;
    const tag = element.localName;
    const index = (seen.get(tag) ?? 0) + 1;
    seen.set(tag, index);
    const path = `${parentPath}/${tag}[${index}]`;
    const isBlock = BLOCK_TAGS.has(tag);
    if (isBlock) element.setAttribute(PATH_ATTRIBUTE, path);
    if (element.firstChild !== null) markChildren(element, path, isBlock ? path : blockPath, textPaths);
  }
}
