import { writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { toUserError } from '../user-errors.js';
import { IdseError } from '../errors.js';
import { SecretSet, redactSecrets } from '../notion/redact.js';
import { presentable, presentableLine } from '../output/inert.js';
import { deletedOutcomes, withDeletions } from '../sync/changed-push.js';
import { reportJson, runWarning, warningText, type SyncReport } from '../sync/report.js';
import { findWorkspaceRoot } from '../workspace/discover.js';
import { WorkspaceLayout } from '../workspace/layout.js';
import { assertWorkspaceUnlinked } from '../workspace/safe-path.js';
import { artifactsChangedIn, unionOf, type ChangedArtifacts } from './changed-artifacts.js';
import type { GitHubContext } from './context.js';
import { GitHubApiError, type GitHubApiOptions, type PullRequestComments } from './github-api.js';
import type { ActionInputs } from './inputs.js';
import { planRun, type RunPlan } from './plan.js';
import { renderComment, renderSummary, type RenderedRun } from './render.js';
import { localPreview, notionSettingsFor, pullFromAction, pushFromAction } from './sync.js';

/** An annotation's place: a file of the repository, optionally a line. */
export interface AnnotationPlace {
  file?: string;
  startLine?: number;
  title?: string;
}

/** What the action may do on the runner (@actions/core in production, a fake in tests). */
export interface ActionIo {
  info(message: string): void;
  notice(message: string): void;
  warning(message: string, place?: AnnotationPlace): void;
  error(message: string, place?: AnnotationPlace): void;
  setOutput(name: string, value: string): void;
  setFailed(message: string): void;
  /** Appends markdown to the job summary. */
  summary(markdown: string): Promise<void>;
}

/** Everything one run needs; the entry builds it from the runner's environment. */
export interface ActionRun {
  inputs: ActionInputs;
  context: GitHubContext;
  /** NOTION_BASE_URL: a non-default Notion API host (a proxy, the emulator). */
  notionBaseUrl?: string;
  /** Secrets the step's environment holds besides the inputs (NOTION_TOKEN, GITHUB_TOKEN…). */
  environmentSecrets?: readonly (string | undefined)[];
  io: ActionIo;
  connectGitHub(options: GitHubApiOptions): Promise<PullRequestComments>;
  /** Aborted when the job is cancelled: no further writes start; the report says what ran. */
  signal?: AbortSignal;
}

/**
 * One run of the action: pick the mode from the event, sync, then report through every channel
 * (outputs, job summary, annotations, the sticky PR comment). Problems the user can fix end
 * in `setFailed` with one message. Every message is one inert line without the run's secrets:
 * nothing a page or a file holds can print a token or reach the runner as a workflow command.
 */
export async function runAction(run: ActionRun): Promise<void> {
  const secrets = new SecretSet([
    run.inputs.notionToken,
    run.inputs.githubToken,
    ...(run.environmentSecrets ?? []),
  ]);
  const line = (text: string) => presentableLine(text, secrets);
  const clean = (text: string) => redactSecrets(text, secrets.list());
  const io: ActionIo = {
    info: (m) => run.io.info(line(m)),
    notice: (m) => run.io.notice(line(m)),
    warning: (m, p) => run.io.warning(line(m), p && presentable(p, secrets)),
    error: (m, p) => run.io.error(line(m), p && presentable(p, secrets)),
    setOutput: (n, v) => run.io.setOutput(n, line(v)),
    setFailed: (m) => run.io.setFailed(line(m)),
    summary: (m) => run.io.summary(clean(m)),
  };
  try {
    await syncAndReport({ ...run, io }, secrets);
  } catch (error) {
    // Notion unreachable (network, NOTION_BASE_URL, a timeout) is the user's to fix, too.
    const known = toUserError(error);
    if (known !== undefined) io.setFailed(`${known.message} ${actionFix(known)}`);
    else io.setFailed(`internal error: ${error instanceof Error ? error.message : String(error)}`);
  }
}

async function syncAndReport(run: ActionRun, secrets: SecretSet): Promise<void> {
  const { inputs, context, io } = run;
  const plan = planRun(inputs.mode, context);
  if (plan.mode === 'skip') {
    io.notice(`idse-sync: nothing to do: ${plan.reason}.`);
    setCountOutputs(io, undefined);
    return;
  }
  const root = findWorkspaceRoot(context.workspace, inputs.workspace);
  assertWorkspaceUnlinked(root);
  const layout = new WorkspaceLayout(root);
  const log = (line: string) => io.info(line);
  const github = gitHubOf(run);
  const changed = plan.mode === 'pull' ? null : await coveredArtifacts(run, plan, layout, github);
  if (changed?.note !== undefined) io.info(`idse-sync: ${changed.note}.`);
  const only = changed?.ids ?? null;

  const fork = plan.mode === 'preview' && plan.fork;
  let synced: SyncReport;
  let rendered: RenderedRun;
  let commitSha: string | null = null;
  let filesChanged = false;
  if (inputs.notionToken === undefined) {
    if (!fork) throw missingToken();
    synced = localPreview(layout, only);
    rendered = { kind: 'local-preview' };
  } else {
    const notion = notionSettingsFor(layout, {
      token: inputs.notionToken,
      rate: inputs.rate,
      ...(inputs.notionDatabaseId !== undefined ? { databaseId: inputs.notionDatabaseId } : {}),
      ...(run.notionBaseUrl !== undefined ? { baseUrl: run.notionBaseUrl } : {}),
    });
    if (notion.apiNotice !== undefined) io.notice(`idse-sync: ${notion.apiNotice}.`);
    for (const warning of notion.warnings) io.warning(`idse-sync: ${warning}`);
    if (plan.mode === 'pull') {
      const pulled = await pullFromAction(layout, notion, {
        ...(run.signal !== undefined ? { signal: run.signal } : {}),
        repositoryUrl: repositoryUrlOf(context),
        dryRun: inputs.dryRun,
        commit: inputs.commit,
        log,
      });
      synced = pulled.report;
      commitSha = pulled.commitSha;
      filesChanged = pulled.written.length > 0;
      rendered = { kind: 'pull', commitSha };
    } else {
      const dryRun = plan.mode === 'preview' || inputs.dryRun;
      synced = await pushFromAction(layout, notion, {
        only,
        dryRun,
        log,
        repositoryUrl: repositoryUrlOf(context),
        ...(run.signal !== undefined ? { signal: run.signal } : {}),
      });
      rendered = { kind: plan.mode };
    }
    synced.warnings.unshift(...notion.warnings.map(runWarning));
    if (notion.apiNotice !== undefined) synced.notionApi = notion.apiNotice;
  }

  // Files the range deleted or renamed away: reported; their pages are left alone.
  if (changed !== null) withDeletions(synced, deletedOutcomes(changed.deleted));
  // Every channel below (file, summary, annotations, comment, log) shows this one copy.
  const report = presentable(synced, secrets);
  const summary = renderSummary(report, rendered);
  const reportPath = writeReport(context, report, summary);
  for (const warning of report.warnings) io.info(`warning: ${warningText(warning)}`);
  annotate(report, plan, layout, context, io);
  await writeSummary(io, summary);
  const commentId = await comment(run, plan, report, rendered, fork, github);

  setCountOutputs(io, report);
  io.setOutput('changed', String(plan.mode === 'pull' ? filesChanged : report.counts.pushed > 0));
  io.setOutput('commit-sha', commitSha ?? '');
  io.setOutput('comment-id', commentId === null ? '' : String(commentId));
  io.setOutput('report', reportPath);

  const { failed, conflicts } = report.counts;
  if (plan.mode !== 'preview' && failed + conflicts > 0) {
    io.setFailed(
      `idse-sync ${plan.mode}: ${failed} artifact${failed === 1 ? '' : 's'} failed, ${conflicts} conflict${conflicts === 1 ? '' : 's'}` +
        (commitSha !== null ? ` (the clean part is committed as ${commitSha})` : '') +
        '. The annotations and the job summary name each one.',
    );
  }
}

function setCountOutputs(io: ActionIo, report: SyncReport | undefined): void {
  const c = report?.counts;
  io.setOutput('pushed', String(c?.pushed ?? 0));
  io.setOutput('created', String(c?.created ?? 0));
  io.setOutput('updated', String(c?.updated ?? 0));
  io.setOutput('skipped', String(c?.skipped ?? 0));
  io.setOutput('pulled', String(c?.pulled ?? 0));
  io.setOutput('failed', String(c?.failed ?? 0));
  io.setOutput('conflicts', String(c?.conflicts ?? 0));
  if (report === undefined) {
    for (const name of ['changed', 'commit-sha', 'comment-id', 'report']) {
      io.setOutput(name, name === 'changed' ? 'false' : '');
    }
  }
}

/** The JSON report, and beside it the summary as markdown (for the workflow_run pattern). */
function writeReport(context: GitHubContext, report: SyncReport, summary: string): string {
  const base = join(context.tempDir, `idse-sync-report-${context.runId}-${process.pid}`);
  writeFileSync(`${base}.json`, `${JSON.stringify(reportJson(report), null, 2)}\n`);
  writeFileSync(`${base}.md`, summary);
  return `${base}.json`;
}

async function writeSummary(io: ActionIo, markdown: string): Promise<void> {
  try {
    await io.summary(markdown);
  } catch (error) {
    io.warning(
      `could not write the job summary: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

/** Failures and conflicts on their files; in a preview also the conversion losses, by line. */
function annotate(
  report: SyncReport,
  plan: RunPlan,
  layout: WorkspaceLayout,
  context: GitHubContext,
  io: ActionIo,
): void {
  const preview = plan.mode === 'preview' || report.dryRun;
  const repoPath = (path: string) =>
    relative(context.workspace, resolve(layout.root, path)).split(sep).join('/');
  const files = new Map<string, string>();
  for (const artifact of report.artifacts) {
    if (artifact.path === undefined) continue;
    files.set(artifact.idseId, repoPath(artifact.path));
    if (artifact.action !== 'failed' && artifact.action !== 'conflict') continue;
    const title = `idse-sync: ${artifact.action === 'failed' ? 'failed' : 'conflict'}`;
    const message = `${artifact.idseId}: ${artifact.reason ?? artifact.action}`;
    const place = { file: repoPath(artifact.path), title };
    if (preview) io.warning(message, place);
    else io.error(message, place);
  }
  if (!preview) return;
  for (const warning of report.warnings) {
    if (warning.kind !== 'loss') continue;
    const file = files.get(warning.idseId);
    if (file === undefined) continue;
    io.warning(warning.message, {
      file,
      startLine: warning.line,
      title: 'idse-sync: lost in Notion',
    });
  }
}

/** The sticky comment on the pull request the run belongs to; its id, or null. */
async function comment(
  run: ActionRun,
  plan: RunPlan,
  report: SyncReport,
  rendered: RenderedRun,
  fork: boolean,
  github: GitHubClient | null,
): Promise<number | null> {
  const { inputs, context, io } = run;
  if (!inputs.comment || plan.mode === 'pull' || plan.mode === 'skip') return null;
  if (fork) {
    io.info(
      'idse-sync: a fork pull request gets a read-only token, so the preview is in the job summary only.',
    );
    return null;
  }
  if (github === null) {
    io.warning('idse-sync: no github-token, so no pull request comment (the job summary has it).');
    return null;
  }
  try {
    const api = await github();
    const sha = plan.range?.to ?? context.sha;
    const pullRequest = plan.pullRequest ?? (sha ? await api.pullRequestOfCommit(sha) : null);
    if (pullRequest === null) {
      io.info(
        `idse-sync: commit ${sha} belongs to no pull request; the job summary has the report.`,
      );
      return null;
    }
    const written = await api.upsertComment(pullRequest, renderComment(report, rendered), {
      // A pull request that touched no artifact gets no new comment; an earlier one is updated.
      create: report.artifacts.length > 0 || report.warnings.length > 0,
    });
    if (written === null) return null;
    io.info(`idse-sync: pull request #${pullRequest} comment ${written.id} ${written.write}.`);
    return written.id;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const permission =
      error instanceof GitHubApiError && (error.status === 403 || error.status === 404)
        ? ' Give the job `permissions: pull-requests: write` (and `contents: read`).'
        : '';
    io.warning(
      `idse-sync: the ${plan.mode} succeeded, but the pull request comment was not written: ${detail}.${permission}`,
    );
    return null;
  }
}

type GitHubClient = () => Promise<PullRequestComments>;

/** One connection to GitHub's API for the run, made on first use; null without a token. */
function gitHubOf(run: ActionRun): GitHubClient | null {
  const token = run.inputs.githubToken;
  if (token === undefined) return null;
  let connection: Promise<PullRequestComments> | undefined;
  const { apiUrl, owner, repo } = run.context;
  return () => (connection ??= run.connectGitHub({ token, apiUrl, owner, repo }));
}

/**
 * The artifacts a push or preview covers: those the event's commits changed. A push event also
 * covers what changed since the commit the workflow's last successful run synced: GitHub drops
 * a waiting run when a newer one joins the concurrency group, and a failed run leaves its
 * commits unsynced, so `before..after` alone would miss them.
 */
async function coveredArtifacts(
  run: ActionRun,
  plan: Extract<RunPlan, { mode: 'push' | 'preview' }>,
  layout: WorkspaceLayout,
  github: GitHubClient | null,
): Promise<ChangedArtifacts> {
  const changed = await artifactsChangedIn(layout.root, plan.range);
  const { context, io } = run;
  const range = plan.range;
  const branch = context.payload.repository?.default_branch;
  if (plan.mode !== 'push' || context.eventName !== 'push' || changed.ids === null) return changed;
  if (range === null || github === null || branch === undefined) return changed;
  let last: string | null;
  try {
    last = await (await github()).lastSuccessfulRun(context.runId, { branch, event: 'push' });
  } catch (error) {
    io.info(
      `idse-sync: covering this push's commits only; the last successful run is unknown (${error instanceof Error ? error.message : String(error)}). Grant \`actions: read\` to also cover commits of failed or replaced runs.`,
    );
    return changed;
  }
  if (last === null || last === range.from || last === range.to) return changed;
  const since = await artifactsChangedIn(layout.root, { from: last, to: range.to });
  const covered = unionOf(changed, since);
  const added = (covered.ids?.size ?? 0) - changed.ids.size;
  if (covered.ids !== null && added > 0) {
    io.info(
      `idse-sync: also covering ${added} artifact(s) changed since ${last}, the commit of the last successful run.`,
    );
  }
  return covered;
}

function missingToken(): IdseError {
  return new IdseError(
    'token-missing',
    'The notion-token input is empty.',
    'Store the Notion integration secret as a repository secret and pass it: `notion-token: ${{ secrets.NOTION_TOKEN }}`.',
  );
}

// The core's fixes name the CLI's flags and variables; in a workflow they are inputs.
function actionFix(error: IdseError): string {
  switch (error.code) {
    case 'notion-unauthorized':
      return 'Check the notion-token input: it must be the secret of an active internal integration.';
    case 'database-missing':
      return 'Set the notion-database-id input, or notion.database_id / notion.databases in .idse/.idseconfig.json.';
    case 'notion-unreachable':
      return 'Check the runner can reach api.notion.com, and NOTION_BASE_URL in the step env (unset it for api.notion.com).';
    case 'workspace-missing':
      return 'Check out the repository first (actions/checkout), and set the workspace input to the folder holding .idse/.';
    default:
      return error.fix;
  }
}

/** The repository's web address, as GitHub names it to the action. */
function repositoryUrlOf(context: GitHubContext): string {
  return `${context.serverUrl}/${context.owner}/${context.repo}`;
}
