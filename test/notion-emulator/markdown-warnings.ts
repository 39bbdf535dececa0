/**
 * One entry of the `warnings` array a synchronous v2 markdown PATCH answers with "when the parser
 * changed or ignored part of your content" (https://developers.notion.com/reference/update-page-markdown).
 * Its shape is not documented: `{code, message}` is the emulator's choice (ASSUMPTIONS A-API-29).
 */
export interface MarkdownWarning {
  code: string;
  message: string;
}

// "v2 saves {color="..."} as literal text" (migrate guide): the v1 attribute list is no syntax.
const COLOR_ATTRIBUTE = /(?<!\\)\{color="[^"]*"\}/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/**
 * What Notion reports about the markdown a request sent: outside code, a v1 `{color="…"}`
 * attribute list is kept as literal text instead of colouring the block.
 */
export function markdownWarnings(sent: readonly string[]): MarkdownWarning[] {
  const warnings: MarkdownWarning[] = [];
  for (const markdown of sent) {
    let fence: string | undefined;
    for (const line of markdown.split('\n')) {
      const marker = FENCE.exec(line)?.[1];
      if (fence !== undefined) {
        if (marker !== undefined && marker[0] === fence[0] && marker.length >= fence.length)
          fence = undefined;
        continue;
      }
      if (marker !== undefined) {
        fence = marker;
        continue;
      }
      const text = line.replace(/`[^`\n]*`/g, '');
      const hit = COLOR_ATTRIBUTE.exec(text);
      if (hit) {
        warnings.push({
          code: 'literal_text',
          message: `${hit[0]} is not syntax in Notion-flavored Markdown v2 and was saved as literal text; put the color in a color attribute on the block's tag.`,
        });
      }
    }
  }
  return warnings;
}
