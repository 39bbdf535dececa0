/**
 * mdast phrasing content → IR inlines, for both dialects. Notion's inline tags (`<u>`, `<span
 * color>`, `<mention>`, `<date/>`, `<b>`…) are paired up here; other inline HTML is literal text
 * (Notion stores it as text, so a GFM file's `<sup>` is sent escaped, with a warning).
 */
import type { PhrasingContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { PLACEHOLDER } from './parse.js';
import type { ReadContext } from './read-context.js';
import { classifyInlineTag } from './tags.js';
import type { IrInline } from './types.js';

/** Converts phrasing children; `line` is used for nodes without a position. */
export function readInlines(nodes: PhrasingContent[], ctx: ReadContext, line: number): IrInline[] {
  const out: IrInline[] = [];
  for (let i = 0; i < nodes.length; i += 1) {
    const node = nodes[i] as PhrasingContent;
    const at = ctx.line(node, line);
    switch (node.type) {
      case 'text':
        out.push(...splitCitations(normalizeSpace(node.value), ctx));
        break;
      case 'emphasis':
      case 'strong':
      case 'delete':
        out.push({ type: node.type, children: readInlines(node.children, ctx, at) });
        break;
      case 'inlineCode':
        out.push({ type: 'inlineCode', value: node.value.replace(/\r?\n/g, ' ') });
        break;
      case 'inlineMath':
        out.push({ type: 'inlineMath', value: node.value });
        break;
      case 'break':
        out.push({ type: 'break' });
        break;
      case 'link':
        if (node.title) {
          ctx.warn(
            'link-title',
            'link title',
            at,
            `Notion links have no title: "${node.title}" is not sent.`,
          );
        }
        out.push({
          type: 'link',
          url: node.url,
          children: unlink(readInlines(node.children, ctx, at)),
        });
        break;
      case 'linkReference': {
        const definition = ctx.definition(node.identifier);
        if (!definition) {
          out.push({ type: 'text', value: ctx.sourceOf(node) });
          break;
        }
        if (ctx.dialect === 'gfm') {
          ctx.warn(
            'reference-link',
            `[${node.label ?? node.identifier}]`,
            at,
            'Reference-style link sent as an inline link; it comes back from Notion inline.',
          );
        }
        out.push({
          type: 'link',
          url: definition.url,
          children: unlink(readInlines(node.children, ctx, at)),
        });
        break;
      }
      case 'image':
      case 'imageReference': {
        const url = node.type === 'image' ? node.url : ctx.definition(node.identifier)?.url;
        if (url === undefined) {
          out.push({ type: 'text', value: ctx.sourceOf(node) });
          break;
        }
        ctx.warn(
          'inline-image',
          'image in text',
          at,
          'Notion images are blocks of their own: an image inside text is sent as a link to it.',
        );
        out.push({ type: 'link', url, children: [{ type: 'text', value: node.alt || url }] });
        break;
      }
      case 'footnoteReference':
        ctx.warn(
          'footnote',
          `[^${node.label ?? node.identifier}]`,
          at,
          'Notion has no footnotes: the reference is sent as literal text.',
        );
        out.push({ type: 'text', value: `[^${node.label ?? node.identifier}]` });
        break;
      case 'html':
        if (ctx.dialect === 'gfm' && isComment(node.value)) {
          // A comment in a file is a note to its readers, never sent: the text closes up
          // around it as if it were not there.
          const previous = out[out.length - 1];
          const next = nodes[i + 1];
          const nextSpaced =
            next === undefined ||
            next.type === 'break' ||
            (next.type === 'text' && /^\s/.test(next.value));
          if (previous?.type === 'text' && nextSpaced)
            out[out.length - 1] = { type: 'text', value: previous.value.trimEnd() };
          else if (next?.type === 'text' && (previous === undefined || previous.type === 'break'))
            nodes[i + 1] = { ...next, value: next.value.trimStart() };
          break;
        }
        i = readHtml(nodes, i, ctx, at, out);
        break;
      default:
        out.push({ type: 'text', value: toString(node) });
    }
  }
  return mergeText(out);
}

/** The inline content of a block: breaks at its edges carry nothing and are dropped. */
export function readBlockInlines(
  nodes: PhrasingContent[],
  ctx: ReadContext,
  line: number,
): IrInline[] {
  const inlines = readInlines(nodes, ctx, line);
  while (inlines[0]?.type === 'break') inlines.shift();
  while (inlines[inlines.length - 1]?.type === 'break') inlines.pop();
  return inlines;
}

/** Reads the inline HTML node at `index` (pairing it with its closing tag); returns the last index used. */
function readHtml(
  nodes: PhrasingContent[],
  index: number,
  ctx: ReadContext,
  line: number,
  out: IrInline[],
): number {
  const node = nodes[index] as PhrasingContent & { type: 'html' };
  // A comment in a file is a note to its readers, never sent (it stays in the file).
  const tag = classifyInlineTag(node.value);
  if (tag?.kind === 'break') {
    out.push({ type: 'break' });
    return index;
  }
  if (tag?.kind === 'atom') {
    out.push({ type: 'atom', raw: tag.raw });
    return index;
  }
  if (tag?.kind === 'atom-open' || tag?.kind === 'open') {
    const close = matchingClose(nodes, index, tag.name);
    if (close !== undefined) {
      if (tag.kind === 'atom-open') {
        const start = ctx.start(node);
        const end = ctx.end(nodes[close] as PhrasingContent);
        if (start !== undefined && end !== undefined) {
          out.push({ type: 'atom', raw: normalizeSpace(ctx.source.slice(start, end)) });
          return close;
        }
      } else {
        const children = readInlines(nodes.slice(index + 1, close), ctx, line);
        if (tag.name === 'span') out.push({ type: 'span', open: tag.raw, children });
        else out.push({ type: TAG_TYPES[tag.name], children });
        return close;
      }
    }
  }
  if (ctx.dialect === 'gfm') {
    ctx.warn(
      'inline-html',
      htmlName(node.value),
      line,
      'Notion stores this HTML as literal text: it is sent escaped and shows as text in Notion.',
    );
  }
  out.push({ type: 'text', value: normalizeSpace(node.value) });
  return index;
}

function isComment(html: string): boolean {
  return /^<!--[\s\S]*-->$/.test(html.trim());
}

const TAG_TYPES = { b: 'strong', i: 'emphasis', s: 'delete', u: 'underline' } as const;

function matchingClose(nodes: PhrasingContent[], index: number, name: string): number | undefined {
  let depth = 0;
  for (let j = index + 1; j < nodes.length; j += 1) {
    const node = nodes[j] as PhrasingContent;
    if (node.type !== 'html') continue;
    const tag = classifyInlineTag(node.value);
    if ((tag?.kind === 'open' || tag?.kind === 'atom-open') && tag.name === name) depth += 1;
    if (tag?.kind === 'close' && tag.name === name) {
      if (depth === 0) return j;
      depth -= 1;
    }
  }
  return undefined;
}

function htmlName(raw: string): string {
  const name = /^<\/?([A-Za-z][\w-]*)/.exec(raw.trim());
  return name
    ? `<${(name[1] ?? '').toLowerCase()}>`
    : raw.trim().startsWith('<!--')
      ? 'HTML comment'
      : 'HTML';
}

/** Soft line breaks are spaces: Notion keeps a paragraph on one line. */
export function normalizeSpace(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/[ \t]*\n[ \t]*/g, ' ');
}

function splitCitations(text: string, ctx: ReadContext): IrInline[] {
  if (ctx.citations.length === 0 || !text.includes('\ue000'))
    return [{ type: 'text', value: text }];
  const out: IrInline[] = [];
  let last = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    const raw = ctx.citations[(match[1] ?? '').charCodeAt(0) - 0xe100];
    if (raw === undefined) continue;
    if (match.index > last) out.push({ type: 'text', value: text.slice(last, match.index) });
    out.push({ type: 'atom', raw });
    last = match.index + match[0].length;
  }
  if (last < text.length) out.push({ type: 'text', value: text.slice(last) });
  return out;
}

/** A link cannot hold a link (an image inside a link became one): keep the inner text only. */
function unlink(inlines: IrInline[]): IrInline[] {
  return mergeText(
    inlines.flatMap((inline) => (inline.type === 'link' ? unlink(inline.children) : [inline])),
  );
}

/**
 * Joins adjacent text nodes and drops empty ones, and trims spaces around hard breaks (a line
 * break after `<br>` is not a space), so equal content has one shape.
 */
export function mergeText(inlines: IrInline[]): IrInline[] {
  const out: IrInline[] = [];
  for (const original of inlines) {
    const previous = out[out.length - 1];
    let inline = original;
    if (inline.type === 'text' && previous?.type === 'break') {
      inline = { type: 'text', value: inline.value.trimStart() };
    }
    if (inline.type === 'break' && previous?.type === 'text') {
      const trimmed = previous.value.trimEnd();
      if (trimmed === '') out.pop();
      else out[out.length - 1] = { type: 'text', value: trimmed };
    }
    if (inline.type === 'text') {
      if (inline.value === '') continue;
      if (previous?.type === 'text') {
        out[out.length - 1] = { type: 'text', value: previous.value + inline.value };
        continue;
      }
    }
    out.push(inline);
  }
  return out;
}
