import { parseImageLine, parseInline } from './inline-parse.js';
import { isPipeTableStart, parsePipeTable } from './block-tables.js';
import {
  headingBlock,
  imageBlock,
  parseTagBlock,
  type ParseContext,
  type TagParse,
} from './block-tags.js';
import {
  ATX_HEADING,
  BLANK,
  EQUATION_FENCE,
  FENCE_OPEN,
  IMAGE_LINE,
  LIST_ITEM,
  QUOTE,
  SETEXT,
  TAG_LINE,
  THEMATIC_BREAK,
  BLOCK_TAGS,
  indentWidth,
  interruptsParagraph,
  isBlank,
  stripChildIndent,
  type Line,
} from './lines.js';
import { textItem } from './rich-text.js';
import {
  CODE_LANGUAGES,
  CODE_LANGUAGE_ALIASES,
  MarkdownRejected,
  type EmuBlock,
  type MentionPayload,
  type RichText,
} from './types.js';

/** Options for {@link parseNotionMarkdown}. */
export type ParseOptions = {
  /** Decides what a `<mention url>` points at (default: judged from the URL, A-MD-14). */
  resolveMention?: (url: string) => MentionPayload;
  /**
   * Whether an `<unknown url>` tag names a block the page really has; when it returns false the
   * input is refused. Without it every `<unknown>` becomes a marker block for the caller.
   */
  isKnownBlockUrl?: (url: string) => boolean;
};

/**
 * Parses Notion-flavored Markdown v2 into Notion blocks.
 * @throws MarkdownRejected when the input breaks the format's documented rules.
 */
export function parseNotionMarkdown(markdown: string, options: ParseOptions = {}): EmuBlock[] {
  const lines = markdown
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((text, index) => ({ text, no: index + 1 }));
  const context: ParseContext = {
    options,
    blocks: (region) => parseRegion(region, context),
    inline: (text, line) =>
      parseInline(text, {
        line,
        ...(options.resolveMention ? { resolveMention: options.resolveMention } : {}),
      }),
    cell: (text, line) =>
      parseInline(text, {
        line,
        cell: true,
        ...(options.resolveMention ? { resolveMention: options.resolveMention } : {}),
      }),
    image: (text, line) =>
      parseImageLine(text, {
        line,
        ...(options.resolveMention ? { resolveMention: options.resolveMention } : {}),
      }),
  };
  return context.blocks(lines);
}

function parseRegion(lines: Line[], context: ParseContext): EmuBlock[] {
  const blocks: EmuBlock[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] as Line;
    if (BLANK.test(line.text)) {
      i++;
      continue;
    }
    const [block, next] = parseBlockAt(lines, i, context);
    if (Array.isArray(block)) blocks.push(...block);
    else blocks.push(block);
    i = next;
  }
  return blocks;
}

function parseBlockAt(lines: Line[], i: number, context: ParseContext): TagParse {
  const line = lines[i] as Line;
  const text = line.text;
  if (text.startsWith('\t')) {
    throw new MarkdownRejected(
      'tab indentation outside a list: v2 nests only list items by indentation; other blocks use their tag form',
      line.no,
    );
  }
  if (indentWidth(text) >= 4) return indentedCode(lines, i);
  if (FENCE_OPEN.test(text)) return fencedCode(lines, i, context);
  if (EQUATION_FENCE.test(text)) return blockEquation(lines, i);
  const heading = ATX_HEADING.exec(text);
  if (heading !== null) {
    const level = Math.min((heading[1] as string).length, 4);
    const content = (heading[2] as string).replace(/(?:^|[ \t]+)#+[ \t]*$/, '').trim();
    return [headingBlock(level, context.inline(content, line.no)), i + 1];
  }
  if (THEMATIC_BREAK.test(text)) return [{ type: 'divider', divider: {} }, i + 1];
  if (LIST_ITEM.test(text)) return listItem(lines, i, context);
  if (QUOTE.test(text)) return quote(lines, i, context);
  const tag = TAG_LINE.exec(text);
  if (tag !== null && BLOCK_TAGS.has(tag[1] as string)) return parseTagBlock(lines, i, context);
  const image = IMAGE_LINE.test(text) ? context.image(text, line.no) : null;
  if (image !== null) return [imageBlock('image', image.url, image.caption), i + 1];
  if (isPipeTableStart(lines, i)) return parsePipeTable(lines, i, context);
  return paragraph(lines, i, context);
}

function paragraph(lines: Line[], start: number, context: ParseContext): [EmuBlock, number] {
  const parts = [(lines[start] as Line).text.replace(/^[ \t]+/, '')];
  let i = start + 1;
  while (i < lines.length) {
    const text = (lines[i] as Line).text;
    if (BLANK.test(text)) break;
    const setext = SETEXT.exec(text);
    if (setext !== null) {
      const level = (setext[1] as string).startsWith('=') ? 1 : 2;
      const content = parts.join('\n');
      return [headingBlock(level, context.inline(content, (lines[start] as Line).no)), i + 1];
    }
    if (interruptsParagraph(text)) break;
    parts.push(text.replace(/^[ \t]+/, ''));
    i++;
  }
  const richText = context.inline(
    parts.join('\n').replace(/[ \t]+$/, ''),
    (lines[start] as Line).no,
  );
  return [{ type: 'paragraph', paragraph: { rich_text: richText, color: 'default' } }, i];
}

function fencedCode(lines: Line[], start: number, context: ParseContext): [EmuBlock, number] {
  const open = FENCE_OPEN.exec((lines[start] as Line).text) as RegExpExecArray;
  const indent = (open[1] as string).length;
  const fence = open[2] as string;
  const info = (open[3] as string).trim();
  // CommonMark: a backtick fence whose info string has a backtick is not a fence at all.
  if (fence.startsWith('`') && info.includes('`')) return paragraph(lines, start, context);
  const closing = new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}[ \\t]*$`);
  const body: string[] = [];
  let i = start + 1;
  for (; i < lines.length; i++) {
    const text = (lines[i] as Line).text;
    if (closing.test(text)) break;
    body.push(text.replace(new RegExp(`^ {0,${indent}}`), ''));
  }
  if (i >= lines.length) {
    throw new MarkdownRejected(`code fence ${fence} is never closed`, (lines[start] as Line).no);
  }
  return [codeBlock(body.join('\n'), codeLanguage(info)), i + 1];
}

/** Notion knows a fixed list of languages; anything else becomes plain text (A-MD-10). */
function codeLanguage(info: string): string {
  const lower = info.toLowerCase();
  if (lower === '') return 'plain text';
  if (CODE_LANGUAGES.has(lower)) return lower;
  const word = lower.split(/\s+/)[0] as string;
  if (CODE_LANGUAGES.has(word)) return word;
  return CODE_LANGUAGE_ALIASES[word] ?? 'plain text';
}

function codeBlock(content: string, language: string): EmuBlock {
  const richText = content === '' ? [] : [textItem(content)];
  return { type: 'code', code: { rich_text: richText, language, caption: [] } };
}

function indentedCode(lines: Line[], start: number): [EmuBlock, number] {
  const body: string[] = [];
  let i = start;
  for (; i < lines.length; i++) {
    const text = (lines[i] as Line).text;
    if (!BLANK.test(text) && indentWidth(text) < 4) break;
    body.push(text.replace(/^ {4}/, ''));
  }
  while (body.length > 0 && BLANK.test(body[body.length - 1] as string)) body.pop();
  return [codeBlock(body.join('\n'), 'plain text'), i];
}

function blockEquation(lines: Line[], start: number): [EmuBlock, number] {
  const first = (lines[start] as Line).text.trim();
  const single = /^\$\$(.+)\$\$$/.exec(first);
  if (single !== null) return [equationBlock((single[1] as string).trim()), start + 1];
  if (first !== '$$') {
    throw new MarkdownRejected(
      'a block equation opens with $$ alone on its line',
      (lines[start] as Line).no,
    );
  }
  const body: string[] = [];
  for (let i = start + 1; i < lines.length; i++) {
    const text = (lines[i] as Line).text;
    if (text.trim() === '$$') return [equationBlock(body.join('\n').trim()), i + 1];
    body.push(text);
  }
  throw new MarkdownRejected('block equation $$ is never closed', (lines[start] as Line).no);
}

function equationBlock(expression: string): EmuBlock {
  return { type: 'equation', equation: { expression } };
}

/**
 * Whether an item's text is another block (`- # Heading`, `- ```js`, `- > quote`, `- ![c](u)`):
 * "List items should contain inline rich text. Other block types render as children of an empty
 * list item" (A-MD-37).
 */
function startsChildBlock(rest: string): boolean {
  if (rest === '' || /^\[[ xX]\](?:[ \t]|$)/.test(rest)) return false;
  return interruptsParagraph(rest) || LIST_ITEM.test(rest) || /^!\[.*\)[ \t]*$/.test(rest);
}

/**
 * One list item and its children. Every item is its own block; children are the lines indented
 * by a tab or to the item's content column (A-MD-05).
 */
function listItem(lines: Line[], start: number, context: ParseContext): [EmuBlock, number] {
  const first = lines[start] as Line;
  const match = LIST_ITEM.exec(first.text) as RegExpExecArray;
  const marker = match[2] as string;
  const rest = match[4] as string;
  const contentColumn =
    (match[1] as string).length +
    marker.length +
    (rest === '' ? 1 : Math.max(1, (match[3] as string).length));
  const blockFirst = startsChildBlock(rest);
  const titleParts = blockFirst ? [] : [rest];
  let i = start + 1;
  while (!blockFirst && i < lines.length && !isBlank(lines[i])) {
    const text = (lines[i] as Line).text;
    const child = stripChildIndent(text, contentColumn);
    // A sibling item at this level always starts a new block, whatever its number.
    if (child === null && LIST_ITEM.test(text)) break;
    if (
      child !== null
        ? interruptsParagraph(child) || child.startsWith('\t')
        : interruptsParagraph(text)
    ) {
      break;
    }
    if (child === null && SETEXT.test(text)) break;
    titleParts.push((child ?? text).replace(/^[ \t]+/, ''));
    i++;
  }
  const childLines: Line[] = blockFirst ? [{ text: rest, no: first.no }] : [];
  const lead = childLines.length;
  let end = i;
  for (let j = i; j < lines.length; j++) {
    const line = lines[j] as Line;
    if (BLANK.test(line.text)) {
      childLines.push({ text: '', no: line.no });
      continue;
    }
    const child = stripChildIndent(line.text, contentColumn);
    if (child === null) break;
    childLines.push({ text: child, no: line.no });
    end = j + 1;
  }
  const children = context.blocks(childLines.slice(0, lead + Math.max(0, end - i)));
  const block = listItemBlock(marker, titleParts.join('\n'), first.no, context);
  if (children.length > 0) block.children = children;
  return [block, end];
}

function listItemBlock(
  marker: string,
  title: string,
  lineNo: number,
  context: ParseContext,
): EmuBlock {
  const bullet = /^[-*+]$/.test(marker);
  const task = bullet ? /^\[([ xX])\](?:[ \t]+|$)/.exec(title) : null;
  const body = task !== null ? title.slice(task[0].length) : title;
  const richText = context.inline(body, lineNo);
  if (task !== null) {
    return {
      type: 'to_do',
      to_do: { rich_text: richText, checked: task[1] !== ' ', color: 'default' },
    };
  }
  const type = bullet ? 'bulleted_list_item' : 'numbered_list_item';
  return { type, [type]: { rich_text: richText, color: 'default' } };
}

/**
 * `>` lines: the first paragraph is the quote's text, anything after it becomes its children
 * (A-MD-06); the renderer writes such a quote in its `<quote>` tag form.
 */
function quote(lines: Line[], start: number, context: ParseContext): [EmuBlock, number] {
  const inner: Line[] = [];
  let i = start;
  let lazyAllowed = false;
  for (; i < lines.length; i++) {
    const line = lines[i] as Line;
    if (QUOTE.test(line.text)) {
      const content = line.text.replace(/^ {0,3}> ?/, '');
      inner.push({ text: content, no: line.no });
      lazyAllowed = !BLANK.test(content) && !interruptsParagraph(content);
      continue;
    }
    if (lazyAllowed && !BLANK.test(line.text) && !interruptsParagraph(line.text)) {
      inner.push({ text: line.text, no: line.no });
      continue;
    }
    break;
  }
  const blocks = context.blocks(inner);
  const head = blocks[0];
  const titled = head?.type === 'paragraph';
  const richText = titled ? (head.paragraph as { rich_text: RichText[] }).rich_text : [];
  const block: EmuBlock = { type: 'quote', quote: { rich_text: richText, color: 'default' } };
  const children = titled ? blocks.slice(1) : blocks;
  if (titled && head.children !== undefined) children.unshift(...head.children);
  if (children.length > 0) block.children = children;
  return [block, i];
}
