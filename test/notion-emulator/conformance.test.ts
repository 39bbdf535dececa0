// CONFORMANCE.md names, for each documented statement, the emulator test and the product test
// that hold it: this keeps those names true as tests are renamed or moved.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/fixtures.js';

const table = readFileSync(join(import.meta.dirname, 'CONFORMANCE.md'), 'utf8');

interface Row {
  id: string;
  url: string;
  statement: string;
  tests: { path: string; name: string }[];
}

function apiRows(): Row[] {
  const start = table.indexOf('\n## API\n');
  const end = table.indexOf('\n## ', start + 1);
  return table
    .slice(start, end < 0 ? undefined : end)
    .split('\n')
    .filter((line) => line.startsWith('| C-API-'))
    .map((line) => {
      const cells = line.split(/(?<!\\)\|/).map((cell) => cell.trim());
      const spans = (cell: string) => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1] ?? '');
      const test = (cell: string) => {
        const [path = '', name = ''] = spans(cell);
        return { path, name };
      };
      return {
        id: cells[1] ?? '',
        url: cells[2] ?? '',
        statement: cells[3] ?? '',
        tests: [test(cells[4] ?? ''), test(cells[5] ?? '')],
      };
    });
}

describe('CONFORMANCE.md', () => {
  const rows = apiRows();

  it('has at least 30 API rows, each a quoted statement of a developers.notion.com page', () => {
    expect(rows.length).toBeGreaterThanOrEqual(30);
    for (const row of rows) {
      expect(row.url, row.id).toMatch(/^https:\/\/developers\.notion\.com\//);
      expect(row.statement, row.id).toMatch(/^“.+”$/);
    }
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
  });

  it('names an emulator test and a product test that exist, by file and test name', () => {
    const missing: string[] = [];
    for (const row of rows) {
      const [emulator, product] = row.tests;
      if (!emulator?.path.startsWith('test/notion-emulator/')) missing.push(`${row.id}: emulator`);
      if (product === undefined || product.path.startsWith('test/notion-emulator/'))
        missing.push(`${row.id}: product`);
      for (const test of row.tests) {
        const file = join(REPO_ROOT, test.path);
        const source = existsSync(file) ? readFileSync(file, 'utf8') : '';
        if (!source.includes(`'${test.name}'`) && !source.includes(`"${test.name}"`))
          missing.push(`${row.id}: ${test.path} › ${test.name}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
