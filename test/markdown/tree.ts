/**
 * An independent view of "the same document": a GFM string parsed with remark and reduced to
 * its top-level units (list items and table rows on their own), with presentation normalized
 * (wrapping, list markers and numbering, emphasis markers, escapes, reference vs inline links,
 * setext vs ATX, indented vs fenced code). It does not use src/markdown.
 */
import type { Definition, Nodes, Root, RootContent } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

const parser = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkMath, { singleDollarTextMath: false })
  .use(remarkFrontmatter, ['yaml', 'toml']);

export interface TreeUnit {
  /** Normalized content, comparable across presentations. */
  form: string;
  startLine: number;
  endLine: number;
}

export function treeUnits(gfm: string): TreeUnit[] {
  const tree = parser.parse(gfm) as Root;
  const definitions = new Map<string, Definition>();
  visit(tree, 'definition', (node) => {
    const id = node.identifier.toUpperCase();
    if (!definitions.has(id)) definitions.set(id, node);
  });
  const units: TreeUnit[] = [];
  const push = (node: Nodes, form: unknown): void => {
    units.push({
      form: JSON.stringify(form),
      startLine: node.position?.start.line ?? 0,
      endLine: node.position?.end.line ?? 0,
    });
  };
  for (const node of tree.children) {
    if (node.type === 'definition' || isComment(node)) continue;
    if (node.type === 'list') {
      node.children.forEach((item) =>
        push(item, { ordered: node.ordered, ...(normalize(item, definitions) as object) }),
      );
    } else if (node.type === 'table') {
      node.children.forEach((row, index) =>
        push(row, {
          row: index,
          ...(index === 0 ? { align: node.align } : {}),
          cells: normalize(row, definitions),
        }),
      );
    } else {
      push(node, normalize(node, definitions));
    }
  }
  return units;
}

function normalize(node: Nodes | RootContent, definitions: Map<string, Definition>): unknown {
  const walk = (n: Nodes): unknown => normalize(n, definitions);
  switch (node.type) {
    case 'text':
      return { text: node.value.replace(/\s+/g, ' ') };
    case 'linkReference': {
      const def = definitions.get(node.identifier.toUpperCase());
      return {
        type: 'link',
        url: def?.url,
        title: def?.title ?? null,
        children: phrasing(node.children, definitions),
      };
    }
    case 'imageReference': {
      const def = definitions.get(node.identifier.toUpperCase());
      return { type: 'image', url: def?.url, alt: node.alt, title: def?.title ?? null };
    }
    case 'link':
      return {
        type: 'link',
        url: node.url,
        title: node.title ?? null,
        children: phrasing(node.children, definitions),
      };
    case 'image':
      return { type: 'image', url: node.url, alt: node.alt, title: node.title ?? null };
    case 'listItem':
      return { checked: node.checked ?? null, children: flow(node.children, definitions) };
    case 'code':
      return {
        type: 'code',
        lang: SAME_LANGUAGE[node.lang ?? ''] ?? node.lang ?? null,
        meta: node.meta ?? null,
        value: node.value,
      };
    case 'heading':
      return { type: 'heading', depth: node.depth, children: phrasing(node.children, definitions) };
    case 'paragraph':
      return { type: 'paragraph', children: phrasing(node.children, definitions) };
    case 'tableRow':
      return node.children.map((cell) => phrasing(cell.children, definitions));
    case 'html':
      return { type: 'html', value: node.value.trim() };
    case 'inlineCode':
      // CommonMark turns a line ending inside a code span into a space.
      return { type: 'inlineCode', value: node.value.replace(/\r?\n/g, ' ') };
    default: {
      const { position: _position, children, ...rest } = node as Nodes & { children?: Nodes[] };
      void _position;
      if ('spread' in rest) delete (rest as { spread?: unknown }).spread;
      if ('start' in rest) delete (rest as { start?: unknown }).start;
      return children
        ? { ...rest, children: children.filter((c) => c.type !== 'definition').map(walk) }
        : rest;
    }
  }
}

function flow(nodes: RootContent[], definitions: Map<string, Definition>): unknown[] {
  return nodes
    .filter((n) => n.type !== 'definition' && !isComment(n))
    .map((n) => normalize(n, definitions));
}

/** HTML comments are the file's own notes, never content: Notion does not get them. */
function isComment(node: Nodes): boolean {
  return node.type === 'html' && /^\s*(?:<!--[\s\S]*?-->\s*)+$/.test(node.value);
}

/** Info strings that name the same language to Notion (its list names `shell`, `typescript`…). */
const SAME_LANGUAGE: Record<string, string> = {
  sh: 'shell',
  ts: 'typescript',
  js: 'javascript',
  yml: 'yaml',
  py: 'python',
};

/** Phrasing with `<b>…</b>`-style pairs as marks, `<br>` as a break, adjacent text merged. */
function phrasing(nodes: Nodes[], definitions: Map<string, Definition>): unknown[] {
  const out: unknown[] = [];
  const marks: Record<string, string> = { b: 'strong', i: 'emphasis', s: 'delete' };
  for (let i = 0; i < nodes.length; i += 1) {
    const node = nodes[i] as Nodes;
    if (isComment(node)) continue;
    if (node.type === 'html') {
      const open = /^<([bis])>$/.exec(node.value);
      const close = open
        ? nodes.findIndex((n, j) => j > i && n.type === 'html' && n.value === `</${open[1]}>`)
        : -1;
      if (open && close > i) {
        out.push({
          type: marks[open[1] as string],
          children: phrasing(nodes.slice(i + 1, close), definitions),
        });
        i = close;
        continue;
      }
      if (/^<br\s*\/?>$/i.test(node.value)) {
        out.push({ type: 'break' });
        continue;
      }
    }
    out.push(normalize(node, definitions));
  }
  const merged: unknown[] = [];
  for (const item of out) {
    const last = merged[merged.length - 1] as { text?: string } | undefined;
    const text = (item as { text?: string }).text;
    if (text !== undefined && last?.text !== undefined)
      last.text = (last.text + text).replace(/\s+/g, ' ');
    else merged.push(item);
  }
  // A hard break swallows the spaces around it.
  return merged
    .map((item, index) => {
      const text = (item as { text?: string }).text;
      if (text === undefined) return item;
      const before = (merged[index - 1] as { type?: string } | undefined)?.type === 'break';
      const after = (merged[index + 1] as { type?: string } | undefined)?.type === 'break';
      let value = before || index === 0 ? text.trimStart() : text;
      value = after || index === merged.length - 1 ? value.trimEnd() : value;
      return { text: value };
    })
    .filter((item) => (item as { text?: string }).text !== '');
}
