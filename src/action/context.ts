import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { IdseError } from '../errors.js';

/** The run as GitHub describes it to an action: event, repository, commit and folders. */
export interface GitHubContext {
  eventName: string;
  /** The webhook payload of the event (GITHUB_EVENT_PATH). */
  payload: EventPayload;
  owner: string;
  repo: string;
  /** GITHUB_SHA: the commit the workflow runs on. */
  sha: string;
  /** GITHUB_REF, e.g. `refs/heads/main`. */
  ref: string;
  /** The checkout (GITHUB_WORKSPACE). */
  workspace: string;
  apiUrl: string;
  serverUrl: string;
  /** Where the JSON report goes (RUNNER_TEMP). */
  tempDir: string;
  /** GITHUB_RUN_ID, to name the report file. */
  runId: string;
}

/** The parts of webhook payloads the action reads; every field is optional in practice. */
export interface EventPayload {
  action?: string;
  ref?: string;
  before?: string;
  after?: string;
  deleted?: boolean;
  repository?: { default_branch?: string; full_name?: string };
  pull_request?: PullRequestPayload;
}

export interface PullRequestPayload {
  number: number;
  merged?: boolean;
  merge_commit_sha?: string | null;
  base: { ref: string; sha: string; repo?: { full_name?: string } | null };
  head: { ref: string; sha: string; repo?: { full_name?: string; fork?: boolean } | null };
}

/** Reads the context from a runner's environment (`env` is the process environment). */
export function readGitHubContext(
  env: Record<string, string | undefined>,
  cwd: string,
): GitHubContext {
  const repository = env['GITHUB_REPOSITORY'] ?? '';
  const [owner, repo] = repository.split('/');
  if (!owner || !repo) {
    throw new IdseError(
      'not-in-actions',
      'GITHUB_REPOSITORY is not set: this entry runs as a GitHub Action step.',
      'Use it with `uses:` in a workflow; outside Actions run the idse-sync CLI instead.',
    );
  }
  return {
    eventName: env['GITHUB_EVENT_NAME'] ?? '',
    payload: readPayload(env['GITHUB_EVENT_PATH']),
    owner,
    repo,
    sha: env['GITHUB_SHA'] ?? '',
    ref: env['GITHUB_REF'] ?? '',
    workspace: env['GITHUB_WORKSPACE'] || cwd,
    apiUrl: (env['GITHUB_API_URL'] || 'https://api.github.com').replace(/\/+$/, ''),
    serverUrl: (env['GITHUB_SERVER_URL'] || 'https://github.com').replace(/\/+$/, ''),
    tempDir: env['RUNNER_TEMP'] || tmpdir(),
    runId: env['GITHUB_RUN_ID'] || String(process.pid),
  };
}

function readPayload(path: string | undefined): EventPayload {
  if (!path) return {};
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new IdseError(
      'event-unreadable',
      `Cannot read the event payload ${path} (${(error as NodeJS.ErrnoException).code ?? 'error'}).`,
      'GITHUB_EVENT_PATH must name the event JSON the runner wrote.',
    );
  }
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null ? (value as EventPayload) : {};
  } catch {
    throw new IdseError(
      'event-unreadable',
      `The event payload ${path} is not JSON.`,
      'GITHUB_EVENT_PATH must name the event JSON the runner wrote.',
    );
  }
}
