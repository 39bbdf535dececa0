/** XML-like Notion tags inside markdown: `<name a="v">`, `</name>`, `<name a="v"/>`. */
export type Tag = {
  name: string;
  attrs: Record<string, string>;
  closing: boolean;
  selfClosing: boolean;
  /** Index just past the tag's `>`. */
  end: number;
};

const NAME = /^[A-Za-z][A-Za-z0-9_-]*/;
const ATTR = /^([A-Za-z][A-Za-z0-9_-]*)="([^"]*)"/;

/**
 * Reads a tag starting at `start` (which must hold `<`), or returns null when the text there is
 * not a well-formed tag: such text stays literal.
 */
export function readTag(source: string, start: number): Tag | null {
  if (source[start] !== '<') return null;
  let i = start + 1;
  const closing = source[i] === '/';
  if (closing) i++;
  const nameMatch = NAME.exec(source.slice(i));
  if (nameMatch === null) return null;
  const name = nameMatch[0];
  i += name.length;
  const attrs: Record<string, string> = {};
  for (;;) {
    const spaceStart = i;
    while (source[i] === ' ' || source[i] === '\t') i++;
    if (source[i] === '>') {
      return { name, attrs, closing, selfClosing: false, end: i + 1 };
    }
    if (source[i] === '/' && source[i + 1] === '>' && !closing) {
      return { name, attrs, closing, selfClosing: true, end: i + 2 };
    }
    if (closing || i === spaceStart) return null;
    const attr = ATTR.exec(source.slice(i));
    if (attr === null) return null;
    const [whole, key, value] = attr;
    if (key === undefined || value === undefined || key in attrs) return null;
    attrs[key] = value;
    i += whole.length;
  }
}

/** Serialises attributes in the given order, skipping undefined values. */
export function formatAttrs(attrs: ReadonlyArray<[string, string | undefined]>): string {
  return attrs
    .filter((pair): pair is [string, string] => pair[1] !== undefined)
    .map(([key, value]) => ` ${key}="${value.replace(/"/g, '%22')}"`)
    .join('');
}
