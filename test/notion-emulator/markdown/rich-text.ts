import type {
  Annotations,
  CitationRichText,
  EquationRichText,
  MentionPayload,
  MentionRichText,
  RichText,
  TextRichText,
} from './types.js';

/** Annotations of unformatted text. */
export function plainAnnotations(): Annotations {
  return {
    bold: false,
    italic: false,
    strikethrough: false,
    underline: false,
    code: false,
    color: 'default',
  };
}

/** A `text` rich-text object, with `plain_text` and `href` derived as Notion does. */
export function textItem(
  content: string,
  annotations: Annotations = plainAnnotations(),
  link: string | null = null,
): TextRichText {
  return {
    type: 'text',
    text: { content, link: link === null ? null : { url: link } },
    annotations: { ...annotations },
    plain_text: content,
    href: link,
  };
}

export function equationItem(
  expression: string,
  annotations: Annotations = plainAnnotations(),
): EquationRichText {
  return {
    type: 'equation',
    equation: { expression },
    annotations: { ...annotations },
    plain_text: expression,
    href: null,
  };
}

export function mentionItem(
  mention: MentionPayload,
  plainText: string,
  href: string | null,
  annotations: Annotations = plainAnnotations(),
): MentionRichText {
  return { type: 'mention', mention, annotations: { ...annotations }, plain_text: plainText, href };
}

export function citationItem(
  url: string,
  annotations: Annotations = plainAnnotations(),
): CitationRichText {
  return {
    type: 'citation',
    citation: { url },
    annotations: { ...annotations },
    plain_text: '',
    href: url,
  };
}

/** The concatenated plain text of a rich-text array. */
export function plainText(items: readonly RichText[]): string {
  return items.map((item) => item.plain_text).join('');
}

function sameAnnotations(a: Annotations, b: Annotations): boolean {
  return (
    a.bold === b.bold &&
    a.italic === b.italic &&
    a.strikethrough === b.strikethrough &&
    a.underline === b.underline &&
    a.code === b.code &&
    a.color === b.color
  );
}

/**
 * Joins neighbouring text runs that carry the same annotations and link, and drops empty ones:
 * one canonical array per visible content.
 */
export function mergeRichText(items: readonly RichText[]): RichText[] {
  const merged: RichText[] = [];
  for (const item of items) {
    if (item.type === 'text' && item.text.content === '') continue;
    const last = merged[merged.length - 1];
    if (
      last !== undefined &&
      last.type === 'text' &&
      item.type === 'text' &&
      last.href === item.href &&
      sameAnnotations(last.annotations, item.annotations)
    ) {
      merged[merged.length - 1] = textItem(
        last.text.content + item.text.content,
        last.annotations,
        last.href,
      );
      continue;
    }
    merged.push(item);
  }
  return merged;
}
