/**
 * State shared while one source string is read into the IR: the dialect, the source, the
 * definitions for reference links, and the warnings raised so far.
 */
import type { Definition, Nodes, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { Dialect } from './tags.js';
import type { LossWarning } from './types.js';

export class ReadContext {
  readonly warnings: LossWarning[] = [];
  private readonly definitions = new Map<string, Definition>();
  private readonly usedDefinitions = new Set<string>();

  /**
   * @param text what remark parsed (the source with citation placeholders)
   * @param base offset of `text[0]` in the original source (sub-parses of a fragment)
   * @param lineBase line of `text`'s first line in the original source, minus one
   */
  constructor(
    readonly dialect: Dialect,
    readonly source: string,
    readonly text: string,
    readonly citations: string[],
    readonly base = 0,
    readonly lineBase = 0,
    parent?: ReadContext,
  ) {
    if (parent) {
      this.warnings = parent.warnings;
      this.definitions = parent.definitions;
      this.usedDefinitions = parent.usedDefinitions;
    }
  }

  /** How many block quotes the nodes read with this context sit in (their lines start with `>`). */
  quoteDepth = 0;

  /** The same context, one block quote deeper. */
  quoted(): ReadContext {
    const inner = new ReadContext(
      this.dialect,
      this.source,
      this.text,
      this.citations,
      this.base,
      this.lineBase,
      this,
    );
    inner.quoteDepth = this.quoteDepth + 1;
    return inner;
  }

  /** A context for a fragment parsed on its own, sharing warnings and definitions. */
  fragment(
    source: string,
    text: string,
    citations: string[],
    base: number,
    lineBase: number,
  ): ReadContext {
    return new ReadContext(this.dialect, source, text, citations, base, lineBase, this);
  }

  collectDefinitions(tree: Root): void {
    visit(tree, 'definition', (node) => {
      const id = normalizeIdentifier(node.identifier);
      if (!this.definitions.has(id)) this.definitions.set(id, node);
    });
  }

  definition(identifier: string): Definition | undefined {
    const id = normalizeIdentifier(identifier);
    const found = this.definitions.get(id);
    if (found) this.usedDefinitions.add(id);
    return found;
  }

  unusedDefinitions(): Definition[] {
    return [...this.definitions.entries()]
      .filter(([id]) => !this.usedDefinitions.has(id))
      .map(([, node]) => node);
  }

  /** Records a warning once per construct and line. */
  warn(code: string, construct: string, line: number, message: string): void {
    const seen = this.warnings.some(
      (w) => w.code === code && w.construct === construct && w.line === line,
    );
    if (!seen) this.warnings.push({ code, construct, line, message });
  }

  /** Start offset of `node` in the original source. */
  start(node: Nodes): number | undefined {
    const offset = node.position?.start.offset;
    return offset === undefined ? undefined : offset + this.base;
  }

  end(node: Nodes): number | undefined {
    const offset = node.position?.end.offset;
    return offset === undefined ? undefined : offset + this.base;
  }

  line(node: Nodes | undefined, fallback: number): number {
    const line = node?.position?.start.line;
    return line === undefined ? fallback : line + this.lineBase;
  }

  /** The original source text under `node` (placeholders undone). */
  sourceOf(node: Nodes): string {
    const start = this.start(node);
    const end = this.end(node);
    return start === undefined || end === undefined ? '' : this.source.slice(start, end);
  }

  /** The parsed text under `node` (placeholders kept). */
  textOf(node: Nodes): string {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    return start === undefined || end === undefined ? '' : this.text.slice(start, end);
  }
}

/** CommonMark's label matching: case-folded, inner whitespace collapsed. */
function normalizeIdentifier(identifier: string): string {
  return identifier
    .replace(/[\t\n\r ]+/g, ' ')
    .trim()
    .toLowerCase()
    .toUpperCase();
}
