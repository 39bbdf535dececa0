/**
 * The markdown layer: GFM files ⇄ Notion-flavored Markdown v2, and a block model that lets push
 * and pull see which blocks changed and splice only those. Decisions: src/markdown/README.md.
 */
export { alignBlocks } from './align.js';
export { gfmBlocks, notionBlocks } from './blocks.js';
export { gfmToNotion, notionToGfm } from './convert.js';
export { normalizeForHash } from './hash.js';
export {
  findDestinations,
  rewriteDestinations,
  type Destination,
  type DestinationRewrite,
} from './references.js';
export { isSignedUrl, unsignedUrl } from './signed-urls.js';
export { applyNotionEditToGfm, replaceBlocks } from './splice.js';
export type { AlignmentOp, Block, BlockConflict, LossWarning, NotionEditResult } from './types.js';
