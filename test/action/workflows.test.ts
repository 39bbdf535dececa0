import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/fixtures.js';
import { actionYmlInputs, actionYmlOutputs } from './harness.js';

const ACTION = 'idse-notion-sync/idse-notion-sync@v1';

// What each example may ask for, and nothing more (least privilege).
const EXPECTED_PERMISSIONS: Record<string, Record<string, string>> = {
  'sync-on-merge.yml': { contents: 'read', 'pull-requests': 'write', actions: 'read' },
  'pr-preview.yml': { contents: 'read', 'pull-requests': 'write' },
  // pull-requests: write only on the job that opens the pull request (IDSE_PULL_VIA_PR).
  'nightly-pull.yml': { contents: 'write' },
};

function read(name: string): string {
  return readFileSync(join(REPO_ROOT, 'examples/workflows', name), 'utf8');
}

/** The `key: value` lines of a top-level block, comments stripped. */
function topLevelBlock(text: string, key: string): Record<string, string> {
  const block = new RegExp(`^${key}:\\n((?: {2}.*\\n)*)`, 'm').exec(text)?.[1] ?? '';
  const entries: Record<string, string> = {};
  for (const line of block.split('\n')) {
    const match = /^ {2}([\w-]+):\s*([^#]*?)\s*(?:#.*)?$/.exec(line);
    if (match) entries[match[1] ?? ''] = match[2] ?? '';
  }
  return entries;
}

/** The `with:` keys of every step that uses the action. */
function actionWithKeys(text: string): { keys: string[]; values: Record<string, string> }[] {
  const steps: { keys: string[]; values: Record<string, string> }[] = [];
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    if (!line.includes(`uses: ${ACTION}`)) return;
    const indent = line.indexOf('uses:');
    const values: Record<string, string> = {};
    for (let j = i + 1; j < lines.length; j++) {
      const next = lines[j] ?? '';
      if (next.trim() !== '' && next.search(/\S/) < indent) break;
      const key = new RegExp(`^ {${indent + 2}}([\\w-]+):\\s*(.*)$`).exec(next);
      if (key && !next.trim().startsWith('#')) values[key[1] ?? ''] = key[2] ?? '';
    }
    steps.push({ keys: Object.keys(values), values });
  });
  return steps;
}

describe('example workflows', () => {
  for (const [name, expected] of Object.entries(EXPECTED_PERMISSIONS)) {
    it(`${name}: least-privilege permissions, a concurrency group, valid inputs`, () => {
      const text = read(name);
      expect(text).not.toMatch(/write-all|read-all/);
      expect(topLevelBlock(text, 'permissions')).toEqual(expected);
      expect(topLevelBlock(text, 'concurrency')['group']).toMatch(/^idse-notion-/);
      const steps = actionWithKeys(text);
      expect(steps.length).toBeGreaterThan(0);
      const inputs = new Set(actionYmlInputs().keys());
      for (const step of steps) {
        for (const key of step.keys) expect(inputs.has(key)).toBe(true);
        expect(step.values['notion-token']).toBe('${{ secrets.NOTION_TOKEN }}');
      }
    });
  }

  it('reads only outputs the action declares', () => {
    const outputs = new Set(actionYmlOutputs());
    for (const name of Object.keys(EXPECTED_PERMISSIONS)) {
      for (const [, output] of read(name).matchAll(/steps\.\w+\.outputs\.([\w-]+)/g)) {
        expect(outputs.has(output ?? '')).toBe(true);
      }
    }
  });

  it('nightly-pull pushes the clean part even after a conflict failed the step', () => {
    const text = read('nightly-pull.yml');
    expect(text).toContain('fetch-depth: 0');
    expect(text).toMatch(/if: \$\{\{ !cancelled\(\) && steps\.pull\.outputs\.commit-sha != ''/);
    // Only the job that opens the pull request may write pull requests.
    const propose = text.slice(text.indexOf('\n  propose:'));
    expect(propose).toMatch(/\n {4}permissions:\n {6}contents: read\n {6}pull-requests: write\n/);
    expect(text.slice(0, text.indexOf('\n  propose:'))).not.toContain('pull-requests');
  });

  it('checks out without persisting credentials, and says how to pin actions by sha', () => {
    for (const name of Object.keys(EXPECTED_PERMISSIONS)) {
      const text = read(name);
      const checkouts = text
        .split('\n')
        .filter((line) => /^\s*-? ?uses: actions\/checkout@/.test(line));
      expect(checkouts.length).toBeGreaterThan(0);
      expect(text.match(/persist-credentials: false/g)).toHaveLength(checkouts.length);
      expect(text).toMatch(/pin each to the full commit sha/);
      // A token handed to git, if any, lives in one command's config, never in .git/config.
      expect(text).not.toMatch(/git config .*extraheader|git remote set-url/);
    }
  });
});
