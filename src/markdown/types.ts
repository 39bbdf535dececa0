/**
 * Shared types of the markdown layer: the public warning and block-model shapes, and the small
 * intermediate tree (IR) that both dialects are read into and written from.
 */

/** A construct that does not survive the conversion unchanged, with its 1-based source line. */
export interface LossWarning {
  /** Stable identifier, listed in src/markdown/README.md. */
  code: string;
  /** The construct as the user would name it (`footnote`, `<callout>`, `h5`, …). */
  construct: string;
  line: number;
  message: string;
}

/** One unit of the block model: a top-level block, a top-level list item or a table row. */
export interface Block {
  /** `paragraph`, `heading`, `bullet-item`, `numbered-item`, `todo-item`, `quote`, `code`,
   * `equation`, `divider`, `table-head`, `table-row`, `image`, `callout`, `toggle`, `notion-tag`. */
  kind: string;
  /** Normalized comparable form: equal keys mean equal content whatever the presentation. */
  key: string;
  /** UTF-16 offsets of the unit's span in its source string (end exclusive). */
  start: number;
  end: number;
  /** 1-based line of `start`. */
  line: number;
  /** The source text of the span. */
  text: string;
}

/** One step of an alignment between two block lists (indices into `a` and `b`). */
export type AlignmentOp =
  | { type: 'equal'; a: number; b: number }
  | { type: 'changed'; a: number; b: number }
  | { type: 'removed'; a: number }
  | { type: 'added'; b: number };

/** Where the two sides' changes overlap: nothing of either side is written there. */
export interface BlockConflict {
  /** 1-based line of the local block (or of the place it was, when deleted locally). */
  line: number;
  reason:
    | 'both-edited'
    | 'edited-locally-deleted-in-notion'
    | 'deleted-locally-edited-in-notion'
    /** Different blocks inserted at the same place on both sides. */
    | 'both-inserted'
    /** Notion inserted a block the file inserted at another place (it would be there twice). */
    | 'inserted-elsewhere';
  /** The local GFM text of the block ('' when deleted locally). */
  local: string;
  /** Notion's new version of the block as GFM ('' when deleted in Notion). */
  notion: string;
}

/** What applyNotionEditToGfm returns. */
export interface NotionEditResult {
  gfm: string;
  /** Local blocks replaced, removed or inserted. */
  changed: number;
  warnings: LossWarning[];
  /** Blocks left as they are locally because both sides changed them. */
  conflicts: BlockConflict[];
}

export type IrInline =
  | { type: 'text'; value: string }
  | { type: 'strong' | 'emphasis' | 'delete' | 'underline'; children: IrInline[] }
  /** `<span color=…>`: the opening tag is kept verbatim. */
  | { type: 'span'; open: string; children: IrInline[] }
  | { type: 'inlineCode'; value: string }
  | { type: 'inlineMath'; value: string }
  | { type: 'link'; url: string; children: IrInline[] }
  | { type: 'break' }
  /** Mentions, dates and citations: carried verbatim in both dialects. */
  | { type: 'atom'; raw: string };

export type ItemKind = 'bullet' | 'ordered' | 'todo';

/** The five GitHub alert kinds, each a callout in Notion. */
export type AlertKind = 'NOTE' | 'TIP' | 'IMPORTANT' | 'WARNING' | 'CAUTION';

export type IrBlock =
  | { type: 'paragraph'; children: IrInline[] }
  | { type: 'heading'; depth: number; children: IrInline[] }
  | {
      type: 'item';
      kind: ItemKind;
      checked: boolean;
      number: number;
      title: IrInline[];
      children: IrBlock[];
    }
  | { type: 'quote'; children: IrBlock[] }
  | { type: 'code'; lang: string; value: string }
  | { type: 'math'; value: string }
  | { type: 'divider' }
  /** rows[0] is the header row; every row has the same number of cells. */
  | { type: 'table'; rows: IrInline[][][] }
  | { type: 'image'; url: string; alt: string }
  /**
   * A Notion callout, a GitHub alert in GFM. `icon`/`color` are the callout's own when it came
   * from Notion, the alert kind's otherwise. `source` keeps a `<callout>` tag written in a GFM
   * file byte for byte (it is sent and written back as it is; only its key is structural).
   */
  | {
      type: 'callout';
      kind: AlertKind;
      icon: string | null;
      color: string | null;
      title: IrInline[];
      children: IrBlock[];
      source?: string;
    }
  /** A Notion toggle, `<details><summary>` in GFM (`source`: as for callouts). */
  | { type: 'toggle'; title: IrInline[]; children: IrBlock[]; source?: string }
  /** A Notion tag block (`<callout>`, `<page>`, `<unknown>`, `<p />`…) kept byte for byte. */
  | { type: 'raw'; tag: string; value: string };

/** Where a top-level IR block came from in its source. */
export interface SourceEntry {
  block: IrBlock;
  start: number;
  end: number;
  line: number;
  /** GFM constructs Notion cannot hold (carried as code blocks, footnotes as text): restored on the way back. */
  origin?: 'frontmatter-yaml' | 'frontmatter-toml' | 'html' | 'footnote';
  /** For tables: the header span (header row + delimiter row) and each body row's span. */
  rows?: { start: number; end: number; line: number }[];
}
