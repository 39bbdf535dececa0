/**
 * mdast flow content → IR blocks with source spans, for both dialects. One top-level source
 * block gives one IR block (a list gives one per item), so a GFM file and its v2 conversion have
 * block lists of the same length.
 */
import type { Html, List, Nodes, Paragraph, RootContent } from 'mdast';
import { isNotionLanguage, spacedLanguage } from './languages.js';
import { parseSource } from './parse.js';
import { readTable } from './read-table.js';
import { dedent, lineOf, splitTagBlocks, unquote } from './segments.js';
import { ReadContext } from './read-context.js';
import { opensDetails, readAlert, readDetails } from './read-containers.js';
import { mergeText, readBlockInlines, readInlines } from './read-inline.js';
import { HTML_BLOCK_MESSAGE, readTagBlock } from './read-tags.js';
import { classifyInlineTag, notionBlockTagAt, tagBlockEnd, type Dialect } from './tags.js';
import type { IrBlock, IrInline, LossWarning, SourceEntry } from './types.js';

/** Reads a whole document: its top-level blocks with spans, and the warnings raised. */
export function readDocument(
  source: string,
  dialect: Dialect,
): { entries: SourceEntry[]; warnings: LossWarning[] } {
  const root = new ReadContext(dialect, source, source, []);
  // Top-level tag blocks are cut out before remark sees the text: remark would otherwise merge
  // a list that ends a <callout> with a list that follows it.
  const segments = splitTagBlocks(source, dialect).map((segment) => {
    if (segment.tag !== undefined) return { segment };
    const parsed = parseSource(source.slice(segment.start, segment.end), dialect);
    const lineBase = lineOf(source, segment.start) - 1;
    const ctx = root.fragment(source, parsed.text, parsed.citations, segment.start, lineBase);
    ctx.collectDefinitions(parsed.tree);
    return { segment, parsed, ctx };
  });
  const entries: SourceEntry[] = [];
  for (const { segment, parsed, ctx } of segments) {
    if (segment.tag !== undefined) {
      const line = lineOf(source, segment.start);
      const read = readTagBlock(segment.tag, source.slice(segment.start, segment.end), root, line);
      entries.push({ ...read, start: segment.start, end: segment.end, line });
    } else if (parsed && ctx) {
      entries.push(...readFlow(parsed.tree.children, ctx, lineOf(source, segment.start)));
    }
  }
  if (dialect === 'gfm') {
    for (const definition of root.unusedDefinitions()) {
      root.warn(
        'unused-definition',
        `[${definition.label ?? definition.identifier}]`,
        lineOf(source, definition.position?.start.offset ?? 0),
        'No link uses this reference definition, so Notion does not get it; it stays in the file.',
      );
    }
  }
  return { entries, warnings: root.warnings };
}

/** Reads a piece of a source on its own (a tag's children), sharing warnings and definitions. */
export function readFragment(text: string, ctx: ReadContext, line: number): IrBlock[] {
  const parsed = parseSource(text, ctx.dialect);
  const own = ctx.fragment(text, parsed.text, parsed.citations, 0, line - 1);
  return readFlow(parsed.tree.children, own, line).map((entry) => entry.block);
}

/** Reads sibling flow nodes, merging each Notion tag block with the nodes it spans. */
function readFlow(nodes: RootContent[], ctx: ReadContext, line: number): SourceEntry[] {
  const entries: SourceEntry[] = [];
  for (let i = 0; i < nodes.length; i += 1) {
    const node = nodes[i] as RootContent;
    const start = ctx.start(node);
    const at = ctx.line(node, line);
    if (ctx.dialect === 'gfm' && opensDetails(node)) {
      const details = readDetails(nodes, i, ctx, at, readFlow, readFragment);
      if (details) {
        entries.push(details.entry);
        i = details.last;
        continue;
      }
    }
    if (start !== undefined && (node.type === 'html' || node.type === 'paragraph')) {
      const tag = notionBlockTagAt(ctx.source, ctx.dialect, start);
      const close = tag === undefined ? undefined : tagBlockEnd(ctx.source, start, tag);
      if (tag !== undefined && close !== undefined) {
        let last = i;
        while (
          last + 1 < nodes.length &&
          (ctx.start(nodes[last + 1] as RootContent) ?? Infinity) < close
        )
          last += 1;
        const end = Math.max(close, ctx.end(nodes[last] as RootContent) ?? close);
        const column = (node.position?.start.column ?? 1) - 1;
        const raw = dedent(unquote(ctx.source.slice(start, end), ctx.quoteDepth), column);
        entries.push({ ...readTagBlock(tag, raw, ctx, at), start, end, line: at });
        i = last;
        continue;
      }
    }
    for (const entry of readNode(node as RootContent | Toml, ctx, at)) entries.push(entry);
  }
  return entries;
}

/** remark-frontmatter's TOML node, which @types/mdast does not list. */
interface Toml {
  type: 'toml';
  value: string;
  position?: RootContent['position'];
}

function readNode(node: RootContent | Toml, ctx: ReadContext, line: number): SourceEntry[] {
  const start = ctx.start(node as Nodes) ?? 0;
  const end = ctx.end(node as Nodes) ?? start;
  const entry = (block: IrBlock, extra: Partial<SourceEntry> = {}): SourceEntry[] => [
    { block, start, end, line, ...extra },
  ];
  switch (node.type) {
    case 'paragraph':
      return entry(readParagraph(node, ctx, line));
    case 'heading': {
      let depth = node.depth as number;
      if (depth > 4 && ctx.dialect === 'gfm') {
        ctx.warn(
          'heading-level',
          `h${depth}`,
          line,
          `Notion headings stop at h4: this h${depth} is sent as h4.`,
        );
        depth = 4;
      }
      return entry({
        type: 'heading',
        depth,
        children: readBlockInlines(node.children, ctx, line),
      });
    }
    case 'thematicBreak':
      return entry({ type: 'divider' });
    case 'blockquote': {
      const alert = ctx.dialect === 'gfm' ? readAlert(node, ctx, line, readFlow) : undefined;
      if (alert) return entry(alert);
      return entry({
        type: 'quote',
        children: readFlow(node.children, ctx.quoted(), line).map((e) => e.block),
      });
    }
    case 'list':
      return readList(node, ctx, line);
    case 'code': {
      const spaced = spacedLanguage(node.lang ?? '', node.meta);
      const lang = spaced ?? node.lang ?? '';
      if (node.meta && !spaced && ctx.dialect === 'gfm') {
        ctx.warn(
          'code-info',
          `\`\`\`${node.lang ?? ''} ${node.meta}`,
          line,
          `Notion code blocks hold a language only: "${node.meta}" is not sent.`,
        );
      }
      if (ctx.dialect === 'gfm' && !isNotionLanguage(lang)) {
        ctx.warn(
          'code-language',
          `\`\`\`${lang}`,
          line,
          `Notion has no language "${lang}": the block is plain text in Notion (the file keeps "${lang}").`,
        );
      }
      return entry({ type: 'code', lang, value: node.value.replace(/\r\n?/g, '\n') });
    }
    case 'math':
      return entry({ type: 'math', value: node.value.replace(/\r\n?/g, '\n') });
    case 'html':
      // HTML comments are the file's own notes: Notion has no invisible content, so they stay
      // local (in the gaps between units, byte for byte) and are never sent.
      if (ctx.dialect === 'gfm' && isCommentBlock(node.value)) return [];
      return entry(...readHtmlBlock(node, ctx, line));
    case 'yaml':
    case 'toml':
      ctx.warn(
        'front-matter',
        `${node.type} front matter`,
        line,
        `Notion has no front matter: it is sent as a ${node.type} code block (written back as front matter).`,
      );
      return entry(
        { type: 'code', lang: node.type, value: node.value },
        { origin: `frontmatter-${node.type}` },
      );
    case 'table':
      return readTable(node, ctx, line);
    case 'definition':
      if (ctx.dialect === 'gfm') return [];
      return entry({ type: 'paragraph', children: [{ type: 'text', value: ctx.sourceOf(node) }] });
    case 'footnoteDefinition': {
      ctx.warn(
        'footnote',
        `[^${node.label ?? node.identifier}]:`,
        line,
        'Notion has no footnotes: the footnote text is sent as a paragraph of literal text.',
      );
      const parts: IrInline[] = [{ type: 'text', value: `[^${node.label ?? node.identifier}]: ` }];
      node.children.forEach((child, index) => {
        if (index > 0) parts.push({ type: 'break' });
        if (child.type === 'paragraph') parts.push(...readInlines(child.children, ctx, line));
        else parts.push({ type: 'text', value: ctx.sourceOf(child) });
      });
      return entry({ type: 'paragraph', children: mergeText(parts) }, { origin: 'footnote' });
    }
    default: {
      const other = node as Nodes;
      ctx.warn(
        'unsupported',
        other.type,
        line,
        `Sent as literal text: Notion has no form for this ${other.type}.`,
      );
      return entry({ type: 'paragraph', children: [{ type: 'text', value: ctx.sourceOf(other) }] });
    }
  }
}

/** An HTML block made of comments only. */
export function isCommentBlock(html: string): boolean {
  return /^\s*(?:<!--[\s\S]*?-->\s*)+$/.test(html);
}

function readParagraph(node: Paragraph, ctx: ReadContext, line: number): IrBlock {
  const content = node.children.filter(
    (child) => !(child.type === 'text' && child.value.trim() === ''),
  );
  const only = content.length === 1 ? content[0] : undefined;
  const image = only?.type === 'link' && only.children.length === 1 ? only.children[0] : only;
  if (image && (image.type === 'image' || image.type === 'imageReference')) {
    const url = image.type === 'image' ? image.url : ctx.definition(image.identifier)?.url;
    const title = image.type === 'image' ? image.title : ctx.definition(image.identifier)?.title;
    if (url !== undefined) {
      if (title)
        ctx.warn(
          'image-title',
          'image title',
          line,
          `Notion images have no title: "${title}" is not sent.`,
        );
      if (only !== image && only?.type === 'link') {
        ctx.warn(
          'image-link',
          'linked image',
          line,
          `Notion images cannot be links: the link to ${only.url} is not sent.`,
        );
      }
      return { type: 'image', url, alt: image.alt ?? '' };
    }
  }
  return { type: 'paragraph', children: readBlockInlines(node.children, ctx, line) };
}

function readHtmlBlock(
  node: Html,
  ctx: ReadContext,
  line: number,
): [IrBlock, Partial<SourceEntry>?] {
  const firstTag = /^\s*(<[^>]*>)/.exec(node.value)?.[1];
  const inlineTag = firstTag === undefined ? undefined : classifyInlineTag(firstTag);
  const inlineStart = inlineTag !== undefined && inlineTag.kind !== 'break';
  if (inlineStart) return [readHtmlAsParagraph(node, ctx, line)];
  if (ctx.dialect === 'v2') {
    // Notion saves HTML it does not know as literal text.
    const lines = node.value.replace(/\r\n?/g, '\n').split('\n');
    const children: IrInline[] = lines.flatMap((text, index) =>
      index === 0
        ? [{ type: 'text' as const, value: text }]
        : [{ type: 'break' as const }, { type: 'text' as const, value: text }],
    );
    return [{ type: 'paragraph', children: mergeText(children) }];
  }
  const construct = node.value.trim().startsWith('<!--')
    ? 'HTML comment'
    : `HTML block ${firstTag ?? ''}`.trim();
  ctx.warn('html-block', construct, line, HTML_BLOCK_MESSAGE);
  return [
    { type: 'code', lang: 'html', value: node.value.replace(/\r\n?/g, '\n') },
    { origin: 'html' },
  ];
}

/**
 * A paragraph that starts with an inline tag alone on its line (`<mention …/>`) parses as an
 * HTML block in CommonMark; it is read again as a paragraph.
 */
function readHtmlAsParagraph(node: Html, ctx: ReadContext, line: number): IrBlock {
  const offset = node.position?.start.offset;
  const text = 'x' + ctx.textOf(node);
  const parsed = parseSource(text, ctx.dialect);
  const first = parsed.tree.children[0];
  if (offset === undefined || first?.type !== 'paragraph' || parsed.tree.children.length !== 1) {
    return { type: 'paragraph', children: [{ type: 'text', value: node.value }] };
  }
  // Offsets in `text` are one past the node's own: the leading "x" stands in for the char before.
  const shifted = ctx.fragment(ctx.source, text, ctx.citations, ctx.base + offset - 1, line - 1);
  const children = readBlockInlines(first.children, shifted, line);
  const head = children[0];
  if (head?.type !== 'text') return { type: 'paragraph', children };
  return {
    type: 'paragraph',
    children: mergeText([{ type: 'text', value: head.value.slice(1) }, ...children.slice(1)]),
  };
}

function readList(list: List, ctx: ReadContext, line: number): SourceEntry[] {
  return list.children.map((item, index) => {
    const at = ctx.line(item, line);
    const blocks = readItemChildren(item.children, ctx, at);
    let kind: 'bullet' | 'ordered' | 'todo' = list.ordered ? 'ordered' : 'bullet';
    let checked = item.checked === true;
    const first = item.children[0];
    let title: IrInline[] = [];
    if (first?.type === 'paragraph' && blocks[0]?.type === 'paragraph') {
      title = blocks[0].children;
      blocks.shift();
    }
    if (typeof item.checked === 'boolean') {
      if (list.ordered && ctx.dialect === 'gfm') {
        ctx.warn(
          'numbered-todo',
          'numbered task item',
          at,
          'Notion to-dos have no number: sent as a to-do.',
        );
      }
      kind = 'todo';
    } else if (isBareCheckbox(first, title, ctx)) {
      kind = 'todo';
      checked = title[0]?.type === 'text' && title[0].value !== '[ ]';
      title = [];
    }
    if (index === 0 && list.ordered && (list.start ?? 1) !== 1 && ctx.dialect === 'gfm') {
      ctx.warn(
        'list-start',
        `${list.start ?? 1}.`,
        at,
        `Notion numbers every list from 1: this list starts at ${list.start ?? 1} in the file.`,
      );
    }
    const block: IrBlock = {
      type: 'item',
      kind,
      checked,
      number: (list.start ?? 1) + index,
      title,
      children: blocks,
    };
    const start = ctx.start(item) ?? 0;
    return { block, start, end: ctx.end(item) ?? start, line: at };
  });
}

/**
 * An item's children. In v2 a child tag block may follow the item's text on the next line
 * (Notion nests by indentation); CommonMark would read it as more text, so it is cut off first.
 */
function readItemChildren(children: RootContent[], ctx: ReadContext, line: number): IrBlock[] {
  const [first, ...rest] = children;
  if (ctx.dialect === 'v2' && first?.type === 'paragraph') {
    const lines = ctx.sourceOf(first).split('\n');
    const cut = lines.findIndex(
      (text, index) => index > 0 && notionBlockTagAt(text.trimStart(), 'v2') !== undefined,
    );
    if (cut > 0) {
      const indent = (lines[cut] ?? '').length - (lines[cut] ?? '').trimStart().length;
      const tail = lines
        .slice(cut)
        .map((text) => text.replace(new RegExp(`^[ \\t]{0,${indent}}`), ''));
      return [
        ...readFragment(lines.slice(0, cut).join('\n'), ctx, line),
        ...readFragment(tail.join('\n'), ctx, line + cut),
        ...readFlow(rest, ctx, line).map((entry) => entry.block),
      ];
    }
  }
  return readFlow(children, ctx, line).map((entry) => entry.block);
}

/** `- [ ]` with nothing after it: an empty to-do (CommonMark reads it as text "[ ]"). */
function isBareCheckbox(first: Nodes | undefined, title: IrInline[], ctx: ReadContext): boolean {
  const only = title.length === 1 ? title[0] : undefined;
  if (only?.type !== 'text' || !/^\[[ xX]\]$/.test(only.value) || first?.type !== 'paragraph')
    return false;
  return ctx.sourceOf(first).startsWith('[');
}
