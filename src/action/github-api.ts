import { COMMENT_MARKER } from './render.js';

/** Where the repository's REST API is, and who calls it. */
export interface GitHubApiOptions {
  token: string;
  /** GITHUB_API_URL (https://api.github.com, or a GHES / test server). */
  apiUrl: string;
  owner: string;
  repo: string;
}

/** What the action asks of GitHub: the PR of a commit, its one sticky comment, past runs. */
export interface PullRequestComments {
  /**
   * The commit the last successful run of this run's workflow synced (`head_sha`), for the same
   * branch and event; null when there is none. Needs `actions: read`.
   */
  lastSuccessfulRun(
    runId: string,
    filter: { branch: string; event: string },
  ): Promise<string | null>;
  /** The pull request a pushed commit came from, or null (a direct push). */
  pullRequestOfCommit(sha: string): Promise<number | null>;
  /**
   * Creates the PR's comment, or edits the one an earlier run left: found by
   * {@link COMMENT_MARKER} over every page of comments, among the comments written by the
   * identity this token writes as (anyone can start a comment with the marker). No write when
   * the body is the same. With `create: false` a missing comment stays missing (null).
   */
  upsertComment(
    pullRequest: number,
    body: string,
    options: { create: boolean },
  ): Promise<{ id: number; write: 'created' | 'updated' | 'unchanged' } | null>;
}

/** A refused GitHub call, with its HTTP status (0 when no answer came). */
export class GitHubApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'GitHubApiError';
  }
}

/**
 * The comments API through @actions/github's Octokit. Imported here, on first use: the package
 * reads GITHUB_API_URL when it is loaded, and the base URL is passed explicitly anyway.
 */
export async function connectGitHub(options: GitHubApiOptions): Promise<PullRequestComments> {
  const { getOctokit } = await import('@actions/github');
  const octokit = getOctokit(options.token, { baseUrl: options.apiUrl });
  const repository = { owner: options.owner, repo: options.repo };

  const call = async <T>(what: string, request: () => Promise<T>): Promise<T> => {
    try {
      return await request();
    } catch (error) {
      throw toApiError(what, error);
    }
  };

  let identity: Promise<string> | undefined;
  /**
   * The login this token's comments carry. A user's token can read `GET /user`; an installation
   * token (the job's GITHUB_TOKEN, another App's) cannot, but GraphQL's `viewer` names its bot
   * (with or without the `[bot]` that REST logins of bots end with). When both fail, the job
   * token's bot, which is what the action's default github-token writes as.
   */
  const whoAmI = () =>
    (identity ??= (async () => {
      try {
        return (await octokit.rest.users.getAuthenticated()).data.login;
      } catch {
        // an installation token: not a user
      }
      try {
        const answer = await octokit.graphql<{ viewer?: { login?: unknown } }>(
          'query { viewer { login } }',
        );
        const login = answer.viewer?.login;
        if (typeof login === 'string' && login !== '')
          return `${login.replace(/\[bot\]$/, '')}[bot]`;
      } catch {
        // no GraphQL (an old GitHub Enterprise Server)
      }
      return JOB_TOKEN_LOGIN;
    })());

  return {
    async lastSuccessfulRun(runId, filter) {
      const run = await call('read this workflow run', () =>
        octokit.rest.actions.getWorkflowRun({ ...repository, run_id: Number(runId) }),
      );
      const { data } = await call('list the workflow runs', () =>
        octokit.rest.actions.listWorkflowRuns({
          ...repository,
          workflow_id: run.data.workflow_id,
          branch: filter.branch,
          event: filter.event,
          status: 'success',
          per_page: 1,
        }),
      );
      return data.workflow_runs[0]?.head_sha ?? null;
    },

    async pullRequestOfCommit(sha) {
      const { data } = await call('list the pull requests of the commit', () =>
        octokit.rest.repos.listPullRequestsAssociatedWithCommit({ ...repository, commit_sha: sha }),
      );
      // A merge, squash or rebase commit names its pull request by merge_commit_sha; otherwise
      // the commit was pushed to a branch whose merged pull request brought it.
      const chosen =
        data.find((pr) => pr.merge_commit_sha === sha) ??
        data.find((pr) => pr.merged_at !== null) ??
        data[0];
      return chosen?.number ?? null;
    },

    async upsertComment(pullRequest, body, options) {
      let existing: { id: number; body: string } | undefined;
      const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
        ...repository,
        issue_number: pullRequest,
        per_page: 100,
      });
      await call('list the pull request comments', async () => {
        for await (const page of pages) {
          const marked = page.data.filter((c) => (c.body ?? '').startsWith(COMMENT_MARKER));
          if (marked.length === 0) continue;
          const me = await whoAmI();
          const ours = marked.find((c) => c.user?.login === me);
          if (ours !== undefined) {
            existing = { id: ours.id, body: ours.body ?? '' };
            break;
          }
        }
      });
      if (existing !== undefined) {
        if (normalize(existing.body) === normalize(body)) {
          return { id: existing.id, write: 'unchanged' };
        }
        const id = existing.id;
        await call('edit the comment', () =>
          octokit.rest.issues.updateComment({ ...repository, comment_id: id, body }),
        );
        return { id, write: 'updated' };
      }
      if (!options.create) return null;
      const { data } = await call('comment on the pull request', () =>
        octokit.rest.issues.createComment({ ...repository, issue_number: pullRequest, body }),
      );
      return { id: data.id, write: 'created' };
    },
  };
}

/** Who the job's GITHUB_TOKEN writes as. */
const JOB_TOKEN_LOGIN = 'github-actions[bot]';

// GitHub keeps what it was sent, but a body edited in the web UI comes back with CRLF.
function normalize(body: string): string {
  return body.replace(/\r\n/g, '\n').trimEnd();
}

// Only the status and GitHub's own message: Octokit errors also carry the request.
function toApiError(what: string, error: unknown): GitHubApiError {
  const status =
    typeof error === 'object' &&
    error !== null &&
    typeof (error as { status?: unknown }).status === 'number'
      ? (error as { status: number }).status
      : 0;
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  return new GitHubApiError(
    status,
    `could not ${what}: ${status === 0 ? message : `GitHub answered ${status} (${message})`}`,
  );
}
