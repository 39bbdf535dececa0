import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { emulatorClient } from '../notion-emulator/client.js';
import { createPage } from '../notion-emulator/harness.js';
import type { Emulator } from '../notion-emulator/index.js';

/**
 * Files under `root` whose bytes hold `secret` (as is or URL-encoded), by relative path: every
 * file, the spine's SQLite bytes and its journal included.
 */
export function filesHolding(root: string, secret: string): string[] {
  const needles = [...new Set([secret, encodeURIComponent(secret)])].map((s) => Buffer.from(s));
  const found: string[] = [];
  for (const entry of readdirSync(root, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const full = join(entry.parentPath, entry.name);
    if (full.includes(`${join(root, '.git')}/objects`)) continue;
    const bytes = readFileSync(full);
    if (needles.some((needle) => bytes.includes(needle))) found.push(relative(root, full));
  }
  return found;
}

/** Every file under `root` (`.git` left out), by relative path. */
export function filesUnder(root: string): string[] {
  return readdirSync(root, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => relative(root, join(e.parentPath, e.name)))
    .filter((path) => !path.startsWith('.git/'))
    .sort();
}

/** A page a teammate makes in the Notion app, claiming a Session and Stage. */
export function teammatePage(
  emulator: Emulator,
  session: string,
  stage: string,
  markdown: string,
): Promise<{ id: string }> {
  return createPage(emulatorClient(emulator, { as: 'editor' }), emulator.dataSourceId, {
    properties: {
      Title: { title: [{ text: { content: `${stage} – ${session.slice(0, 40)}` } }] },
      Stage: { select: { name: stage } },
      Session: { rich_text: [{ text: { content: session } }] },
    },
    markdown,
  });
}

/** A markdown document of `count` paragraphs (one block each). */
export function paragraphs(count: number): string {
  return Array.from({ length: count }, (_, i) => `Paragraph ${i + 1}.`).join('\n\n') + '\n';
}

/** A bullet list nested `depth` levels deep (two spaces of indent per level). */
export function deepList(depth: number): string {
  return (
    Array.from({ length: depth }, (_, i) => `${'  '.repeat(i)}- level ${i + 1}`).join('\n') + '\n'
  );
}

/** A GFM pipe table with a header row and `rows` body rows. */
export function table(rows: number): string {
  const body = Array.from({ length: rows }, (_, i) => `| ${i + 1} | row ${i + 1} |`);
  return ['| # | Name |', '| --- | --- |', ...body].join('\n') + '\n';
}

// eslint-disable-next-line no-control-regex
const TERMINAL_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/;

/** True when `text` holds a control character a terminal would act on (tab and newline aside). */
export function hasTerminalControl(text: string): boolean {
  return TERMINAL_CONTROL.test(text);
}
