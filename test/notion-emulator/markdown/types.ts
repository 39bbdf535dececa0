/**
 * Block and rich-text shapes the emulator stores: Notion API block objects without ids and
 * timestamps, children nested in `children`.
 */

/** A Notion block object as the emulator keeps it; `children` holds nested blocks. */
export type EmuBlock = {
  type: string;
  [payload: string]: unknown;
  children?: EmuBlock[];
};

/** Notion's rich-text annotations. */
export type Annotations = {
  bold: boolean;
  italic: boolean;
  strikethrough: boolean;
  underline: boolean;
  code: boolean;
  color: string;
};

export type TextRichText = {
  type: 'text';
  text: { content: string; link: { url: string } | null };
  annotations: Annotations;
  plain_text: string;
  href: string | null;
};

export type MentionPayload =
  | { type: 'page'; page: { id: string } }
  | { type: 'database'; database: { id: string } }
  | { type: 'user'; user: { object: 'user'; id: string } }
  | { type: 'link_mention'; link_mention: { href: string } }
  | { type: 'date'; date: { start: string; end: string | null; time_zone?: string | null } };

export type MentionRichText = {
  type: 'mention';
  mention: MentionPayload;
  annotations: Annotations;
  plain_text: string;
  href: string | null;
};

export type EquationRichText = {
  type: 'equation';
  equation: { expression: string };
  annotations: Annotations;
  plain_text: string;
  href: null;
};

/**
 * Notion's API has no documented rich-text object for a `[^URL]` citation, so the emulator keeps
 * its own (see ASSUMPTIONS.md A-MD-15).
 */
export type CitationRichText = {
  type: 'citation';
  citation: { url: string };
  annotations: Annotations;
  plain_text: string;
  href: string;
};

export type RichText = TextRichText | MentionRichText | EquationRichText | CitationRichText;

/** Input that Notion-flavored Markdown v2's documented rules cannot parse. */
export class MarkdownRejected extends Error {
  /** 1-based line of the offending construct, when known. */
  readonly line: number | undefined;

  constructor(message: string, line?: number) {
    super(line === undefined ? message : `line ${line}: ${message}`);
    this.name = 'MarkdownRejected';
    this.line = line;
  }
}

/** Colour names as Notion-flavored Markdown writes them (`_bg` for backgrounds). */
export const MARKDOWN_COLORS: readonly string[] = [
  'gray',
  'brown',
  'orange',
  'yellow',
  'green',
  'blue',
  'purple',
  'pink',
  'red',
].flatMap((c) => [c, `${c}_bg`]);

/** Markdown colour name → API colour value (`red_bg` → `red_background`). */
export function apiColor(markdownColor: string): string {
  return markdownColor.endsWith('_bg') ? `${markdownColor.slice(0, -3)}_background` : markdownColor;
}

/** API colour value → markdown colour name (`red_background` → `red_bg`). */
export function markdownColor(api: string): string {
  return api.endsWith('_background') ? `${api.slice(0, -'_background'.length)}_bg` : api;
}

/** Code languages the Notion API accepts (LanguageRequest in @notionhq/client 5.26). */
export const CODE_LANGUAGES: ReadonlySet<string> = new Set([
  'abap',
  'abc',
  'agda',
  'arduino',
  'ascii art',
  'assembly',
  'bash',
  'basic',
  'bnf',
  'c',
  'c#',
  'c++',
  'clojure',
  'coffeescript',
  'coq',
  'css',
  'dart',
  'dhall',
  'diff',
  'docker',
  'ebnf',
  'elixir',
  'elm',
  'erlang',
  'f#',
  'flow',
  'fortran',
  'gherkin',
  'glsl',
  'go',
  'graphql',
  'groovy',
  'haskell',
  'hcl',
  'html',
  'idris',
  'java',
  'javascript',
  'json',
  'julia',
  'kotlin',
  'latex',
  'less',
  'lisp',
  'livescript',
  'llvm ir',
  'lua',
  'makefile',
  'markdown',
  'markup',
  'matlab',
  'mathematica',
  'mermaid',
  'nix',
  'notion formula',
  'objective-c',
  'ocaml',
  'pascal',
  'perl',
  'php',
  'plain text',
  'powershell',
  'prolog',
  'protobuf',
  'purescript',
  'python',
  'r',
  'racket',
  'reason',
  'ruby',
  'rust',
  'sass',
  'scala',
  'scheme',
  'scss',
  'shell',
  'smalltalk',
  'solidity',
  'sql',
  'swift',
  'toml',
  'typescript',
  'vb.net',
  'verilog',
  'vhdl',
  'visual basic',
  'webassembly',
  'xml',
  'yaml',
  'java/c/c++/c#',
]);

/** Common fence info strings that are not Notion language names (A-MD-10). */
export const CODE_LANGUAGE_ALIASES: Readonly<Record<string, string>> = {
  js: 'javascript',
  jsx: 'javascript',
  ts: 'typescript',
  tsx: 'typescript',
  py: 'python',
  sh: 'shell',
  zsh: 'shell',
  console: 'shell',
  yml: 'yaml',
  md: 'markdown',
  text: 'plain text',
  txt: 'plain text',
  plaintext: 'plain text',
  dockerfile: 'docker',
  rb: 'ruby',
  rs: 'rust',
  kt: 'kotlin',
  cs: 'c#',
  cpp: 'c++',
  csharp: 'c#',
  golang: 'go',
  tex: 'latex',
  make: 'makefile',
};
