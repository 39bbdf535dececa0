import { textItem } from './rich-text.js';
import type { EmuBlock, RichText } from './types.js';

/**
 * Size limits for rich text in requests:
 * https://developers.notion.com/reference/request-limits (text.content and link URLs 2000
 * characters, equation.expression 1000, any array 100 elements).
 */
export const LIMITS = { textContent: 2000, linkUrl: 2000, equation: 1000, array: 100 } as const;

/** One broken limit, with Notion's validation_error wording. */
export type LimitViolation = { path: string; message: string };

const RICH_TEXT_KEYS = ['rich_text', 'caption'];

function richTextArrays(block: EmuBlock): Array<[string, RichText[]]> {
  const payload = block[block.type] as Record<string, unknown> | undefined;
  if (payload === undefined) return [];
  const found: Array<[string, RichText[]]> = [];
  for (const key of RICH_TEXT_KEYS) {
    const value = payload[key];
    if (Array.isArray(value)) found.push([`${block.type}.${key}`, value as RichText[]]);
  }
  const cells = payload['cells'];
  if (Array.isArray(cells)) {
    cells.forEach((cell, i) => found.push([`${block.type}.cells[${i}]`, cell as RichText[]]));
  }
  return found;
}

function tooLong(path: string, limit: number, actual: number): LimitViolation {
  return {
    path,
    message: `${path}.length should be ≤ \`${limit}\`, instead was \`${actual}\`.`,
  };
}

/**
 * Every rich-text limit the blocks break, with paths under `prefix` (e.g. `body.children`).
 * Requests with block JSON are refused on any of these.
 */
export function findLimitViolations(
  blocks: readonly EmuBlock[],
  prefix = 'body.children',
): LimitViolation[] {
  const violations: LimitViolation[] = [];
  blocks.forEach((block, index) => {
    const at = `${prefix}[${index}]`;
    for (const [key, items] of richTextArrays(block)) {
      if (items.length > LIMITS.array)
        violations.push(tooLong(`${at}.${key}`, LIMITS.array, items.length));
      items.forEach((item, i) => {
        const path = `${at}.${key}[${i}]`;
        if (item.type === 'text') {
          const { content, link } = item.text;
          if (content.length > LIMITS.textContent) {
            violations.push(tooLong(`${path}.text.content`, LIMITS.textContent, content.length));
          }
          if (link !== null && link.url.length > LIMITS.linkUrl) {
            violations.push(tooLong(`${path}.text.link.url`, LIMITS.linkUrl, link.url.length));
          }
        } else if (item.type === 'equation' && item.equation.expression.length > LIMITS.equation) {
          violations.push(
            tooLong(
              `${path}.equation.expression`,
              LIMITS.equation,
              item.equation.expression.length,
            ),
          );
        }
      });
    }
    violations.push(...findLimitViolations(block.children ?? [], `${at}.children`));
  });
  return violations;
}

function splitContent(content: string): string[] {
  const chunks: string[] = [];
  let chunk = '';
  for (const char of content) {
    if (chunk.length + char.length > LIMITS.textContent) {
      chunks.push(chunk);
      chunk = '';
    }
    chunk += char;
  }
  chunks.push(chunk);
  return chunks;
}

function splitItems(items: readonly RichText[]): RichText[] {
  return items.flatMap((item) =>
    item.type === 'text' && item.text.content.length > LIMITS.textContent
      ? splitContent(item.text.content).map((part) => textItem(part, item.annotations, item.href))
      : [item],
  );
}

/**
 * Splits text runs longer than 2000 characters into several runs with the same formatting:
 * markdown cannot say where one run ends, so markdown input is split, not refused (A-MD-16).
 */
export function splitLongText(blocks: readonly EmuBlock[]): EmuBlock[] {
  return blocks.map((block) => {
    const payload = block[block.type] as Record<string, unknown> | undefined;
    const copy: EmuBlock = { ...block };
    if (payload !== undefined && typeof payload === 'object') {
      const next: Record<string, unknown> = { ...payload };
      for (const key of RICH_TEXT_KEYS) {
        if (Array.isArray(next[key])) next[key] = splitItems(next[key] as RichText[]);
      }
      if (Array.isArray(next['cells'])) {
        next['cells'] = (next['cells'] as RichText[][]).map(splitItems);
      }
      copy[block.type] = next;
    }
    if (block.children !== undefined) copy.children = splitLongText(block.children);
    return copy;
  });
}
