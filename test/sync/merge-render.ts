/**
 * The generated model as GFM, deterministically: a unit renders from its own content and style
 * only (its number in an incrementing list aside), so a unit nobody edits keeps its bytes.
 */
import type { Doc, Group, Item, Style, Token } from './merge-model.js';

const PLAIN: Style = { emphasis: '*', strong: '**', wrap: 0, hardBreak: '\\\n' };

function inline(tokens: Token[], style: Style): string {
  const parts = tokens.map((token) => {
    switch (token.t) {
      case 'word':
        return token.w;
      case 'em':
        return `${style.emphasis}${token.w}${style.emphasis}`;
      case 'strong':
        return `${style.strong}${token.w}${style.strong}`;
      case 'code':
        return `\`${token.w}\``;
      case 'link':
        return `[${token.w}](${token.url})`;
      case 'autolink':
        return `<${token.url}>`;
      case 'entity':
        return 'R&amp;D';
      case 'escape':
        return '\\*not emphasis\\*';
      case 'break':
        return '\ue010';
      case 'comment':
        return token.text;
    }
  });
  let text = parts.join(' ').replace(/ ?\ue010 ?/g, style.hardBreak === '<br>' ? '<br>' : '\ue011');
  if (style.wrap > 0) text = wrap(text, style.wrap);
  return text.replace(/\ue011/g, style.hardBreak);
}

/** Breaks a paragraph into lines at spaces (never inside a link, code span or comment). */
function wrap(text: string, width: number): string {
  const out: string[] = [];
  let line = '';
  let depth = 0;
  for (const piece of text.split(' ')) {
    const opens = (piece.match(/\[|`|<!--/g) ?? []).length;
    const closes = (piece.match(/\]|`|-->/g) ?? []).length;
    // A line starting with `<!--` would open an HTML block: a comment never starts a line.
    if (
      line !== '' &&
      depth === 0 &&
      line.length + piece.length > width &&
      !piece.startsWith('\ue011') &&
      !piece.startsWith('<!--')
    ) {
      out.push(line);
      line = piece;
    } else line = line === '' ? piece : `${line} ${piece}`;
    depth = Math.max(0, depth + opens - closes);
  }
  out.push(line);
  return out.join('\n');
}

function item(group: Extract<Group, { kind: 'list' }>, entry: Item, index: number): string {
  const marker = group.ordered ? `${group.repeat ? 1 : index + 1}${group.marker}` : group.marker;
  const box = entry.checked === undefined ? '' : entry.checked ? '[x] ' : '[ ] ';
  const head = `${marker} ${box}${inline(entry.tokens, PLAIN)}`;
  if (entry.child === undefined) return head;
  const indent = ' '.repeat(marker.length + 1);
  return `${head}\n${indent}- ${entry.child}`;
}

function table(group: Extract<Group, { kind: 'table' }>): string {
  const all = [group.header, ...group.rows.map((row) => row.cells)];
  const widths = group.header.map((_, c) =>
    Math.max(3, ...all.map((cells) => (cells[c] ?? '').length)),
  );
  const line = (cells: string[]): string =>
    group.padded
      ? `| ${cells.map((cell, c) => cell.padEnd(widths[c] ?? 3)).join(' | ')} |`
      : `|${cells.join('|')}|`;
  const delimiter = group.padded
    ? `| ${widths.map((w, c) => (group.align && c === 0 ? `:${'-'.repeat(w - 1)}` : '-'.repeat(w))).join(' | ')} |`
    : `|${widths.map((_, c) => (group.align && c === 0 ? ':--' : '---')).join('|')}|`;
  return [line(group.header), delimiter, ...group.rows.map((row) => line(row.cells))].join('\n');
}

export function renderGroup(group: Group): string {
  switch (group.kind) {
    case 'heading': {
      const text = inline(group.tokens, PLAIN);
      if (group.setext) return `${text}\n${(group.depth === 1 ? '=' : '-').repeat(text.length)}`;
      return `${'#'.repeat(group.depth)} ${text}`;
    }
    case 'paragraph':
      return inline(group.tokens, group.style);
    case 'quote':
      return `> ${inline(group.tokens, PLAIN)}`;
    case 'code':
      if (group.fence === 'indent') return group.lines.map((line) => `    ${line}`).join('\n');
      return `${group.fence}${group.lang}\n${group.lines.join('\n')}\n${group.fence}`;
    case 'math':
      return `$$\n${group.id} ${group.lines.join('\n')}\n$$`;
    case 'divider':
      return group.style;
    case 'image':
      return `![${group.id}](https://example.com/${group.id}.png)`;
    case 'comment':
      return group.text;
    case 'list':
      return group.items.map((entry, i) => item(group, entry, i)).join(group.loose ? '\n\n' : '\n');
    case 'table':
      return table(group);
  }
}

export function renderDoc(doc: Doc): string {
  return `${doc.groups.map(renderGroup).join('\n\n')}\n`;
}
