/** Source lines and the line-level tests the block parser shares. */
export type Line = { text: string; no: number };

export const BLANK = /^[ \t]*$/;
export const FENCE_OPEN = /^( {0,3})(`{3,}|~{3,})(.*)$/;
export const ATX_HEADING = /^ {0,3}(#{1,6})(?=[ \t]|$)(.*)$/;
export const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
export const LIST_ITEM = /^( {0,3})([-*+]|\d{1,9}[.)])(?=[ \t]|$)([ \t]*)(.*)$/;
export const QUOTE = /^ {0,3}>/;
export const EQUATION_FENCE = /^ {0,3}\$\$/;
export const TAG_LINE = /^ {0,3}<\/?([A-Za-z][A-Za-z0-9_-]*)/;
export const IMAGE_LINE = /^ {0,3}!\[/;
export const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;

/** Tags that are blocks when they open a line (the format reference's block forms). */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'p',
  'quote',
  'toggle',
  'callout',
  'h1',
  'h2',
  'h3',
  'h4',
  'ul',
  'ol',
  'li',
  'columns',
  'column',
  'table',
  'page',
  'database',
  'unknown',
  'image',
  'video',
  'audio',
  'file',
  'pdf',
  'bookmark',
  'embed',
  'table-of-contents',
  'synced-block',
  'synced-block-reference',
  'todo',
  'equation',
]);

export function isBlank(line: Line | undefined): boolean {
  return line === undefined || BLANK.test(line.text);
}

/** Columns of leading whitespace, a tab counting to the next multiple of four. */
export function indentWidth(text: string): number {
  let width = 0;
  for (const c of text) {
    if (c === ' ') width++;
    else if (c === '\t') width += 4 - (width % 4);
    else break;
  }
  return width;
}

/** True when a line starts a block that may interrupt a paragraph (CommonMark plus Notion tags). */
export function interruptsParagraph(text: string): boolean {
  if (FENCE_OPEN.test(text) || ATX_HEADING.test(text) || THEMATIC_BREAK.test(text)) return true;
  if (QUOTE.test(text) || EQUATION_FENCE.test(text)) return true;
  const tag = TAG_LINE.exec(text);
  if (tag !== null && BLOCK_TAGS.has(tag[1] as string)) return true;
  const item = LIST_ITEM.exec(text);
  if (item !== null) {
    const marker = item[2] as string;
    const empty = (item[4] as string).trim() === '';
    // CommonMark: an ordered list interrupts a paragraph only when it starts at 1, and an
    // empty item never does.
    if (!empty && (/^[-*+]$/.test(marker) || /^1[.)]$/.test(marker))) return true;
  }
  return false;
}

/**
 * Removes one level of list-child indentation: a tab, or `width` spaces. Returns null when the
 * line is not indented that far.
 */
export function stripChildIndent(text: string, width: number): string | null {
  if (text.startsWith('\t')) return text.slice(1);
  let spaces = 0;
  while (text[spaces] === ' ') spaces++;
  if (spaces >= width) return text.slice(width);
  if (spaces > 0 && text[spaces] === '\t') return text.slice(spaces + 1);
  return null;
}
