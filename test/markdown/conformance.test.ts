import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/fixtures.js';
import { NOTION_V2_CORPUS } from './notion-v2-corpus.js';

/** The files CONFORMANCE.md's Markdown section names its tests by. */
const FILES: Record<string, string> = {
  forms: 'test/notion-emulator/markdown/forms.test.ts',
  'emu-assumptions': 'test/notion-emulator/markdown/assumptions.test.ts',
  'emu-reject': 'test/notion-emulator/markdown/reject.test.ts',
  endpoints: 'test/notion-emulator/markdown-endpoints.test.ts',
  'emu-pages': 'test/notion-emulator/pages.test.ts',
  corpus: 'test/markdown/notion-v2-roundtrip.test.ts',
  'gfm-to-notion': 'test/markdown/gfm-to-notion.test.ts',
  warnings: 'test/markdown/warnings.test.ts',
  constructs: 'test/markdown/notion-constructs.test.ts',
  'push-basic': 'test/sync/push-basic.test.ts',
  'pull-basic': 'test/sync/pull-basic.test.ts',
  'emu-references': 'test/notion-emulator/markdown-references.test.ts',
  alerts: 'test/markdown/alerts-toggles.test.ts',
  'emu-files': 'test/notion-emulator/file-uploads.test.ts',
  'design-docs': 'test/sync/design-docs-e2e.test.ts',
};

function markdownSection(): string {
  const text = readFileSync(join(REPO_ROOT, 'test/notion-emulator/CONFORMANCE.md'), 'utf8');
  const start = text.indexOf('## Markdown');
  const next = text.indexOf('\n## ', start + 1);
  return text.slice(start, next === -1 ? undefined : next);
}

/** A test title as its file spells it: verbatim, or as the name an `it.each`/loop fills in. */
function named(source: string, title: string): boolean {
  const forms = [
    title,
    title.replace(/^refuses /, ''),
    title.replace(/, byte for byte$/, ''),
    /^stores "(\w+)" as blocks/.exec(title)?.[1] ?? title,
  ];
  return forms.some((form) => source.includes(form));
}

describe('CONFORMANCE.md, section Markdown', () => {
  const section = markdownSection();
  const rows = section.split('\n').filter((line) => /^\| MD-\d+/.test(line));

  it('has a row per statement, at least 25 of them quoting the reference', () => {
    expect(rows.filter((row) => row.includes('"')).length).toBeGreaterThanOrEqual(25);
    const ids = rows.map((row) => /^\| (MD-\d+)/.exec(row)?.[1]);
    expect(new Set(ids).size).toBe(rows.length);
  });

  it('names an emulator test and a product test that exist, in every row', () => {
    const corpusNames = new Set(NOTION_V2_CORPUS.map((c) => c.name));
    for (const row of rows) {
      const cells = row.split(/(?<!\\)\|/).map((cell) => cell.trim());
      const [emulatorCell, productCell] = cells.slice(-3, -1);
      for (const cell of [emulatorCell, productCell]) {
        const refs = [...(cell ?? '').matchAll(/`([\w-]+) › ([^`]+)`/g)];
        expect(refs.length, row).toBeGreaterThan(0);
        for (const [, file, escaped] of refs) {
          // A pipe inside a table cell is written \|.
          const title = (escaped ?? '').replace(/\\\|/g, '|');
          const path = FILES[file ?? ''];
          expect(path, `${file} in ${row}`).toBeDefined();
          const source = readFileSync(join(REPO_ROOT, path as string), 'utf8');
          const found =
            named(source, title ?? '') || (file === 'corpus' && corpusNames.has(title ?? ''));
          expect(found, `${file} › ${title}`).toBe(true);
        }
      }
    }
  });
});
