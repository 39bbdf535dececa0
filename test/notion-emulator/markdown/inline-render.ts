import { dateAttrs } from './inline-atoms.js';
import { parseInline } from './inline-parse.js';
import { mentionUrl } from './mentions.js';
import { mergeRichText, textItem } from './rich-text.js';
import { formatAttrs } from './tags.js';
import { markdownColor, type Annotations, type RichText } from './types.js';

type Mark = { kind: string; open: string; close: string };

/**
 * Where the rich text is written: pipe-table cells also escape `|` inside code spans; text right
 * after a tag (`<p>`, `<td>`…) does not start a line, so its leading spaces are content; in a
 * table cell a line break is `<br />` ("Cells are inline-only (<br /> for line breaks)").
 */
export type InlineRenderContext = { inPipeTable?: boolean; afterTag?: boolean; inCell?: boolean };

/** `**`/`*`/`~~` where they read back, else `<b>`/`<i>`/`<s>` (A-MD-08). */
type Style = 'delimiters' | 'tags';

/**
 * Characters the format reference says to escape outside code: \ * ~ ` $ [ ] < > { } | ^
 * https://developers.notion.com/guides/data-apis/enhanced-markdown (section "Escaping").
 */
const ALWAYS_ESCAPED = new Set(['\\', '*', '~', '`', '$', '[', ']', '<', '>', '{', '}', '|', '^']);
const WORD = /[\p{L}\p{N}]/u;
/** An `&` that would start a character reference (`&lt;`, `&#60;`) is escaped to stay itself. */
const ENTITY = /^&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/;

/**
 * Renders rich text as Notion-flavored Markdown v2 inline content: bold, italic and
 * strikethrough as `**`, `*`, `~~`, unless CommonMark's flanking rules would read those back
 * differently (a run that starts with punctuation and touches a letter, say); then the whole
 * text uses `<b>`, `<i>`, `<s>`.
 */
export function renderRichText(
  items: readonly RichText[],
  context: InlineRenderContext = {},
): string {
  const merged = mergeRichText(items);
  const withDelimiters = renderWith(merged, context, 'delimiters');
  if (!merged.some(hasFlankingMark)) return withDelimiters;
  const source = context.inPipeTable ? withDelimiters.replace(/\\\|/g, '|') : withDelimiters;
  let reread: RichText[] | undefined;
  try {
    reread = parseInline(source, { cell: context.inCell === true });
  } catch {
    reread = undefined;
  }
  if (reread !== undefined && comparable(reread) === comparable(merged)) return withDelimiters;
  return renderWith(merged, context, 'tags');
}

function hasFlankingMark(item: RichText): boolean {
  const a = item.annotations;
  return a.bold || a.italic || a.strikethrough;
}

/**
 * What must survive a re-read: text, marks, links (mention targets depend on the resolver).
 * Whitespace at the edge of a bold, italic or struck run is written outside the delimiters
 * (A-MD-08), so it does not count.
 */
function comparable(items: readonly RichText[]): string {
  const pieces = items.flatMap((item): RichText[] => {
    if (item.type !== 'text' || item.annotations.code) return [item];
    const [, lead = '', core = '', trail = ''] = /^(\s*)(.*?)(\s*)$/s.exec(item.text.content) ?? [];
    const edge = { ...item.annotations, bold: false, italic: false, strikethrough: false };
    return [
      textItem(lead, edge, item.href),
      textItem(core, item.annotations, item.href),
      textItem(trail, edge, item.href),
    ];
  });
  return JSON.stringify(
    mergeRichText(pieces).map((item) => [
      item.type,
      item.plain_text,
      item.annotations,
      item.type === 'text' ? item.href : null,
    ]),
  );
}

function renderWith(
  items: readonly RichText[],
  context: InlineRenderContext,
  style: Style,
): string {
  // Equal neighbours are one run: two code spans side by side would fuse their backtick fences.
  const runs = items.flatMap(splitEdgeWhitespace);
  let out = context.afterTag ? '>' : '';
  const start = out.length;
  let open: Mark[] = [];
  runs.forEach((item, index) => {
    const wanted = marksOf(item, style);
    let keep = 0;
    while (keep < open.length && keep < wanted.length && sameMark(open[keep], wanted[keep])) keep++;
    for (let j = open.length - 1; j >= keep; j--) out += (open[j] as Mark).close;
    open = open.slice(0, keep);
    for (const mark of wanted.slice(keep)) {
      out += mark.open;
      open.push(mark);
    }
    out += renderAtom(item, runs[index + 1], out, context);
  });
  for (let j = open.length - 1; j >= 0; j--) out += (open[j] as Mark).close;
  return out.slice(start);
}

function sameMark(a: Mark | undefined, b: Mark | undefined): boolean {
  return (
    a !== undefined &&
    b !== undefined &&
    a.kind === b.kind &&
    a.open === b.open &&
    a.close === b.close
  );
}

type Flanking = 'bold' | 'italic' | 'strikethrough';
const FLANKING: readonly Flanking[] = ['bold', 'italic', 'strikethrough'];

/**
 * `**a **` does not parse as bold in CommonMark, so whitespace at the edge of a bold, italic or
 * struck run is written outside its delimiters (A-MD-08); whitespace inside a run that goes on
 * in the neighbouring item keeps the mark.
 */
function splitEdgeWhitespace(
  item: RichText,
  index: number,
  items: readonly RichText[],
): RichText[] {
  if (item.type !== 'text' || item.annotations.code) return [item];
  const a = item.annotations;
  if (!FLANKING.some((mark) => a[mark])) return [item];
  const match = /^(\s*)(.*?)(\s*)$/s.exec(item.text.content);
  const [, lead = '', core = '', trail = ''] = match ?? [];
  const own = marksOf(item, 'delimiters');
  // The run of a mark goes on into a neighbour only if the neighbour has it under the same
  // outer marks (a different link or colour closes it anyway).
  const continues = (neighbour: RichText | undefined, mark: Flanking): boolean => {
    if (neighbour === undefined) return false;
    const theirs = marksOf(neighbour, 'delimiters');
    const depth = own.findIndex((m) => m.kind === mark);
    return own.slice(0, depth + 1).every((m, k) => sameMark(m, theirs[k]));
  };
  const without = (neighbour: RichText | undefined): Annotations => {
    const next = { ...a };
    for (const mark of FLANKING) if (a[mark] && !continues(neighbour, mark)) next[mark] = false;
    return next;
  };
  const piece = (content: string, annotations: Annotations): RichText => ({
    ...item,
    text: { ...item.text, content },
    annotations,
    plain_text: content,
  });
  if (core === '') return [piece(item.text.content, without(undefined))];
  const out: RichText[] = [];
  if (lead !== '') out.push(piece(lead, without(items[index - 1])));
  out.push(piece(core, a));
  if (trail !== '') out.push(piece(trail, without(items[index + 1])));
  return out;
}

/** Marks outermost first; a fixed order lets neighbouring runs share their common marks. */
function marksOf(item: RichText, style: Style): Mark[] {
  const a = item.annotations;
  const marks: Mark[] = [];
  if (item.type === 'text' && item.href !== null && !isAutolink(item)) {
    marks.push({ kind: 'link', open: '[', close: `](${formatDestination(item.href)})` });
  }
  if (a.color !== 'default') {
    const attrs = formatAttrs([['color', markdownColor(a.color)]]);
    marks.push({ kind: 'color', open: `<span${attrs}>`, close: '</span>' });
  }
  if (a.underline) marks.push({ kind: 'underline', open: '<u>', close: '</u>' });
  const tags = style === 'tags';
  if (a.strikethrough)
    marks.push({ kind: 'strikethrough', open: tags ? '<s>' : '~~', close: tags ? '</s>' : '~~' });
  if (a.bold) marks.push({ kind: 'bold', open: tags ? '<b>' : '**', close: tags ? '</b>' : '**' });
  if (a.italic)
    marks.push({ kind: 'italic', open: tags ? '<i>' : '*', close: tags ? '</i>' : '*' });
  return marks;
}

/** A link whose text is its own URL is written `<url>`, as CommonMark autolinks read back. */
function isAutolink(item: RichText): boolean {
  return (
    item.type === 'text' &&
    !item.annotations.code &&
    item.href === item.text.content &&
    /^[A-Za-z][A-Za-z0-9+.-]{1,31}:[^<>\s\\]*$/.test(item.href)
  );
}

function formatDestination(url: string): string {
  let depth = 0;
  let balanced = true;
  for (const c of url) {
    if (c === '(') depth++;
    if (c === ')' && --depth < 0) balanced = false;
  }
  if (depth !== 0) balanced = false;
  if (/[\s<>]/.test(url) || !balanced) {
    return `<${url.replace(/</g, '%3C').replace(/>/g, '%3E')}>`;
  }
  return url;
}

function renderAtom(
  item: RichText,
  next: RichText | undefined,
  before: string,
  context: InlineRenderContext,
): string {
  switch (item.type) {
    case 'text':
      if (isAutolink(item)) return `<${item.text.content}>`;
      return item.annotations.code
        ? renderCode(item.text.content, context)
        : escapeText(item.text.content, before, context.inCell === true);
    case 'equation':
      return renderEquation(item.equation.expression, next);
    case 'citation':
      return `[^${item.citation.url}]`;
    case 'mention': {
      if (item.mention.type === 'date')
        return `<date${formatAttrs(dateAttrs(item.mention.date))} />`;
      const url = mentionUrl(item) ?? '';
      const attrs = formatAttrs([
        ['url', url],
        ['type', item.mention.type === 'database' ? 'database' : undefined],
      ]);
      const shown =
        item.mention.type === 'link_mention' && item.plain_text === url ? '' : item.plain_text;
      if (shown === '') return `<mention${attrs} />`;
      return `<mention${attrs}>${shown.replace(/[\\<>]/g, (c) => `\\${c}`)}</mention>`;
    }
  }
}

function renderCode(content: string, context: InlineRenderContext): string {
  let body = content.replace(/\n/g, ' ');
  if (context.inPipeTable) body = body.replace(/\|/g, '\\|');
  let longest = 0;
  for (const run of body.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = '`'.repeat(longest + 1);
  const pad =
    body.startsWith('`') ||
    body.endsWith('`') ||
    (body.startsWith(' ') && body.endsWith(' ') && body.trim() !== '');
  return pad ? `${fence} ${body} ${fence}` : `${fence}${body}${fence}`;
}

function renderEquation(expression: string, next: RichText | undefined): string {
  const nextChar = next?.plain_text[0] ?? '';
  const plain =
    expression !== '' &&
    !/[$`]/.test(expression) &&
    !/^\s|\s$/.test(expression) &&
    !/[0-9]/.test(nextChar);
  return plain ? `$${expression}$` : `$\`${expression}\`$`;
}

/**
 * Escapes text so it reads back as the same characters: the documented set always, `_` unless
 * inside a word (A-MD-09), and block markers at the start of a line. A newline is a hard break
 * (`<br />` in a table cell, where nothing starts a line).
 */
export function escapeText(content: string, before: string, inCell = false): string {
  let out = '';
  let atLineStart = before === '' || before.endsWith('\n');
  const chars = [...content];
  let i = 0;
  while (i < chars.length) {
    const c = chars[i] as string;
    i++;
    if (c === '\n') {
      out += inCell ? '<br />' : '\\\n';
      atLineStart = !inCell;
      continue;
    }
    // Leading whitespace of a line is not content in markdown (and four spaces or a tab would
    // start code), so it is left out, as the parser would drop it.
    if (atLineStart && (c === ' ' || c === '\t')) continue;
    if (atLineStart) {
      atLineStart = false;
      if (/^[#+=-]$/.test(c)) {
        out += `\\${c}`;
        continue;
      }
      const ordered = /^(\d{1,9})([.)])(?=\s|$)/.exec(chars.slice(i - 1, i + 10).join(''));
      if (ordered !== null) {
        out += `${ordered[1]}\\${ordered[2]}`;
        i += ordered[0].length - 1;
        continue;
      }
    }
    if (ALWAYS_ESCAPED.has(c)) out += `\\${c}`;
    else if (c === '&' && ENTITY.test(chars.slice(i - 1, i + 40).join(''))) out += '\\&';
    else if (c === '_') {
      const intraword = WORD.test(chars[i - 2] ?? '') && WORD.test(chars[i] ?? '');
      out += intraword ? c : '\\_';
    } else out += c;
  }
  return out;
}
