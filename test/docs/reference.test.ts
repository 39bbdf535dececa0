// The CLI and action reference (docs/cli.md, docs/action.md) against the tool itself: every option
// `--help` prints is described under its command, and every input and output of action.yml is
// listed under its heading.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runIdseSync } from '../helpers/cli.js';
import { REPO_ROOT } from '../helpers/fixtures.js';

const cliDoc = readFileSync(join(REPO_ROOT, 'docs', 'cli.md'), 'utf8');
const actionDoc = readFileSync(join(REPO_ROOT, 'docs', 'action.md'), 'utf8');

/** The text under a `### ` heading of docs/cli.md that starts with `heading`, up to the next heading. */
function subsection(heading: string): string {
  const start = cliDoc.indexOf(`\n### ${heading}`);
  if (start === -1) return '';
  const end = cliDoc.slice(start + 1).search(/\n##+ /);
  return end === -1 ? cliDoc.slice(start) : cliDoc.slice(start, start + 1 + end);
}

/** The text under a `## ` heading of docs/action.md, up to the next one. */
function section(heading: string): string {
  const start = actionDoc.indexOf(`\n## ${heading}\n`);
  if (start === -1) return '';
  const end = actionDoc.indexOf('\n## ', start + 1);
  return actionDoc.slice(start, end === -1 ? undefined : end);
}

const COMMANDS: string[][] = [
  ['status'],
  ['push'],
  ['pull'],
  ['resolve'],
  ['migrate'],
  ['init'],
  ['doctor'],
  ['hooks', 'install'],
];

describe('docs/cli.md', () => {
  it('names every command the CLI has', async () => {
    const help = (await runIdseSync(['--help'])).stdout;
    const listed = [...help.matchAll(/^ {2}([a-z]+) /gm)]
      .map((m) => m[1] ?? '')
      .filter((name) => name !== 'help');
    expect(listed.length).toBeGreaterThan(6);
    for (const name of listed) {
      expect(COMMANDS.some((c) => c[0] === name)).toBe(true);
    }
  });

  it.each(COMMANDS)('describes every option of `%s` under its heading', async (...command) => {
    const run = await runIdseSync([...command, '--help']);
    expect(run.code).toBe(0);
    const options = new Set(
      [...run.stdout.matchAll(/^ {2}(?:-\w, )?(--[a-z-]+)/gm)].map((m) => m[1] ?? ''),
    );
    options.delete('--help');
    expect(options.size).toBeGreaterThan(0);
    const text = subsection(`\`${command.join(' ')}`);
    expect(text).not.toBe('');
    expect([...options].filter((option) => !text.includes(`\`${option}`))).toEqual([]);
  });
});

describe('docs/action.md', () => {
  const action = readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8');
  const names = (block: 'inputs' | 'outputs') => {
    const start = action.indexOf(`\n${block}:\n`);
    const end = action.slice(start + 2).search(/\n[a-z]/);
    const text = action.slice(start, end === -1 ? undefined : start + 2 + end);
    return [...text.matchAll(/^ {2}([a-z-]+):$/gm)].map((m) => m[1] ?? '');
  };

  it.each([
    ['inputs', 'Inputs'],
    ['outputs', 'Outputs'],
  ] as const)('lists every %s of action.yml under "%s"', (block, heading) => {
    const listed = names(block);
    expect(listed.length).toBeGreaterThan(5);
    const text = section(heading);
    expect(text).not.toBe('');
    expect(listed.filter((name) => !text.includes(`\`${name}\``))).toEqual([]);
  });
});
