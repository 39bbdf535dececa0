import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isIdseError } from '../../src/errors.js';
import { parseInputs } from '../../src/action/inputs.js';
import { runAction } from '../../src/action/run.js';
import { REPO_ROOT } from '../helpers/fixtures.js';
import { actionYmlInputs, actionYmlOutputs } from './harness.js';

function parse(values: Record<string, string>, masked: string[] = []) {
  return parseInputs(
    (name) => values[name] ?? '',
    (secret) => masked.push(secret),
  );
}

function refusal(values: Record<string, string>): string {
  try {
    parse(values);
  } catch (error) {
    if (isIdseError(error)) return `${error.message} ${error.fix}`;
    throw error;
  }
  throw new Error('accepted');
}

describe('action inputs', () => {
  it('reads every input once into a typed object, with the defaults of action.yml', () => {
    expect(parse({ 'notion-token': 'ntn_x', workspace: 'docs' })).toEqual({
      notionToken: 'ntn_x',
      notionDatabaseId: undefined,
      mode: undefined,
      workspace: 'docs',
      githubToken: undefined,
      comment: true,
      commit: true,
      dryRun: false,
      rate: 3,
    });
    expect(
      parse({ mode: 'Preview', comment: 'false', commit: 'FALSE', 'dry-run': 'True', rate: '2.5' }),
    ).toMatchObject({ mode: 'preview', comment: false, commit: false, dryRun: true, rate: 2.5 });
  });

  it('masks both tokens before anything else reads them', () => {
    const masked: string[] = [];
    parse({ 'notion-token': ' ntn_secret ', 'github-token': 'ghs_token' }, masked);
    expect(masked).toEqual(['ntn_secret', 'ghs_token']);
    // An empty token (a fork's pull request) is not a secret to mask.
    const none: string[] = [];
    parse({}, none);
    expect(none).toEqual([]);
  });

  it('refuses an unknown mode by name, and says which modes exist', () => {
    expect(refusal({ mode: 'sync' })).toBe(
      'Unknown mode "sync": the mode input is push, pull or preview. Set `mode: push`, `mode: pull` or `mode: preview`, or leave it out to follow the event.',
    );
  });

  it('refuses switches and rates it cannot read, naming the input', () => {
    expect(refusal({ commit: 'yes' })).toMatch(
      /^The commit input must be true or false, not "yes"/,
    );
    expect(refusal({ 'dry-run': '1' })).toMatch(/^The dry-run input must be true or false/);
    expect(refusal({ rate: '0' })).toMatch(/^The rate input must be a positive number/);
    expect(refusal({ rate: 'fast' })).toMatch(/not "fast"/);
  });

  it('matches action.yml: every declared input is read, and no other', () => {
    const read = new Set<string>();
    parseInputs(
      (name) => {
        read.add(name);
        return '';
      },
      () => undefined,
    );
    expect([...read].sort()).toEqual([...actionYmlInputs().keys()].sort());
  });

  it('sets exactly the outputs action.yml declares, even when there is nothing to do', async () => {
    const outputs = new Map<string, string>();
    const notices: string[] = [];
    await runAction({
      inputs: parse({ 'notion-token': 'ntn_x' }),
      context: {
        eventName: 'push',
        payload: { ref: 'refs/heads/feature', repository: { default_branch: 'main' } },
        owner: 'acme',
        repo: 'design',
        sha: 'abc',
        ref: 'refs/heads/feature',
        workspace: REPO_ROOT,
        apiUrl: 'http://127.0.0.1:9',
        serverUrl: 'https://github.com',
        tempDir: REPO_ROOT,
        runId: '1',
      },
      io: {
        info: () => undefined,
        notice: (m) => notices.push(m),
        warning: () => undefined,
        error: () => undefined,
        setOutput: (name, value) => outputs.set(name, value),
        setFailed: (m) => {
          throw new Error(m);
        },
        summary: async () => undefined,
      },
      connectGitHub: () => Promise.reject(new Error('not called')),
    });
    expect(notices).toEqual([
      'idse-sync: nothing to do: pushes run only from the default branch main; this run is on refs/heads/feature.',
    ]);
    expect([...outputs.keys()].sort()).toEqual(actionYmlOutputs().sort());
    expect(outputs.get('changed')).toBe('false');
  });

  it('runs on node24 from dist/action.js', () => {
    const yml = readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8');
    expect(yml).toMatch(/^runs:\n {2}using: node24\n {2}main: dist\/action\.js\n/m);
  });
});
