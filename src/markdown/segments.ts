/**
 * Text-level helpers for reading: cutting a source into markdown stretches and top-level Notion
 * tag blocks, line numbers, and removing a container's indentation.
 */
import { closesFence, fenceOpening, notionBlockTagAt, tagBlockEnd, type Dialect } from './tags.js';

export interface Segment {
  start: number;
  end: number;
  /** Set for a top-level Notion tag block. */
  tag?: string;
}

/**
 * Cuts `source` into markdown stretches and top-level Notion tag blocks: a line at column 0,
 * after a blank line, that opens a Notion block tag, up to the line that closes it.
 */
export function splitTagBlocks(source: string, dialect: Dialect): Segment[] {
  const segments: Segment[] = [];
  let segmentStart = 0;
  let previousBlank = true;
  let fence: string | undefined;
  let comment = false;
  let lineStart = 0;
  while (lineStart < source.length) {
    const newline = source.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? source.length : newline;
    const line = source.slice(lineStart, lineEnd);
    const next = newline === -1 ? source.length : newline + 1;
    if (fence !== undefined) {
      if (closesFence(line, fence)) fence = undefined;
    } else if (comment) {
      comment = !line.includes('-->');
    } else {
      const tag =
        (previousBlank || dialect === 'v2') && line.startsWith('<')
          ? notionBlockTagAt(source, dialect, lineStart)
          : undefined;
      const end = tag === undefined ? undefined : tagBlockEnd(source, lineStart, tag);
      if (tag !== undefined && end !== undefined) {
        if (lineStart > segmentStart) segments.push({ start: segmentStart, end: lineStart });
        segments.push({ start: lineStart, end, tag });
        segmentStart = end;
        lineStart = end;
        previousBlank = false;
        continue;
      }
      fence = fenceOpening(line);
      comment = /^\s*<!--/.test(line) && !line.slice(line.indexOf('<!--') + 4).includes('-->');
    }
    previousBlank = line.trim() === '';
    lineStart = next;
  }
  if (segmentStart < source.length || segments.length === 0)
    segments.push({ start: segmentStart, end: source.length });
  return segments;
}

export function lineOf(source: string, offset: number): number {
  let line = 1;
  for (let i = source.indexOf('\n'); i !== -1 && i < offset; i = source.indexOf('\n', i + 1))
    line += 1;
  return line;
}

/** Removes a container's indentation from every line after the first. */
export function dedent(text: string, column: number): string {
  if (column === 0) return text;
  const indent = new RegExp(`\\n[ \\t]{0,${column}}`, 'g');
  return text.replace(indent, '\n');
}

/** Removes `depth` block-quote markers from every line after the first. */
export function unquote(text: string, depth: number): string {
  if (depth === 0) return text;
  const marker = new RegExp(`\\n(?:[ \\t]{0,3}>[ \\t]?){0,${depth}}`, 'g');
  return text.replace(marker, '\n');
}
