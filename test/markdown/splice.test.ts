import { describe, expect, it } from 'vitest';
import {
  applyNotionEditToGfm,
  gfmBlocks,
  gfmToNotion,
  notionBlocks,
  replaceBlocks,
  type Block,
} from '../../src/markdown/index.js';
import { corpusDocs, fixtureDocs, generatedDocs, type Doc } from './corpus.js';

const MARK = 'zqx';

/** Where a word can go into a block's text without changing what kind of block it is. */
function insertionPoint(block: Block): number | undefined {
  const { text } = block;
  const afterFirstLine = text.indexOf('\n') + 1;
  switch (block.kind) {
    case 'paragraph':
      // A footnote definition is carried as a paragraph: keep its "[^label]:" at the start.
      return /^\[\^[^\]]+\]: /.test(text) ? (/^\[\^[^\]]+\]: /.exec(text)?.[0].length ?? 0) : 0;
    case 'heading':
      return /^#{1,6} /.test(text) ? (/^#{1,6} /.exec(text)?.[0].length ?? 0) : 0;
    case 'bullet-item':
    case 'numbered-item':
    case 'todo-item': {
      const marker = /^(?:[-*+]|\d{1,9}[.)])(?: \[[ xX]\])?(?: |$)/.exec(text);
      return marker ? marker[0].length : undefined;
    }
    case 'quote':
      return text.startsWith('<quote')
        ? afterFirstLine || undefined
        : text.startsWith('> ')
          ? 2
          : undefined;
    case 'code':
    case 'equation':
      if (/^ {4}/.test(text)) return 4;
      return afterFirstLine > 0 ? afterFirstLine : undefined;
    case 'table-head':
    case 'table-row':
      return text.startsWith('| ') ? 2 : undefined;
    case 'image':
      return text.indexOf('![') + 2;
    case 'notion-tag':
      return afterFirstLine > 0 && !/^\s*</.test(text.slice(afterFirstLine))
        ? afterFirstLine
        : undefined;
    default:
      return undefined;
  }
}

function withMark(block: Block): string | undefined {
  const at = insertionPoint(block);
  if (at === undefined) return undefined;
  const code = (block.kind === 'code' || block.kind === 'equation') && !/^ {4}/.test(block.text);
  return block.text.slice(0, at) + (code ? `${MARK}\n` : `${MARK} `) + block.text.slice(at);
}

/** Corpus and generated documents: every block. Fixture artifacts (large): an even sample. */
const docs = (): (Doc & { sample: number })[] => [
  ...corpusDocs().map((doc) => ({ ...doc, sample: Infinity })),
  ...generatedDocs(15).map((doc) => ({ ...doc, sample: Infinity })),
  ...fixtureDocs().map((doc) => ({ ...doc, sample: 6 })),
];

function sampled<T>(items: T[], count: number): [T, number][] {
  const all = items.map((item, index): [T, number] => [item, index]);
  if (all.length <= count) return all;
  const step = all.length / count;
  return Array.from({ length: count }, (_, k) => all[Math.floor(k * step)] as [T, number]);
}

describe('splicing one block through the block model', () => {
  it.each(docs().map((doc) => [doc.name, doc] as const))(
    '%s: every block of the GFM file',
    (_name, doc) => {
      const blocks = gfmBlocks(doc.text);
      const keys = blocks.map((b) => b.key);
      let spliced = 0;
      sampled(blocks, doc.sample).forEach(([block, index]) => {
        const text = withMark(block);
        if (text === undefined) return;
        const result = replaceBlocks(doc.text, blocks, new Map([[index, text]]));
        expect(result).toBe(doc.text.slice(0, block.start) + text + doc.text.slice(block.end));
        const after = gfmBlocks(result);
        const label = `${doc.name} block ${index} (${block.kind}, line ${block.line})`;
        expect(
          after.map((b) => b.kind),
          label,
        ).toEqual(blocks.map((b) => b.kind));
        after.forEach((b, i) => {
          if (i === index) expect(b.key, label).not.toBe(keys[i]);
          else expect(b.key, label).toBe(keys[i]);
        });
        spliced += 1;
      });
      expect(spliced).toBeGreaterThan(0);
    },
  );

  it.each(docs().map((doc) => [doc.name, doc] as const))(
    '%s: a Notion edit of each block changes only that block',
    (_name, doc) => {
      const base = gfmToNotion(doc.text).markdown;
      const baseBlocks = notionBlocks(base);
      const local = gfmBlocks(doc.text);
      sampled(baseBlocks, doc.sample).forEach(([block, index]) => {
        const edited = withMark(block);
        const localBlock = local[index] as Block;
        if (edited === undefined) return;
        const next = replaceBlocks(base, baseBlocks, new Map([[index, edited]]));
        const result = applyNotionEditToGfm(doc.text, base, next);
        const label = `${doc.name} block ${index} (${block.kind}, line ${localBlock.line})`;
        expect(result.changed, label).toBe(1);
        expect(result.conflicts, label).toEqual([]);
        const tail = doc.text.length - localBlock.end;
        expect(result.gfm.slice(0, localBlock.start), label).toBe(
          doc.text.slice(0, localBlock.start),
        );
        expect(result.gfm.slice(result.gfm.length - tail), label).toBe(
          doc.text.slice(localBlock.end),
        );
        const after = gfmBlocks(result.gfm);
        expect(
          after.map((b) => b.key),
          label,
        ).toEqual(
          local.map((b, i) => (i === index ? (notionBlocks(next)[index] as Block).key : b.key)),
        );
      });
    },
  );
});
