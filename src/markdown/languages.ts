/**
 * Code-block languages: Notion keeps one name from its own list per code block, so a fence's info
 * string compares, and is sent, as that name.
 *
 * The list is the `language` enum of Notion's code block
 * (https://developers.notion.com/reference/block#code; the same values as `LanguageRequest` in
 * @notionhq/client 5.26, and as the API's validation error lists them).
 */

const NOTION_LANGUAGES = new Set([
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

/**
 * Info strings Notion is taken to map to one of its names (the emulator's assumption A-MD-10, to
 * check against the live API); any other string that is not a name of the list is plain text.
 */
const ALIASES: Record<string, string> = {
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

/**
 * The language Notion keeps for a fence's info string: a name from its list, or '' (plain text)
 * for none, `plain text`, or a language Notion does not have.
 */
export function notionLanguage(info: string): string {
  const name = info.trim().toLowerCase();
  const known = NOTION_LANGUAGES.has(name) ? name : ALIASES[name];
  return known === undefined || known === 'plain text' ? '' : known;
}

/** Whether Notion has a language for this info string (or it is empty / plain text). */
export function isNotionLanguage(info: string): boolean {
  const name = info.trim().toLowerCase();
  return (
    name === '' ||
    notionLanguage(name) !== '' ||
    ALIASES[name] === 'plain text' ||
    name === 'plain text'
  );
}

/** A fence info string made of a language with a space in it (`visual basic`), or undefined. */
export function spacedLanguage(lang: string, meta: string | null | undefined): string | undefined {
  if (!meta) return undefined;
  const name = `${lang} ${meta}`.trim().toLowerCase();
  return NOTION_LANGUAGES.has(name) ? name : undefined;
}
