/**
 * The two conversions: a GFM file to the v2 a push sends, and Notion's v2 to the GFM a pull writes.
 */
import { readDocument } from './read-blocks.js';
import type { LossWarning } from './types.js';
import { writeGfmBlocks } from './write-gfm.js';
import { writeV2Blocks } from './write-v2.js';

/** GFM → Notion-flavored Markdown v2, with a warning for each construct Notion cannot hold. */
export function gfmToNotion(gfm: string): { markdown: string; warnings: LossWarning[] } {
  const { entries, warnings } = readDocument(gfm, 'gfm');
  return {
    markdown: writeV2Blocks(entries.map((entry) => entry.block)),
    warnings: sortWarnings(warnings),
  };
}

/**
 * Notion-flavored Markdown v2 → GFM. Notion constructs without a GFM form are kept as raw tags
 * (each with a `notion-block` or `notion-inline` warning) so the next push sends them back.
 */
export function notionToGfm(v2: string): { markdown: string; warnings: LossWarning[] } {
  const { entries, warnings } = readDocument(v2, 'v2');
  return {
    markdown: writeGfmBlocks(entries.map((entry) => entry.block)),
    warnings: sortWarnings(warnings),
  };
}

export function sortWarnings(warnings: LossWarning[]): LossWarning[] {
  return [...warnings].sort((a, b) => a.line - b.line);
}
