/**
 * The emulator's side of Notion-flavored Markdown v2: markdown sent to the markdown endpoints
 * becomes Notion blocks, and blocks are rendered back the way Notion answers. It shares no code
 * with src/markdown, so the product's converter is tested against an independent reading of
 * https://developers.notion.com/guides/data-apis/migrate-to-notion-flavored-markdown and the
 * format reference. Choices the docs leave open are listed in ./ASSUMPTIONS.md.
 */
export { parseNotionMarkdown, type ParseOptions } from './block-parse.js';
export {
  renderNotionMarkdown,
  renderNotionMarkdownWithInfo,
  type RenderResult,
} from './block-render.js';
export { parseInline } from './inline-parse.js';
export { renderRichText } from './inline-render.js';
export { blockContentKey, countBlocks } from './keys.js';
export { LIMITS, findLimitViolations, splitLongText, type LimitViolation } from './limits.js';
export { dashedId, idFromNotionUrl, mentionFromUrl, notionUrl } from './mentions.js';
export { mergeRichText, plainText, textItem } from './rich-text.js';
export {
  MarkdownRejected,
  apiColor,
  markdownColor,
  type Annotations,
  type EmuBlock,
  type MentionPayload,
  type RichText,
} from './types.js';
