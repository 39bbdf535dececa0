// ARCHITECTURE.md is the code's own map: it must name only files that exist, every pointer into
// it must name one of its sections, nothing may point to design notes the repository lacks, and
// the import direction it describes must be what the lint rule enforces.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/fixtures.js';

const architecture = readFileSync(join(REPO_ROOT, 'ARCHITECTURE.md'), 'utf8');

/** Files git tracks or would add (not ignored), relative to the repository root. */
function repositoryFiles(): string[] {
  const out = execFileSync(
    'git',
    ['ls-files', '-z', '--cached', '--others', '--exclude-standard'],
    {
      cwd: REPO_ROOT,
      encoding: 'utf8',
    },
  );
  return out.split('\0').filter((path) => path !== '' && existsSync(join(REPO_ROOT, path)));
}

/** The `##` and `###` headings of ARCHITECTURE.md. */
const headings = new Set(
  [...architecture.matchAll(/^#{2,3} (.+)$/gm)].map((match) => (match[1] ?? '').trim()),
);

/** The text of one `## ` section of ARCHITECTURE.md. */
function section(name: string): string {
  const start = architecture.indexOf(`\n## ${name}\n`);
  if (start === -1) return '';
  const end = architecture.indexOf('\n## ', start + 1);
  return architecture.slice(start, end === -1 ? undefined : end);
}

// Spelled in parts so this file does not match itself.
const DESIGN_NOTES = [['DESIGN', 'md'].join('.'), ['seed-plan', 'md'].join('.')];
const POINTER_START = ['ARCHITECTURE.md', '"'].join(' ');

describe('ARCHITECTURE.md', () => {
  it('names only paths that exist', () => {
    const named = new Set(
      [...architecture.matchAll(/(?<![\w./-])((?:src|test|hooks|bench|scripts)\/[\w./-]*\w)/g)].map(
        (match) => match[1] ?? '',
      ),
    );
    expect(named.size).toBeGreaterThan(50);
    const missing = [...named].filter((path) => !existsSync(join(REPO_ROOT, path)));
    expect(missing).toEqual([]);
  });

  it('maps every folder and root file of src/', () => {
    const parts = readdirSync(join(REPO_ROOT, 'src')).map((name) => `src/${name}`);
    const unmapped = parts.filter((part) => !architecture.includes(part));
    expect(unmapped).toEqual([]);
  });

  it('states the seven invariants, each with tests that exist', () => {
    const items = section('Invariants')
      .split(/\n(?=\d\. \*\*)/)
      .slice(1);
    expect(items.map((item) => Number(item.slice(0, item.indexOf('.'))))).toEqual([
      1, 2, 3, 4, 5, 6, 7,
    ]);
    for (const item of items) {
      const tests = [...item.matchAll(/`(test\/[^`]+\.test\.ts)`/g)].map((m) => m[1] ?? '');
      expect(tests.length, item.slice(0, 60)).toBeGreaterThan(0);
      for (const test of tests) expect(existsSync(join(REPO_ROOT, test)), test).toBe(true);
    }
  });

  it('refers within itself only to its own sections', () => {
    const referred = [...architecture.matchAll(/see "([^"\n]+)"/g)].map((m) => m[1] ?? '');
    expect(referred.filter((name) => !headings.has(name))).toEqual([]);
  });
});

describe('pointers into the documentation', () => {
  const files = repositoryFiles();
  const texts = files
    .filter((path) => !path.startsWith('dist/') && !path.endsWith('.db'))
    .map((path) => ({ path, text: readFileSync(join(REPO_ROOT, path), 'utf8') }));

  it('nothing points to design notes the repository lacks (CHANGELOG and generated dist/ aside)', () => {
    // dist/ is built from src/ (`npm run check:dist` keeps it so): the src/ files stand for it.
    const pointing = texts
      .filter(({ path }) => path !== 'CHANGELOG.md')
      .filter(({ text }) => DESIGN_NOTES.some((name) => text.includes(name)))
      .map(({ path }) => path);
    expect(pointing).toEqual([]);
  });

  it('every pointer to a section of ARCHITECTURE.md names one it has, on one line', () => {
    const broken: string[] = [];
    let pointers = 0;
    for (const { path, text } of texts) {
      const opened = text.split(POINTER_START).length - 1;
      const whole = [...text.matchAll(/ARCHITECTURE\.md "([^"\n]+)"/g)].map((m) => m[1] ?? '');
      pointers += whole.length;
      if (whole.length !== opened) broken.push(`${path}: a section name broken across lines`);
      for (const name of whole) if (!headings.has(name)) broken.push(`${path}: "${name}"`);
    }
    expect(broken).toEqual([]);
    expect(pointers).toBeGreaterThan(10);
  });
});

describe('the import direction of "Layers"', () => {
  const eslint = new ESLint({ cwd: REPO_ROOT });
  const restricted = async (file: string, from: string): Promise<boolean> => {
    const [result] = await eslint.lintText(`import { x } from '${from}';\nexport const y = x;\n`, {
      filePath: join(REPO_ROOT, file),
    });
    return (result?.messages ?? []).some((m) => m.ruleId === 'no-restricted-imports');
  };

  it.each([
    ['src/action/probe.ts', '../cli/program.js'],
    ['src/cli/commands/probe.ts', '../../action/run.js'],
    ['src/sync/probe.ts', '../cli/settings.js'],
    ['src/sync/probe.ts', '../action/run.js'],
    ['src/notion/probe.ts', '../sync/report.js'],
    ['src/markdown/probe.ts', '../sync/sync-base.js'],
    ['src/spine/probe.ts', '../cli/io.js'],
    ['src/workspace/probe.ts', '../action/inputs.js'],
    ['src/git/probe.ts', '../sync/report.js'],
    ['src/output/probe.ts', '../sync/report.js'],
    ['src/probe.ts', './sync/report.js'],
    ['test/notion-emulator/probe.ts', '../../src/notion/client.js'],
  ])('%s may not import %s', async (file, from) => {
    expect(await restricted(file, from)).toBe(true);
  });

  it.each([
    ['src/cli/commands/probe.ts', '../../sync/checked-run.js'],
    ['src/action/probe.ts', '../sync/checked-run.js'],
    ['src/action/probe.ts', '../user-errors.js'],
    ['src/sync/probe.ts', '../notion/client.js'],
    ['src/git/probe.ts', '../workspace/layout.js'],
    ['src/output/probe.ts', '../notion/redact.js'],
  ])('%s may import %s', async (file, from) => {
    expect(await restricted(file, from)).toBe(false);
  });
});
