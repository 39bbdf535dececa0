import { readDate, readMention } from './inline-atoms.js';
import { citationItem, equationItem, mergeRichText } from './rich-text.js';
import {
  ASCII_PUNCT,
  flatten,
  lastOpener,
  literal,
  processEmphasis,
  readCharacterReference,
  readLinkDestination,
  runLength,
  type Mark,
  type Node,
} from './inline-nodes.js';
import { readTag, type Tag } from './tags.js';
import {
  MARKDOWN_COLORS,
  MarkdownRejected,
  apiColor,
  type MentionPayload,
  type RichText,
} from './types.js';

/** Options for inline parsing. */
export type InlineOptions = {
  /** 1-based source line, for error messages. */
  line?: number;
  /** Decides what a `<mention url>` points at; defaults to judging the URL (mentions.ts). */
  resolveMention?: (url: string) => MentionPayload;
  /** Inside a table cell, where `<br />` is a line break. */
  cell?: boolean;
};

const UNICODE_PUNCT = /[\p{P}\p{S}]/u;
const WHITESPACE = /\s/u;
const URI_AUTOLINK = /^<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^<>\s]*)>/;
const EMAIL_AUTOLINK = /^<([A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*)>/;
const CITATION = /^\[\^(https?:\/\/[^\s\]]+)\]/;
const MARK_TAGS: Readonly<Record<string, Mark>> = {
  b: { kind: 'bold' },
  i: { kind: 'italic' },
  s: { kind: 'strikethrough' },
  u: { kind: 'underline' },
};

/**
 * Parses the inline content of one block (CommonMark inlines and character references, GFM
 * strikethrough, Notion's `<b>`, `<i>`, `<s>`, `<u>`, `<span>`, `<mention>`, `<date/>`, `$…$`
 * and `[^URL]`) into merged Notion rich text.
 */
export function parseInline(source: string, options: InlineOptions = {}): RichText[] {
  return new InlineParser(source, options, false).parse();
}

/**
 * Reads a line that holds only an image, `![caption](url)`: the caption as rich text and the
 * URL, or null when the line is anything else.
 */
export function parseImageLine(
  source: string,
  options: InlineOptions = {},
): { caption: RichText[]; url: string } | null {
  const text = source.trim();
  if (!text.startsWith('![')) return null;
  const parser = new InlineParser(text, options, true);
  const caption = parser.parse();
  return parser.imageUrl === undefined ? null : { caption, url: parser.imageUrl };
}

class InlineParser {
  private readonly nodes: Node[] = [];
  private text = '';
  private i = 0;
  /** Set when the whole source was one image (only in image-line mode). */
  imageUrl: string | undefined;

  constructor(
    private readonly s: string,
    private readonly options: InlineOptions,
    private readonly imageLine: boolean,
  ) {}

  parse(): RichText[] {
    const s = this.s;
    while (this.i < s.length) {
      const c = s[this.i] as string;
      if (c === '\\') this.backslash();
      else if (c === '\n') this.lineBreak();
      else if (c === '`') this.codeSpan();
      else if (c === '$') this.inlineEquation();
      else if (c === '<') this.angle();
      else if (c === '!' && s[this.i + 1] === '[') {
        this.flush();
        this.nodes.push({ k: 'opener', kind: '![', src: '![', marks: [] });
        this.i += 2;
      } else if (c === '[') this.openBracket();
      else if (c === ']') this.closeBracket();
      else if (c === '*' || c === '_' || c === '~') this.delimiterRun(c);
      else if (c === '&') this.characterReference();
      else {
        this.text += c;
        this.i++;
      }
    }
    this.flush();
    const out: RichText[] = [];
    flatten(processEmphasis(this.nodes), [], out);
    return mergeRichText(out);
  }

  private reject(message: string): never {
    throw new MarkdownRejected(message, this.options.line);
  }

  private flush(): void {
    if (this.text !== '') this.nodes.push({ k: 'text', v: this.text });
    this.text = '';
  }

  private skipLeadingSpaces(): void {
    while (this.s[this.i] === ' ' || this.s[this.i] === '\t') this.i++;
  }

  private backslash(): void {
    const next = this.s[this.i + 1];
    if (next === '\n') {
      this.text = this.text.replace(/[ \t]+$/, '') + '\n';
      this.i += 2;
      this.skipLeadingSpaces();
    } else if (next !== undefined && ASCII_PUNCT.test(next)) {
      this.text += next;
      this.i += 2;
    } else {
      this.text += '\\';
      this.i++;
    }
  }

  /** A newline inside a block: two trailing spaces make a hard break, else a space (A-MD-03). */
  private lineBreak(): void {
    const hard = / {2,}$/.test(this.text);
    this.text = this.text.replace(/[ \t]+$/, '') + (hard ? '\n' : ' ');
    this.i++;
    this.skipLeadingSpaces();
  }

  private codeSpan(): void {
    const s = this.s;
    const run = runLength(s, this.i, '`');
    let search = this.i + run;
    for (;;) {
      const at = s.indexOf('`', search);
      if (at === -1) {
        this.text += '`'.repeat(run);
        this.i += run;
        return;
      }
      const closeRun = runLength(s, at, '`');
      if (closeRun === run) {
        let content = s.slice(this.i + run, at).replace(/\n/g, ' ');
        if (/^ .*[^ ].* $/s.test(content) || /^ [^ ] $/.test(content)) {
          content = content.slice(1, -1);
        }
        this.flush();
        this.nodes.push({
          k: 'group',
          marks: [{ kind: 'code' }],
          children: [{ k: 'text', v: content }],
        });
        this.i = at + run;
        return;
      }
      search = at + closeRun;
    }
  }

  /** `$expr$` (pandoc's rule: no space inside the dollars, no digit after) or `` $`expr`$ ``. */
  private inlineEquation(): void {
    const s = this.s;
    const start = this.i;
    if (s[start + 1] === '`') {
      const close = s.indexOf('`$', start + 2);
      if (close !== -1) {
        this.pushAtom(equationItem(s.slice(start + 2, close)));
        this.i = close + 2;
        return;
      }
    } else {
      const first = s[start + 1];
      if (first !== undefined && first !== '$' && !WHITESPACE.test(first)) {
        for (let j = start + 1; j < s.length; j++) {
          if (s[j] === '\\') {
            j++;
            continue;
          }
          if (s[j] !== '$') continue;
          if (WHITESPACE.test(s[j - 1] as string) || /[0-9]/.test(s[j + 1] ?? '')) break;
          this.pushAtom(equationItem(s.slice(start + 1, j)));
          this.i = j + 1;
          return;
        }
      }
    }
    this.text += '$';
    this.i++;
  }

  /** `&lt;`, `&#60;`, `&#x3C;` stand for their character, as in CommonMark. */
  private characterReference(): void {
    const reference = readCharacterReference(this.s, this.i);
    this.text += reference?.text ?? '&';
    this.i += reference?.length ?? 1;
  }

  private pushAtom(item: RichText): void {
    this.flush();
    this.nodes.push({ k: 'atom', item });
  }

  private angle(): void {
    const rest = this.s.slice(this.i);
    const uri = URI_AUTOLINK.exec(rest);
    const email = uri === null ? EMAIL_AUTOLINK.exec(rest) : null;
    const autolink = uri ?? email;
    if (autolink !== null) {
      const target = autolink[1] as string;
      this.flush();
      this.nodes.push({
        k: 'group',
        marks: [{ kind: 'link', url: uri !== null ? target : `mailto:${target}` }],
        children: [{ k: 'text', v: target }],
      });
      this.i += autolink[0].length;
      return;
    }
    const tag = readTag(this.s, this.i);
    if (
      tag?.name === 'br' &&
      this.options.cell &&
      !tag.closing &&
      Object.keys(tag.attrs).length === 0
    ) {
      // "Cells are inline-only (<br /> for line breaks)"; `<br>` and `<br/>` alike.
      this.text += '\n';
      this.i = tag.end;
      return;
    }
    if (tag !== null && this.inlineTag(tag)) return;
    // Any other HTML is literal text (migration guide: other HTML is saved as text).
    this.text += '<';
    this.i++;
  }

  /** Handles Notion's inline tags; returns false for any other tag, which stays literal. */
  private inlineTag(tag: Tag): boolean {
    const raw = this.s.slice(this.i, tag.end);
    switch (tag.name) {
      case 'b':
      case 'i':
      case 's':
      case 'u':
      case 'span': {
        if (tag.selfClosing) return false;
        if (tag.closing) return this.closeTag(tag.name, tag.end);
        const marks = tag.name === 'span' ? this.spanMarks(tag) : this.markTag(tag);
        this.flush();
        this.nodes.push({ k: 'opener', kind: tag.name, src: raw, marks });
        this.i = tag.end;
        return true;
      }
      case 'mention':
        if (tag.closing) return false;
        this.mention(tag);
        return true;
      case 'date':
        if (tag.closing) return false;
        this.date(tag);
        return true;
      default:
        return false;
    }
  }

  private markTag(tag: Tag): Mark[] {
    if (Object.keys(tag.attrs).length > 0) this.reject(`<${tag.name}> takes no attributes`);
    return [MARK_TAGS[tag.name] as Mark];
  }

  /**
   * `<span color="…" discussion-urls="…">`: the colour is a mark; discussions are not modelled, so
   * their URLs are dropped (A-MD-36). v1's `underline="true"` is refused: in v2 "<u> (the only
   * underline)".
   */
  private spanMarks(tag: Tag): Mark[] {
    const marks: Mark[] = [];
    for (const [key, value] of Object.entries(tag.attrs)) {
      if (key === 'color') marks.push({ kind: 'color', color: this.color(value) });
      else if (key === 'underline')
        this.reject(`<span underline="${value}"> is v1: v2's only underline is <u>`);
      else if (key !== 'discussion-urls') this.reject(`<span> does not take ${key}="${value}"`);
    }
    if (Object.keys(tag.attrs).length === 0) this.reject('<span> needs a color attribute');
    return marks;
  }

  private color(value: string): string {
    if (!MARKDOWN_COLORS.includes(value)) this.reject(`unknown color "${value}"`);
    return apiColor(value);
  }

  private closeTag(kind: 'b' | 'i' | 's' | 'u' | 'span', end: number): boolean {
    const at = lastOpener(this.nodes, kind);
    if (at === -1) return false;
    this.flush();
    const opener = this.nodes[at] as Extract<Node, { k: 'opener' }>;
    const inner = processEmphasis(this.nodes.splice(at + 1));
    this.nodes.pop();
    this.nodes.push({ k: 'group', marks: opener.marks, children: inner });
    this.i = end;
    return true;
  }

  private mention(tag: Tag): void {
    const { item, end } = readMention(this.s, tag, this.options);
    this.pushAtom(item);
    this.i = end;
  }

  private date(tag: Tag): void {
    this.pushAtom(readDate(tag, this.options.line));
    this.i = tag.end;
  }

  private openBracket(): void {
    const citation = CITATION.exec(this.s.slice(this.i));
    if (citation !== null) {
      this.pushAtom(citationItem(citation[1] as string));
      this.i += citation[0].length;
      return;
    }
    this.flush();
    this.nodes.push({ k: 'opener', kind: '[', src: '[', marks: [] });
    this.i++;
  }

  private closeBracket(): void {
    const at = lastOpener(this.nodes, '[', '![');
    const destination = at === -1 ? null : readLinkDestination(this.s, this.i + 1);
    if (at === -1 || destination === null) {
      if (at !== -1) this.nodes[at] = literal(this.nodes[at] as Node);
      this.text += ']';
      this.i++;
      return;
    }
    if (destination.url === '') this.reject('a link or image needs a destination URL');
    this.flush();
    const opener = this.nodes[at] as Extract<Node, { k: 'opener' }>;
    const inner = processEmphasis(this.nodes.splice(at + 1));
    this.nodes.pop();
    this.i = destination.end;
    if (opener.kind === '![') {
      const alone = this.imageLine && at === 0 && this.s.slice(this.i).trim() === '';
      if (!alone)
        this.reject('an image inside text: images are blocks of their own, on a line alone');
      this.imageUrl = destination.url;
      this.nodes.push({ k: 'group', marks: [], children: inner });
      return;
    }
    // No links inside links (CommonMark): earlier openers become text.
    for (let j = 0; j < this.nodes.length; j++) {
      const node = this.nodes[j] as Node;
      if (node.k === 'opener' && node.kind === '[') this.nodes[j] = { k: 'text', v: '[' };
    }
    this.nodes.push({
      k: 'group',
      marks: [{ kind: 'link', url: destination.url }],
      children: inner,
    });
  }

  private delimiterRun(ch: '*' | '_' | '~'): void {
    const s = this.s;
    const n = runLength(s, this.i, ch);
    const before = this.i === 0 ? ' ' : (s[this.i - 1] as string);
    const after = s[this.i + n] ?? ' ';
    if (ch === '~' && n > 2) {
      this.text += ch.repeat(n);
      this.i += n;
      return;
    }
    const left =
      !WHITESPACE.test(after) &&
      (!UNICODE_PUNCT.test(after) || WHITESPACE.test(before) || UNICODE_PUNCT.test(before));
    const right =
      !WHITESPACE.test(before) &&
      (!UNICODE_PUNCT.test(before) || WHITESPACE.test(after) || UNICODE_PUNCT.test(after));
    const open = ch === '_' ? left && (!right || UNICODE_PUNCT.test(before)) : left;
    const close = ch === '_' ? right && (!left || UNICODE_PUNCT.test(after)) : right;
    this.flush();
    this.nodes.push({ k: 'delim', ch, n, orig: n, open, close });
    this.i += n;
  }
}
