import { describe, expect, it } from 'vitest';
import { parseNotionMarkdown, renderNotionMarkdown } from './index.js';

describe('notion markdown module smoke', () => {
  it('parses a heading and a paragraph into Notion blocks and renders them back', () => {
    const blocks = parseNotionMarkdown('# Title\n\nHello **world**');
    expect(blocks.map((b) => b.type)).toEqual(['heading_1', 'paragraph']);
    expect(renderNotionMarkdown(blocks)).toBe('# Title\n\nHello **world**');
  });
});
