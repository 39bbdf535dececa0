/**
 * Notion's units written into a local file in the file's own style: list markers and numbers,
 * the code fence and language the file uses, front matter, HTML blocks and footnotes in their
 * own form, and the file's HTML comments kept where they were.
 */
import { continuesGroup, unitsOf, type Unit } from './blocks.js';
import { keepComments } from './comments.js';
import { notionLanguage } from './languages.js';
import { writeGfmBlock, writeGfmTableLines, type ItemStyle } from './write-gfm.js';

/** Notion's unit as GFM; `style` and `origin` come from the local unit it replaces or joins. */
export function gfmText(
  unit: Unit,
  local: LocalStyle,
  style?: ItemStyle,
  origin?: Unit['origin'],
): string {
  const { ir } = unit;
  if (unit.row !== undefined && ir.type === 'table') {
    const lines = writeGfmTableLines(ir.rows);
    return unit.row === 0 ? lines.slice(0, 2).join('\n') : (lines[unit.row + 1] ?? '');
  }
  const restored = restoreOrigin(ir, origin);
  if (restored !== undefined) return restored;
  const text = writeGfmBlock(ir, ir.type === 'item' ? style : undefined);
  // remark escapes "[^1]" in text; where the file defines that footnote, it is a reference.
  return local.footnotes.size === 0
    ? text
    : text.replace(/\\\[\^([^\]\s]+)\]/g, (match, label: string) =>
        local.footnotes.has(label) ? `[^${label}]` : match,
      );
}

/** The file's own form of a construct Notion holds differently, if it still reads as that one construct. */
function restoreOrigin(ir: Unit['ir'], origin: Unit['origin']): string | undefined {
  let restored: string | undefined;
  if (ir.type === 'code') {
    if (origin === 'html' && ir.lang === 'html') restored = ir.value;
    if (origin === 'frontmatter-yaml' && ir.lang === 'yaml') restored = `---\n${ir.value}\n---`;
    if (origin === 'frontmatter-toml' && ir.lang === 'toml') restored = `+++\n${ir.value}\n+++`;
  }
  const head = ir.type === 'paragraph' ? ir.children[0] : undefined;
  const label = head?.type === 'text' ? /^\[\^([^\]\s]+)\]: /.exec(head.value) : null;
  if (origin === 'footnote' && ir.type === 'paragraph' && head?.type === 'text' && label) {
    const rest = [
      { type: 'text' as const, value: head.value.slice(label[0].length) },
      ...ir.children.slice(1),
    ];
    restored = `${label[0]}${writeGfmBlock({ type: 'paragraph', children: rest })}`;
  }
  if (restored === undefined) return undefined;
  const [only, ...others] = unitsOf(restored, 'gfm').units;
  return only && others.length === 0 && only.origin === origin && only.text === restored
    ? restored
    : undefined;
}

/** What the local file says about how new text should look. */
export interface LocalStyle {
  /** Footnote labels the file defines. */
  footnotes: Set<string>;
}

export function localStyle(local: Unit[]): LocalStyle {
  const footnotes = new Set<string>();
  for (const unit of local) {
    const label = unit.origin === 'footnote' ? /^\[\^([^\]\s]+)\]:/.exec(unit.text) : null;
    if (label?.[1]) footnotes.add(label[1]);
  }
  return { footnotes };
}

/** The marker of a local list item. */
export function styleOf(unit: Unit): ItemStyle | undefined {
  if (unit.ir.type !== 'item') return undefined;
  const marker = /^(?:([-*+])|(\d{1,9})([.)]))/.exec(unit.text);
  if (!marker) return undefined;
  return {
    bullet: (marker[1] ?? '-') as ItemStyle['bullet'],
    delimiter: (marker[3] ?? '.') as ItemStyle['delimiter'],
    number: Number(marker[2] ?? 1),
  };
}

/** The style of a local unit that `unit` replaces, when both belong to the same kind of list. */
export function replacementStyle(unit: Unit, local: Unit): ItemStyle | undefined {
  return continuesGroup(local, unit) || continuesGroup(unit, local) ? styleOf(local) : undefined;
}

/**
 * Notion's version of a local unit, written in the local unit's style, keeping its comments;
 * undefined when a comment of the local unit would not survive the rewrite.
 */
export function rewriteUnit(notion: Unit, local: Unit, fileStyle: LocalStyle): string | undefined {
  const text =
    codeInLocalStyle(notion, local) ??
    gfmText(notion, fileStyle, replacementStyle(notion, local), local.origin);
  return keepComments(local.text, text);
}

/**
 * A code block Notion changed, in the file's own fence and info string when the language is
 * still the same to Notion (```js stays js): only the lines that changed differ.
 */
function codeInLocalStyle(notion: Unit, local: Unit): string | undefined {
  const { ir } = notion;
  if (ir.type !== 'code' || local.ir.type !== 'code' || local.origin !== undefined) return;
  if (notionLanguage(ir.lang) !== notionLanguage(local.ir.lang)) return;
  const value = ir.value;
  const open = /^(`{3,}|~{3,})([^\n]*)\n/.exec(local.text);
  const close = /\n(`{3,}|~{3,})[ \t]*$/.exec(local.text);
  if (open?.[1] && close?.[1] && close[1][0] === open[1][0] && close[1].length >= open[1].length) {
    const fence = open[1];
    const closing = new RegExp(
      `^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}\\s*$`,
      'm',
    );
    if (!closing.test(value))
      return `${open[0]}${value === '' ? '' : `${value}\n`}${close[0].slice(1)}`;
  }
  const lines = value.split('\n');
  if (!open && local.ir.lang === '' && ir.lang === '' && /^ {4}|^\t/.test(local.text)) {
    if ((lines[0] ?? '').trim() !== '' && (lines[lines.length - 1] ?? '').trim() !== '')
      return lines.map((line) => (line === '' ? '' : `    ${line}`)).join('\n');
  }
  return writeGfmBlock({ ...ir, lang: local.ir.lang });
}
