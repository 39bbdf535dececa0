import { join } from 'node:path';
import { simpleGit } from 'simple-git';
import { assertRepository, commitPulledFiles } from '../git/commit-pulled.js';
import { createCommitLookup } from '../git/commit-lookup.js';
import { repositoryOf } from '../git/remote.js';
import { createVersionLookup } from '../git/show-at.js';
import { checkNotionApiHost, committedBaseUrlWarning } from '../notion/api-host.js';
import { NotionGateway } from '../notion/client.js';
import { NotionDesignStore } from '../notion/design-store.js';
import { checkedPull, checkedPush } from '../sync/checked-run.js';
import {
  conversionLosses,
  emptyCounts,
  runWarning,
  type ArtifactOutcome,
  type ReportWarning,
  type SyncReport,
} from '../sync/report.js';
import type { NotionTargets } from '../sync/targets.js';
import { readNotionConfig } from '../workspace/config.js';
import { discoverWorkspace } from '../workspace/discover.js';
import { readArtifactText } from '../workspace/files.js';
import type { WorkspaceLayout } from '../workspace/layout.js';
import { gfmToNotion } from '../markdown/index.js';
import { nestingProblem, sourceSizeProblem } from '../sync/request-limits.js';

/** How the action reaches Notion: the CLI's settings, built from inputs instead of flags. */
export interface ActionNotionSettings {
  token: string;
  baseUrl?: string;
  /** Set when requests go anywhere but https://api.notion.com: says where, and who said so. */
  apiNotice?: string;
  targets: NotionTargets;
  /** Requests per second (Notion allows about 3 per integration). */
  rate: number;
  /** What the run must say about the configuration (a committed base_url that was ignored). */
  warnings: string[];
}

/**
 * The inputs over `.idse/.idseconfig.json` (the settings order of ARCHITECTURE.md "Contracts",
 * with inputs in place of flags and environment). The runner has no home config worth reading.
 * The API host comes only from the step's NOTION_BASE_URL: a pull request can change the
 * committed config, and the preview runs it before anyone reviews it.
 */
export function notionSettingsFor(
  layout: WorkspaceLayout,
  access: { token: string; databaseId?: string; baseUrl?: string; rate: number },
): ActionNotionSettings {
  const config = readNotionConfig(join(layout.idseDir, '.idseconfig.json'), {
    allowToken: false,
  });
  const databaseId = access.databaseId ?? config.databaseId;
  const host = checkNotionApiHost(access.baseUrl, 'NOTION_BASE_URL');
  return {
    token: access.token,
    ...(host.baseUrl !== undefined ? { baseUrl: host.baseUrl } : {}),
    ...(host.notice !== undefined ? { apiNotice: host.notice } : {}),
    warnings:
      config.ignoredBaseUrl === undefined ? [] : [committedBaseUrlWarning(config.ignoredBaseUrl)],
    rate: access.rate,
    targets: {
      databases: { ...config.databases },
      ...(databaseId !== undefined ? { databaseId } : {}),
      // A data source id only belongs with the database id it came with.
      ...(config.dataSourceId !== undefined && access.databaseId === undefined
        ? { dataSourceId: config.dataSourceId }
        : {}),
    },
  };
}

function connect(notion: ActionNotionSettings, log: (line: string) => void): NotionGateway {
  return new NotionGateway({
    token: notion.token,
    ...(notion.baseUrl !== undefined ? { baseUrl: notion.baseUrl } : {}),
    ratePerSecond: notion.rate,
    log,
  });
}

/**
 * The hash-gated push of `only` (all artifacts when null). A dry run (a preview) works on an
 * in-memory copy of the spine and writes nothing anywhere; otherwise the checks run on that
 * copy first, so a bad token or database leaves the checkout as it was.
 */
export async function pushFromAction(
  layout: WorkspaceLayout,
  notion: ActionNotionSettings,
  options: {
    only: ReadonlySet<string> | null;
    dryRun: boolean;
    log: (line: string) => void;
    signal?: AbortSignal;
    /** The repository's address on GitHub, for links to its files. */
    repositoryUrl?: string;
  },
): Promise<SyncReport> {
  const gateway = connect(notion, options.log);
  const repository = await repositoryOf(layout.root, options.repositoryUrl);
  const settings = {
    filter: {},
    dryRun: options.dryRun,
    force: false,
    targets: notion.targets,
    secrets: [notion.token],
    ...(options.only !== null ? { only: options.only } : {}),
    ...(options.signal !== undefined ? { signal: options.signal } : {}),
    ...(repository !== undefined ? { repository } : {}),
  };
  return checkedPush(settings, {
    layout,
    store: new NotionDesignStore(gateway),
    requestCount: () => gateway.requestCount,
    commitFor: createCommitLookup(layout.root),
    committedVersion: createVersionLookup(layout.root),
  });
}

/** What a pull did, and the commit holding it (null when nothing was committed). */
export interface PullOutcome {
  report: SyncReport;
  commitSha: string | null;
  /** Files the pull wrote (committed or not). */
  written: string[];
}

/**
 * Notion's edits into the files and the spine, and (unless `commit` is false or it is a dry
 * run) one commit of them, made before the pages' ledgers so they name it. Conflicting
 * artifacts keep their local file (Notion's version is written beside it), so what is
 * committed is the clean part.
 */
export async function pullFromAction(
  layout: WorkspaceLayout,
  notion: ActionNotionSettings,
  options: {
    dryRun: boolean;
    commit: boolean;
    log: (line: string) => void;
    signal?: AbortSignal;
    /** The repository's address on GitHub, for links to its files. */
    repositoryUrl?: string;
  },
): Promise<PullOutcome> {
  const gateway = connect(notion, options.log);
  const repository = await repositoryOf(layout.root, options.repositoryUrl);
  const settings = {
    filter: {},
    dryRun: options.dryRun,
    targets: notion.targets,
    secrets: [notion.token],
    ...(options.signal !== undefined ? { signal: options.signal } : {}),
    ...(repository !== undefined ? { repository } : {}),
  };
  const store = new NotionDesignStore(gateway);
  const commit = options.commit && !options.dryRun;
  if (commit) {
    await assertRepository(layout.root);
    await useBotIdentityUnlessSet(layout.root);
  }
  const result = await checkedPull(settings, {
    layout,
    store,
    gateway,
    committedVersion: createVersionLookup(layout.root),
    ...(commit
      ? {
          commit: (files, artifacts, editors) =>
            commitPulledFiles(layout.root, files, { artifacts, editors }),
        }
      : {}),
  });
  if (await isShallow(layout.root)) {
    result.report.warnings.push(
      runWarning(
        'the checkout is shallow, so merge bases older than it cannot be read and an edit on both sides may be reported as a conflict; check out with `fetch-depth: 0`',
      ),
    );
  }
  return { report: result.report, commitSha: result.commitSha, written: result.written };
}

async function isShallow(root: string): Promise<boolean> {
  try {
    const answer = await simpleGit({ baseDir: root }).raw(['rev-parse', '--is-shallow-repository']);
    return answer.trim() === 'true';
  } catch {
    return false;
  }
}

// Who commits a pull's edits when the workflow configured nobody (a runner has no identity).
const BOT_NAME = 'github-actions[bot]';
const BOT_EMAIL = '41898282+github-actions[bot]@users.noreply.github.com';

/**
 * Sets the checkout's `user.name` / `user.email` to the Actions bot when git has none. Through
 * the repository's config, not GIT_AUTHOR_* variables: simple-git drops ambient GIT_* ones.
 */
async function useBotIdentityUnlessSet(root: string): Promise<void> {
  const git = simpleGit({ baseDir: root });
  const configured = async (key: string) => {
    try {
      return (await git.raw(['config', '--get', key])).trim() !== '';
    } catch {
      return false;
    }
  };
  if (!(await configured('user.email'))) await git.raw(['config', 'user.email', BOT_EMAIL]);
  if (!(await configured('user.name'))) await git.raw(['config', 'user.name', BOT_NAME]);
}

/**
 * A preview without Notion (a fork's pull request gets no secrets): the artifact files among
 * `only` that exist, each with the losses its conversion to Notion's markdown would have.
 */
export function localPreview(
  layout: WorkspaceLayout,
  only: ReadonlySet<string> | null,
): SyncReport {
  const artifacts: ArtifactOutcome[] = [];
  const warnings: ReportWarning[] = [];
  const workspace = discoverWorkspace(layout.root);
  warnings.push(...workspace.problems.map((p) => runWarning(`${p.path}: ${p.problem}`)));
  for (const session of workspace.sessions) {
    for (const artifact of session.artifacts) {
      const idseId = `${artifact.project}::${artifact.session}::${artifact.stage}`;
      if (only !== null && !only.has(idseId)) continue;
      const path = layout.relative(artifact.project, artifact.session, artifact.stage);
      let text: string;
      try {
        text = readArtifactText(artifact.path, layout.root);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        artifacts.push({ idseId, action: 'failed', pageId: null, path, reason });
        continue;
      }
      const refused = sourceSizeProblem(text) ?? nestingProblem(text);
      if (refused !== undefined) {
        artifacts.push({ idseId, action: 'failed', pageId: null, path, reason: refused });
        continue;
      }
      artifacts.push({ idseId, action: 'changed', pageId: null, path });
      warnings.push(...conversionLosses(idseId, gfmToNotion(text).warnings, { construct: true }));
    }
  }
  artifacts.sort((a, b) => (a.idseId < b.idseId ? -1 : a.idseId > b.idseId ? 1 : 0));
  const counts = emptyCounts();
  counts.failed = artifacts.filter((a) => a.action === 'failed').length;
  return { command: 'push', dryRun: true, counts, artifacts, warnings, requests: 0 };
}
