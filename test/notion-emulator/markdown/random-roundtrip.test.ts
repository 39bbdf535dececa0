import { describe, expect, it } from 'vitest';
import {
  blockContentKey,
  parseNotionMarkdown,
  renderNotionMarkdown,
  textItem,
  type EmuBlock,
  type RichText,
} from './index.js';

/** A small seeded generator, so a failure names a document that can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

const ALPHABET = [...'ab1 *_~`$[]<>{}|^\\#-+=.)!&\t'];

function generator(seed: number) {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const chance = (p: number): boolean => next() < p;
  // Runs are separated by spaces or line breaks and do not start or end with whitespace (which
  // a bold run would push outside its delimiters, A-MD-08). Punctuation at a run's edge is fine:
  // the renderer falls back to <b>, <i>, <s> where delimiters would not read back.
  const edge = ALPHABET.filter((c) => c.trim() !== '');
  const word = (): string => {
    let text = chance(0.5) ? 'a' : pick(edge);
    for (let n = Math.floor(next() * 6); n > 0; n--) text += pick(ALPHABET);
    return text + (chance(0.5) ? 'a' : pick(edge));
  };
  const richText = (breaks: boolean): RichText[] => {
    const items: RichText[] = [];
    for (let n = 1 + Math.floor(next() * 3), i = 0; i < n; i++) {
      if (i > 0) items.push(textItem(breaks && chance(0.2) ? '\n' : ' '));
      items.push(
        textItem(
          word(),
          {
            bold: chance(0.3),
            italic: chance(0.2),
            strikethrough: chance(0.1),
            underline: chance(0.2),
            code: chance(0.2),
            color: chance(0.1) ? 'red' : 'default',
          },
          chance(0.1) ? `https://l.ink/${Math.floor(next() * 3)}` : null,
        ),
      );
    }
    return items;
  };
  const code = (): string =>
    pick([
      'x = `y`',
      '```\nfence\n```',
      '</toggle>',
      '\t- tab',
      '    four',
      '<callout>',
      '$$',
      'a',
    ]);
  const children = (depth: number): EmuBlock[] | undefined =>
    depth < 3 && chance(0.4)
      ? Array.from({ length: 1 + Math.floor(next() * 3) }, () => block(depth + 1))
      : undefined;
  const withChildren = (b: EmuBlock, depth: number): EmuBlock => {
    const kids = children(depth);
    return kids === undefined ? b : { ...b, children: kids };
  };
  const block = (depth: number): EmuBlock => {
    const color = chance(0.15) ? 'blue_background' : 'default';
    const type = pick([
      'paragraph',
      'heading_2',
      'quote',
      'code',
      'equation',
      'divider',
      'table',
      'to_do',
      'numbered_list_item',
      'bulleted_list_item',
      'toggle',
      'callout',
      'image',
      'synced_block',
      'bookmark',
    ]);
    switch (type) {
      case 'code':
        return {
          type,
          code: {
            rich_text: [textItem(code())],
            language: pick(['plain text', 'go']),
            caption: [],
          },
        };
      case 'equation':
        return { type, equation: { expression: `x^2 + ${word().replace(/\$/g, '')}` } };
      case 'divider':
        return { type, divider: {} };
      case 'synced_block':
        return { type, synced_block: { synced_from: null }, children: [block(depth + 1)] };
      case 'bookmark':
        return { type, bookmark: { url: `https://b.ok/${depth}`, caption: richText(false) } };
      case 'image':
        return {
          type,
          image: {
            type: 'external',
            external: { url: `https://e.com/${depth}.png` },
            caption: richText(false),
          },
        };
      case 'table': {
        const width = 1 + Math.floor(next() * 3);
        return {
          type,
          table: {
            table_width: width,
            has_column_header: chance(0.7),
            has_row_header: chance(0.3),
          },
          children: Array.from({ length: 1 + Math.floor(next() * 3) }, () => ({
            type: 'table_row',
            table_row: { cells: Array.from({ length: width }, () => richText(true)) },
          })),
        };
      }
      case 'heading_2': {
        const toggle = chance(0.3);
        const heading: EmuBlock = {
          type,
          heading_2: { rich_text: richText(true), color, is_toggleable: toggle },
        };
        return toggle ? withChildren(heading, depth) : heading;
      }
      case 'to_do':
        return withChildren(
          { type, to_do: { rich_text: richText(true), checked: chance(0.5), color } },
          depth,
        );
      case 'callout': {
        const icon = chance(0.5) ? { type: 'emoji', emoji: '💡' } : null;
        return withChildren({ type, callout: { rich_text: richText(true), icon, color } }, depth);
      }
      default:
        return withChildren({ type, [type]: { rich_text: richText(true), color } }, depth);
    }
  };
  return () => Array.from({ length: 1 + Math.floor(next() * 5) }, () => block(0));
}

describe('random documents survive render → parse', () => {
  for (const seed of [1, 2, 3]) {
    it(`seed ${seed}: 200 block trees keep their content and render stably`, () => {
      const documents = generator(seed);
      for (let n = 0; n < 200; n++) {
        const blocks = documents();
        const markdown = renderNotionMarkdown(blocks);
        const back = parseNotionMarkdown(markdown);
        expect(back.map(blockContentKey), markdown).toEqual(blocks.map(blockContentKey));
        expect(renderNotionMarkdown(back)).toBe(markdown);
      }
    });
  }
});
