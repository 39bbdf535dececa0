import type { EmuBlock, RichText } from './types.js';

/**
 * A compact, readable outline of blocks for test expectations: one line per block, children
 * indented by two spaces, rich text as `text` with its marks in brackets.
 */
export function outline(blocks: readonly EmuBlock[], depth = 0): string[] {
  return blocks.flatMap((block) => [
    `${'  '.repeat(depth)}${describeBlock(block)}`,
    ...outline(block.children ?? [], depth + 1),
  ]);
}

export function describeRichText(items: readonly RichText[]): string {
  return items
    .map((item) => {
      const a = item.annotations;
      const marks = [
        a.bold && 'b',
        a.italic && 'i',
        a.strikethrough && 's',
        a.underline && 'u',
        a.code && 'code',
        a.color !== 'default' && a.color,
        item.type === 'text' && item.href !== null && `link=${item.href}`,
      ].filter(Boolean);
      const body =
        item.type === 'text'
          ? JSON.stringify(item.text.content)
          : item.type === 'equation'
            ? `eq(${item.equation.expression})`
            : item.type === 'citation'
              ? `cite(${item.citation.url})`
              : `mention:${item.mention.type}(${JSON.stringify(item.plain_text)})`;
      return marks.length > 0 ? `${body}[${marks.join(',')}]` : body;
    })
    .join(' + ');
}

function describeBlock(block: EmuBlock): string {
  const payload = (block[block.type] ?? {}) as Record<string, unknown>;
  const attrs: string[] = [];
  for (const [key, value] of Object.entries(payload)) {
    if (key === 'rich_text' || key === 'caption' || key === 'cells') continue;
    if (key === 'color' && value === 'default') continue;
    if (key === 'is_toggleable' && value === false) continue;
    attrs.push(`${key}=${JSON.stringify(value)}`);
  }
  const text = Array.isArray(payload['rich_text'])
    ? describeRichText(payload['rich_text'] as RichText[])
    : Array.isArray(payload['cells'])
      ? (payload['cells'] as RichText[][]).map((cell) => describeRichText(cell)).join(' | ')
      : Array.isArray(payload['caption'])
        ? describeRichText(payload['caption'] as RichText[])
        : '';
  return `${block.type}${attrs.length > 0 ? ` {${attrs.join(' ')}}` : ''}${text === '' ? '' : `: ${text}`}`;
}
