import { Readability } from '@mozilla/readability';
import { DOMParser } from 'linkedom';

/**
 * The little of the DOM that ingest uses, typed here because the project
 * compiles without TypeScript's DOM library (it runs in Node, on linkedom).
 */
export interface HtmlNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  parentNode: HtmlNode | null;
  childNodes: ArrayLike<HtmlNode> & Iterable<HtmlNode>;
  firstChild: HtmlNode | null;
  nextSibling: HtmlNode | null;
  previousSibling: HtmlNode | null;
  appendChild(node: HtmlNode): HtmlNode;
  replaceChild(node: HtmlNode, old: HtmlNode): HtmlNode;
}

export interface HtmlElement extends HtmlNode {
  tagName: string;
  localName: string;
  id: string;
  className: string;
  ownerDocument: HtmlDocument;
  children: ArrayLike<HtmlElement> & Iterable<HtmlElement>;
  /** False once the element, or an ancestor, has been taken out of the document. */
  isConnected: boolean;
  getAttribute(name: string): string | null;
  setAttribute(name: string, value: string): void;
  hasAttribute(name: string): boolean;
  remove(): void;
  parentElement: HtmlElement | null;
  previousElementSibling: HtmlElement | null;
  nextElementSibling: HtmlElement | null;
  closest(selector: string): HtmlElement | null;
  /** Inserts the nodes just before this element. */
  before(...nodes: HtmlNode[]): void;
  querySelector(selector: string): HtmlElement | null;
  querySelectorAll(selector: string): ArrayLike<HtmlElement> & Iterable<HtmlElement>;
}

export interface HtmlDocument extends HtmlNode {
  documentElement: HtmlElement;
  body: HtmlElement | null;
  createElement(tag: string): HtmlElement;
  querySelector(selector: string): HtmlElement | null;
  querySelectorAll(selector: string): ArrayLike<HtmlElement> & Iterable<HtmlElement>;
}

/** Heading elements, h1 to h6. */
export const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
export const HEADING_SELECTOR = [...HEADING_TAGS].join(', ');

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

/**
 * Removes an element but leaves an empty `<span>` in its place, so the tree
 * keeps the shape Readability would have seen. Readability climbs from an
 * only child to its parent and then takes in the parent's siblings: removing
 * a byline beside the story's `<div>` would make the story an only child and
 * bring the "More stories" box next to it into the article.
 */
export function removeKeepingShape(element: HtmlElement): HtmlElement {
  const placeholder = element.ownerDocument.createElement('span');
  element.parentNode?.replaceChild(placeholder, element);
  return placeholder;
}

export function parseHtml(html: string): HtmlDocument {
  const document = new DOMParser().parseFromString(html, 'text/html') as unknown as HtmlDocument;
  flattenDeepNesting(document);
  return document;
}

/**
 * Nesting deeper than real pages go (they stay under about 40 levels).
 * Readability's tree walks grow with the cube of the depth: 1,000 nested
 * `<div>`s took 7 s, 3,000 more than a minute.
 */
const MAX_NESTING = 100;

/**
 * Below that depth, every element that holds other elements is replaced by
 * its children, so the page keeps its text and its depth stays bounded.
 */
function flattenDeepNesting(document: HtmlDocument): void {
  // Runs on every page: two parallel stacks, no pair allocated per element.
  const elements: HtmlElement[] = [document.documentElement];
  const depths: number[] = [0];
  const tooDeep: HtmlElement[] = [];
  while (elements.length > 0) {
    const element = elements.pop() as HtmlElement;
    const depth = depths.pop() as number;
    if (depth === MAX_NESTING) tooDeep.push(element);
    else
      for (const child of element.children) {
        elements.push(child);
        depths.push(depth + 1);
      }
  }
  for (const top of tooDeep) {
    for (const inner of [...top.querySelectorAll('*')]) {
      if (inner.children.length === 0) continue;
      inner.before(...inner.childNodes);
      inner.remove();
    }
  }
}

export interface ReadabilityResult {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  /** The article's root element (Readability's `<div id="readability-page-1">`). */
  content: HtmlElement;
}

/** Readability.js over our document, returning the content as elements (not serialized HTML). */
export function runReadability(
  document: HtmlDocument,
  options: { charThreshold?: number } = {},
): ReadabilityResult | null {
  const reader = new Readability<HtmlElement>(document as never, {
    ...options,
    serializer: (node) => node as unknown as HtmlElement,
  });
  const article = reader.parse();
  if (!article?.content) return null;
  return {
    title: article.title ?? null,
    byline: article.byline ?? null,
    siteName: article.siteName ?? null,
    publishedTime: article.publishedTime ?? null,
    content: article.content,
  };
}
