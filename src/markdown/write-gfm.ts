/**
 * IR → GFM, through mdast and remark-stringify (which knows GFM's escaping). Notion constructs
 * without a GFM form are written as the raw tags they came as, so a push sends them back as they
 * were.
 */
import type {
  BlockContent,
  List,
  ListItem,
  PhrasingContent,
  Root,
  RootContent,
  TableRow,
} from 'mdast';
import { hasAlertStyle, styleComment } from './alerts.js';
import { gfmWriter } from './parse.js';
import { canInterruptParagraph, sameList } from './write-v2.js';
import type { IrBlock, IrInline } from './types.js';

/** A whole document as GFM, ending with a newline. */
export function writeGfmBlocks(blocks: IrBlock[]): string {
  const root: Root = { type: 'root', children: toFlow(blocks) };
  const text = gfmWriter.stringify(root);
  // A file that starts with "---" and has another "---" line would read as front matter.
  return blocks[0]?.type === 'divider' ? `***${text.slice(3)}` : text;
}

/** How a list item's marker is written in the file it goes into. */
export interface ItemStyle {
  bullet: '-' | '*' | '+';
  delimiter: '.' | ')';
  number: number;
}

/** One block as GFM without a trailing newline; an item is written with `style`'s marker. */
export function writeGfmBlock(block: IrBlock, style?: ItemStyle): string {
  if (block.type !== 'item' || !style) return writeGfmBlocks([block]).replace(/\n+$/, '');
  const list: List = {
    type: 'list',
    ordered: block.kind === 'ordered',
    start: style.number,
    spread: false,
    children: [toItem(block)],
  };
  const text = gfmWriter.stringify({ type: 'root', children: [list] }).replace(/\n+$/, '');
  if (block.kind === 'ordered')
    return style.delimiter === ')' ? text.replace(/^(\d+)\./, '$1)') : text;
  return text.replace(/^-/, style.bullet);
}

/** The lines of a table as GFM: header, delimiter row, then one line per body row. */
export function writeGfmTableLines(rows: IrInline[][][]): string[] {
  return writeGfmBlocks([{ type: 'table', rows }])
    .replace(/\n+$/, '')
    .split('\n');
}

function toFlow(blocks: IrBlock[]): RootContent[] {
  const out: RootContent[] = [];
  blocks.forEach((block, index) => {
    const previous = blocks[index - 1];
    if (block.type === 'item') {
      const last = out[out.length - 1];
      if (last?.type === 'list' && previous && sameList(previous, block)) {
        last.children.push(toItem(block));
        return;
      }
      out.push({
        type: 'list',
        ordered: block.kind === 'ordered',
        start: block.number,
        spread: false,
        children: [toItem(block)],
      });
      return;
    }
    if (block.type === 'paragraph') {
      // Notion's literal text of a comment opening a paragraph goes back on a line of its own
      // (a line starting with `<!--` opens an HTML block, which would swallow the text after it).
      const { comments, rest } = leadingComments(block.children);
      if (comments.length > 0) {
        out.push({ type: 'html', value: comments.join(' ') });
        if (rest.length === 0) return;
        out.push(toBlock({ type: 'paragraph', children: rest }));
        return;
      }
    }
    out.push(toBlock(block));
  });
  return out;
}

const COMMENT = /<!--[\s\S]*?-->/g;

function leadingComments(inlines: IrInline[]): { comments: string[]; rest: IrInline[] } {
  const first = inlines[0];
  if (first?.type !== 'text') return { comments: [], rest: inlines };
  const match = /^\s*((?:<!--[\s\S]*?-->\s*)+)/.exec(first.value);
  if (!match) return { comments: [], rest: inlines };
  const comments = [...(match[1] ?? '').matchAll(COMMENT)].map((m) => m[0]);
  const remaining = first.value.slice(match[0].length);
  return {
    comments,
    rest: remaining ? [{ type: 'text', value: remaining }, ...inlines.slice(1)] : inlines.slice(1),
  };
}

/** Text with Notion's literal comments made comments again (not escaped text). */
function textWithComments(value: string): PhrasingContent[] {
  if (!value.includes('<!--')) return [{ type: 'text', value }];
  const out: PhrasingContent[] = [];
  let last = 0;
  for (const match of value.matchAll(COMMENT)) {
    // At the very start of a line a comment would open an HTML block: it stays text there.
    if (match.index === 0) continue;
    if (match.index > last) out.push({ type: 'text', value: value.slice(last, match.index) });
    out.push({ type: 'html', value: match[0] });
    last = match.index + match[0].length;
  }
  if (last < value.length) out.push({ type: 'text', value: value.slice(last) });
  return out;
}

function toItem(item: IrBlock & { type: 'item' }): ListItem {
  const children = toFlow(item.children) as BlockContent[];
  const spread =
    item.children.some((child) => child.type !== 'item') ||
    (item.children.length > 0 && !canInterruptParagraph(item.children[0]));
  if (item.kind === 'todo' && item.title.length === 0) {
    // remark writes an empty task item as "- \[ ]"; the bare "[ ]" is read back as an empty to-do.
    const box: BlockContent = {
      type: 'paragraph',
      children: [{ type: 'html', value: item.checked ? '[x]' : '[ ]' }],
    };
    return {
      type: 'listItem',
      spread: children.length > 0,
      checked: null,
      children: [box, ...children],
    };
  }
  const title: BlockContent[] =
    item.title.length > 0 ? [{ type: 'paragraph', children: toPhrasing(item.title, false) }] : [];
  return {
    type: 'listItem',
    spread,
    checked: item.kind === 'todo' ? item.checked : null,
    children: [...title, ...children],
  };
}

function toBlock(block: Exclude<IrBlock, { type: 'item' }>): RootContent {
  switch (block.type) {
    case 'paragraph':
      if (block.children.length === 0) return { type: 'html', value: '<p />' };
      return { type: 'paragraph', children: toPhrasing(block.children, false) };
    case 'heading':
      return {
        type: 'heading',
        depth: Math.min(Math.max(block.depth, 1), 6) as 1,
        children: toPhrasing(block.children, false),
      };
    case 'quote':
      return { type: 'blockquote', children: toFlow(block.children) as BlockContent[] };
    case 'code':
      return { type: 'code', lang: block.lang || null, meta: null, value: block.value };
    case 'math':
      return { type: 'math', value: block.value };
    case 'divider':
      return { type: 'thematicBreak' };
    case 'table':
      return {
        type: 'table',
        align: (block.rows[0] ?? []).map(() => null),
        children: block.rows.map((row): TableRow => ({
          type: 'tableRow',
          children: row.map((cell) => ({ type: 'tableCell', children: toPhrasing(cell, true) })),
        })),
      };
    case 'image':
      return {
        type: 'paragraph',
        children: [{ type: 'image', url: block.url, alt: block.alt, title: null }],
      };
    case 'callout':
      return { type: 'html', value: block.source ?? alertText(block) };
    case 'toggle':
      return { type: 'html', value: block.source ?? detailsText(block) };
    case 'raw':
      return { type: 'html', value: block.value };
  }
}

/**
 * A callout as a GitHub alert: the marker line, the title as the rest of that paragraph, the
 * children after a `>` line. Without a title the children start after a `>` line too, so they
 * read back as children and not as the title.
 */
function alertText(block: IrBlock & { type: 'callout' }): string {
  const lines = [`[!${block.kind}]`];
  if (block.title.length > 0) {
    lines.push(...writeGfmBlock({ type: 'paragraph', children: block.title }).split('\n'));
  }
  if (block.children.length > 0) {
    lines.push('', ...writeGfmBlocks(block.children).replace(/\n+$/, '').split('\n'));
  }
  if (!hasAlertStyle(block.kind, block.icon, block.color)) {
    lines.push('', styleComment(block.icon, block.color));
  }
  return lines.map((line) => (line === '' ? '>' : `> ${line}`)).join('\n');
}

/** A toggle as `<details>`: the summary as HTML text, the children as markdown between blank lines. */
function detailsText(block: IrBlock & { type: 'toggle' }): string {
  const head = `<details>\n<summary>${summaryHtml(block.title)}</summary>\n\n`;
  if (block.children.length === 0) return `${head}</details>`;
  return `${head}${writeGfmBlocks(block.children).replace(/\n+$/, '')}\n\n</details>`;
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/**
 * Inline content inside `<summary>`, which GitHub shows as HTML: characters markdown or HTML
 * would read as syntax are character references, marks are Notion's inline tags (both read
 * back as the same inlines).
 */
function summaryHtml(inlines: IrInline[]): string {
  return inlines
    .map((inline): string => {
      switch (inline.type) {
        case 'text':
          return inline.value.replace(
            /[&<>*_`[\]\\~$|]/g,
            (c) => ENTITIES[c] ?? `&#${c.charCodeAt(0)};`,
          );
        case 'strong':
          return `<b>${summaryHtml(inline.children)}</b>`;
        case 'emphasis':
          return `<i>${summaryHtml(inline.children)}</i>`;
        case 'delete':
          return `<s>${summaryHtml(inline.children)}</s>`;
        case 'underline':
          return `<u>${summaryHtml(inline.children)}</u>`;
        case 'span':
          return `${inline.open}${summaryHtml(inline.children)}</span>`;
        case 'inlineCode':
          return gfmWriter
            .stringify({
              type: 'root',
              children: [
                { type: 'paragraph', children: [{ type: 'inlineCode', value: inline.value }] },
              ],
            })
            .trim();
        case 'inlineMath':
          return `$$${inline.value}$$`;
        case 'link':
          return `[${summaryHtml(inline.children)}](${inline.url.replace(/[\s()<>]/g, encodeURIComponent)})`;
        case 'break':
          return '<br>';
        case 'atom':
          return inline.raw;
      }
    })
    .join('');
}

function toPhrasing(inlines: IrInline[], table: boolean): PhrasingContent[] {
  return inlines.flatMap((inline): PhrasingContent[] => {
    switch (inline.type) {
      case 'text':
        return textWithComments(inline.value);
      case 'strong':
      case 'emphasis':
      case 'delete':
        return [{ type: inline.type, children: toPhrasing(inline.children, table) }];
      case 'underline':
        return [
          { type: 'html', value: '<u>' },
          ...toPhrasing(inline.children, table),
          { type: 'html', value: '</u>' },
        ];
      case 'span':
        return [
          { type: 'html', value: inline.open },
          ...toPhrasing(inline.children, table),
          { type: 'html', value: '</span>' },
        ];
      case 'inlineCode':
        return [{ type: 'inlineCode', value: inline.value }];
      case 'inlineMath':
        return [{ type: 'inlineMath', value: inline.value }];
      case 'link':
        return [
          {
            type: 'link',
            url: inline.url,
            title: null,
            children: toPhrasing(inline.children, table),
          },
        ];
      case 'break':
        return [table ? { type: 'html', value: '<br>' } : { type: 'break' }];
      case 'atom':
        return [{ type: 'html', value: inline.raw }];
    }
  });
}
