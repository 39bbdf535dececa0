import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ExitCode, IdseError } from '../../errors.js';
import { ArtifactDatabase } from '../../spine/index.js';
import { runInit } from '../../sync/init.js';
import { writeWorkflows } from '../../sync/init-workflows.js';
import { VERSION } from '../../version.js';
import { shippedWorkflows } from '../workflow-templates.js';
import type { SyncReport } from '../../sync/report.js';
import { discoverWorkspace } from '../../workspace/discover.js';
import type { WorkspaceLayout } from '../../workspace/layout.js';
import type { CliIo } from '../io.js';
import type { CommonOptions } from '../program.js';
import { noteSettings, resolveNotionSettings } from '../settings.js';
import { connectSchemaAdmin } from './notion-connection.js';
import { resolveLayout } from './workspace.js';

export interface InitOptions extends CommonOptions {
  workflows?: boolean;
  parentPage?: string;
  title?: string;
  rate?: string;
}

/** `idse-sync init`: completes the configured database, or creates one under `--parent-page`. */
export async function initCommand(
  options: InitOptions,
  io: CliIo,
): Promise<{ report: SyncReport; exitCode: number }> {
  const layout = resolveLayout(options, io);
  if (options.workflows === true) {
    // Step three of setting up a repository: no Notion needed, only files.
    const report = writeWorkflows(
      layout.root,
      shippedWorkflows(),
      VERSION,
      options.dryRun === true,
    );
    return { report, exitCode: ExitCode.Ok };
  }
  const notion = resolveNotionSettings(layout, io);
  const connection = connectSchemaAdmin(notion, options.rate, io);
  const title = options.title?.trim();
  const report = await runInit(
    {
      targets: notion.targets,
      ...(options.project !== undefined ? { project: options.project } : {}),
      ...(options.parentPage !== undefined ? { parentPageId: pageIdOf(options.parentPage) } : {}),
      ...(title ? { title } : {}),
      dryRun: options.dryRun === true,
      configPath: join(layout.idseDir, '.idseconfig.json'),
      projects: projectsWithArtifacts(layout),
      secrets: [notion.token, ...(io.secrets ?? [])],
    },
    connection,
  );
  return { report: noteSettings(report, notion), exitCode: ExitCode.Ok };
}

/** A page id from an id (with or without dashes) or a Notion page URL. */
export function pageIdOf(value: string): string {
  const hex =
    /([0-9a-f]{8})-?([0-9a-f]{4})-?([0-9a-f]{4})-?([0-9a-f]{4})-?([0-9a-f]{12})(?![0-9a-f])/i;
  // A URL's page id is the last 32 hex digits of its path (query and fragment excluded).
  const path = value.trim().split(/[?#]/)[0] ?? '';
  const candidates = [...path.matchAll(new RegExp(hex.source, 'gi'))];
  const match = candidates.at(-1);
  if (match === undefined) {
    throw new IdseError(
      'usage',
      `--parent-page must be a Notion page id or URL, not "${value}".`,
      'Copy the link of a page shared with the integration (••• → Copy link) and pass it.',
    );
  }
  return match.slice(1, 6).join('-').toLowerCase();
}

/** Projects with artifact files or spine rows (an unreadable spine is left to `doctor`). */
function projectsWithArtifacts(layout: WorkspaceLayout): string[] {
  const projects = new Set<string>();
  for (const session of discoverWorkspace(layout.root).sessions) {
    if (session.artifacts.length > 0) projects.add(session.project);
  }
  if (existsSync(layout.spinePath)) {
    try {
      const db = ArtifactDatabase.openSnapshot(layout.spinePath);
      try {
        for (const record of db.listArtifacts({})) projects.add(record.project);
      } finally {
        db.close();
      }
    } catch {
      // init needs no spine; a broken one is reported by doctor and stops push on its own.
    }
  }
  return [...projects].sort();
}
