import { IdseError } from '../errors.js';
import type { CommitRange } from '../git/changed.js';
import type { GitHubContext } from './context.js';
import type { ActionMode } from './inputs.js';

/** What one run of the action does, decided from the event and the `mode` input. */
export type RunPlan =
  | { mode: 'skip'; reason: string }
  | { mode: 'push'; range: CommitRange | null; pullRequest: number | null }
  | {
      mode: 'preview';
      range: CommitRange | null;
      pullRequest: number | null;
      /** From a fork: read-only token, no secrets, so the summary is the only output. */
      fork: boolean;
    }
  | { mode: 'pull' };

const ZERO_SHA = /^0+$/;
const PREVIEW_ACTIONS = new Set(['opened', 'synchronize', 'reopened', 'ready_for_review']);

/**
 * Picks the mode (the input, else the event's: push and merged pull requests push, opened or
 * updated pull requests preview, schedule and workflow_dispatch pull) and the commit range.
 * A push only ever comes from the default branch (ARCHITECTURE.md "Contracts"); anything else
 * skips.
 */
export function planRun(mode: ActionMode | undefined, context: GitHubContext): RunPlan {
  const chosen = mode ?? modeOfEvent(context);
  if (typeof chosen !== 'string') return chosen;
  if (chosen === 'pull') return { mode: 'pull' };
  const pr = context.payload.pull_request;
  if (chosen === 'preview') {
    return {
      mode: 'preview',
      range: eventRange(context),
      pullRequest: pr?.number ?? null,
      fork: pr !== undefined && isFork(context),
    };
  }
  const branch = defaultBranch(context);
  if (context.eventName === 'push' && context.payload.deleted === true) {
    return { mode: 'skip', reason: `${context.payload.ref ?? 'the ref'} was deleted` };
  }
  if (pr !== undefined) {
    if (pr.merged !== true) {
      return {
        mode: 'skip',
        reason: `pull request #${pr.number} is not merged; only merged changes are pushed`,
      };
    }
    if (branch !== undefined && pr.base.ref !== branch) {
      return {
        mode: 'skip',
        reason: `pull request #${pr.number} was merged into ${pr.base.ref}, not the default branch ${branch}`,
      };
    }
    return { mode: 'push', range: eventRange(context), pullRequest: pr.number };
  }
  const ref = context.eventName === 'push' ? (context.payload.ref ?? context.ref) : context.ref;
  if (branch !== undefined && ref !== '' && ref !== `refs/heads/${branch}`) {
    return {
      mode: 'skip',
      reason: `pushes run only from the default branch ${branch}; this run is on ${ref}`,
    };
  }
  return { mode: 'push', range: eventRange(context), pullRequest: null };
}

function modeOfEvent(context: GitHubContext): ActionMode | RunPlan {
  switch (context.eventName) {
    case 'push':
      return 'push';
    case 'schedule':
    case 'workflow_dispatch':
      return 'pull';
    case 'pull_request': {
      const action = context.payload.action ?? '';
      if (action === 'closed') return 'push';
      if (PREVIEW_ACTIONS.has(action)) return 'preview';
      return { mode: 'skip', reason: `nothing to do for pull_request "${action}"` };
    }
    default:
      throw new IdseError(
        'usage',
        `The ${JSON.stringify(context.eventName)} event has no default mode.`,
        'Set the mode input to push, pull or preview.',
      );
  }
}

/** The commits the event brought: a push's before..after, a pull request's base..merge. */
function eventRange(context: GitHubContext): CommitRange | null {
  const { payload } = context;
  const pr = payload.pull_request;
  if (pr !== undefined) {
    const head = (pr.merged === true ? pr.merge_commit_sha : null) || context.sha || pr.head.sha;
    return { from: pr.base.sha || null, to: head };
  }
  if (context.eventName === 'push') {
    const head = payload.after || context.sha;
    if (!head) return null;
    const before = payload.before ?? '';
    // A new branch (zero before) has no base to compare with: every artifact is a candidate.
    return { from: before === '' || ZERO_SHA.test(before) ? null : before, to: head };
  }
  return null;
}

function defaultBranch(context: GitHubContext): string | undefined {
  return context.payload.repository?.default_branch || undefined;
}

function isFork(context: GitHubContext): boolean {
  const pr = context.payload.pull_request;
  if (pr === undefined) return false;
  // A deleted fork leaves head.repo null.
  if (pr.head.repo === null || pr.head.repo === undefined) return true;
  const base = pr.base.repo?.full_name ?? `${context.owner}/${context.repo}`;
  return pr.head.repo.full_name !== undefined && pr.head.repo.full_name !== base;
}
