/**
 * The remark processors for both dialects, and the one piece of Notion syntax remark cannot
 * see: citations `[^URL]`.
 */
import type { Root } from 'mdast';
import type { Extension as FromMarkdownExtension } from 'mdast-util-from-markdown';
import type { Options as ToMarkdownOptions, Unsafe } from 'mdast-util-to-markdown';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { unified, type Processor } from 'unified';
import { visit } from 'unist-util-visit';
import type { Dialect } from './tags.js';

/**
 * A bare URL, `www.` address or e-mail is text to Notion (v2 names only GFM's tables, task lists
 * and strikethrough as extensions). Reading it as text in both dialects keeps it as written
 * through a pull and a push, instead of turning it into an explicit link.
 */
function bareUrlsAreText(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push({
    disable: { null: ['wwwAutolink', 'protocolAutolink', 'emailAutolink'] },
  });
  // remark-gfm also finds literal links in text after parsing; that pass goes too.
  const strip = (extensions: (FromMarkdownExtension | FromMarkdownExtension[])[]): void => {
    for (const extension of extensions) {
      if (Array.isArray(extension)) strip(extension);
      else if (extension.enter?.['literalAutolink']) extension.transforms = [];
    }
  };
  strip(data.fromMarkdownExtensions ?? []);
}

/**
 * remark-gfm escapes text that GitHub would link (`https\://`); since bare URLs are text on both
 * sides, the file keeps them as written.
 */
function writeBareUrlsAsWritten(this: Processor): void {
  const strip = (extensions: ToMarkdownOptions[]): void => {
    for (const extension of extensions) {
      if (extension.unsafe)
        extension.unsafe = extension.unsafe.filter((p) => !isLiteralLinkGuard(p));
      if (extension.extensions) strip(extension.extensions);
    }
  };
  strip(this.data().toMarkdownExtensions ?? []);
}

function isLiteralLinkGuard(pattern: Unsafe): boolean {
  return (
    (pattern.character === '@' && pattern.before === '[+\\-.\\w]') ||
    (pattern.character === '.' && pattern.before === '[Ww]') ||
    (pattern.character === ':' && pattern.before === '[ps]')
  );
}

// GFM files use `$` as a currency sign far more often than as math, so only `$$…$$` is math
// there; Notion-flavored Markdown reads `$…$` as inline math.
const gfmParser = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(bareUrlsAreText)
  .use(remarkMath, { singleDollarTextMath: false })
  .use(remarkFrontmatter, ['yaml', 'toml']);

const v2Parser = unified().use(remarkParse).use(remarkGfm).use(bareUrlsAreText).use(remarkMath);

/** Writes GFM in one house style; the choices are presentation only (README-markdown). */
export const gfmWriter = unified()
  .use(remarkGfm, { tablePipeAlign: false })
  .use(writeBareUrlsAsWritten)
  .use(remarkMath, { singleDollarTextMath: false })
  .use(remarkStringify, {
    bullet: '-',
    bulletOrdered: '.',
    emphasis: '*',
    strong: '*',
    fence: '`',
    fences: true,
    rule: '-',
    listItemIndent: 'one',
    incrementListMarker: true,
    resourceLink: false,
    setext: false,
  });

/** A parse of a source string, with citations swapped for same-length placeholders. */
export interface ParsedSource {
  tree: Root;
  /** The text remark saw: the source with each citation replaced, offsets unchanged. */
  text: string;
  citations: string[];
}

const PLACEHOLDER_START = 0xe000;
const PLACEHOLDER_FILL = '\ue001';
const PLACEHOLDER_INDEX_BASE = 0xe100;
const CITATION = /\[\^([A-Za-z][\w+.-]*:\/\/[^\]\s]*)\]/g;
/** One placeholder: start mark, index mark, fill up to the citation's length. */
export const PLACEHOLDER = /\ue000([\ue100-\uefff])\ue001*/g;

/** Parses `source` in `dialect`, protecting citations from remark's footnote and URL rules. */
export function parseSource(source: string, dialect: Dialect): ParsedSource {
  const parser = dialect === 'gfm' ? gfmParser : v2Parser;
  const first = parser.parse(source);
  if (!source.includes('[^') || /[\ue000-\uefff]/.test(source)) {
    return { tree: first, text: source, citations: [] };
  }
  const literal = literalRanges(first);
  const citations: string[] = [];
  let text = source;
  for (const match of source.matchAll(CITATION)) {
    const at = match.index;
    if (isEscaped(source, at) || literal.some(([from, to]) => at >= from && at < to)) continue;
    if (citations.length >= 0xf00) break;
    const raw = match[0];
    const placeholder =
      String.fromCharCode(PLACEHOLDER_START) +
      String.fromCharCode(PLACEHOLDER_INDEX_BASE + citations.length) +
      PLACEHOLDER_FILL.repeat(raw.length - 2);
    citations.push(raw);
    text = text.slice(0, at) + placeholder + text.slice(at + raw.length);
  }
  if (citations.length === 0) return { tree: first, text: source, citations };
  return { tree: parser.parse(text), text, citations };
}

/** Offsets covered by code, math and HTML, where `[^…]` is literal. */
function literalRanges(tree: Root): [number, number][] {
  const ranges: [number, number][] = [];
  visit(tree, (node) => {
    if (!['code', 'inlineCode', 'math', 'inlineMath', 'html'].includes(node.type)) return;
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start !== undefined && end !== undefined) ranges.push([start, end]);
  });
  return ranges;
}

function isEscaped(text: string, at: number): boolean {
  let backslashes = 0;
  for (let i = at - 1; i >= 0 && text[i] === '\\'; i -= 1) backslashes += 1;
  return backslashes % 2 === 1;
}
