import { join } from 'node:path';
import { ExitCode, isIdseError, type IdseError } from '../../errors.js';
import { runDoctor } from '../../sync/doctor.js';
import type { SyncReport } from '../../sync/report.js';
import { WorkspaceLayout } from '../../workspace/layout.js';
import type { CliIo } from '../io.js';
import type { CommonOptions } from '../program.js';
import { resolveNotionApiHost, resolveNotionSettings } from '../settings.js';
import { connectSchemaAdmin } from './notion-connection.js';
import { resolveLayout } from './workspace.js';

export interface DoctorOptions extends CommonOptions {
  rate?: string;
}

/** `idse-sync doctor`: the setup checklist; exit 2 when a required check fails. */
export async function doctorCommand(
  options: DoctorOptions,
  io: CliIo,
): Promise<{ report: SyncReport; exitCode: number }> {
  let workspace: WorkspaceLayout | IdseError;
  try {
    workspace = resolveLayout(options, io);
  } catch (error) {
    if (!isIdseError(error)) throw error;
    workspace = error;
  }
  const home = io.env['HOME'];
  const report = await runDoctor({
    nodeVersion: process.version,
    workspace,
    ...(home ? { userConfigPath: join(home, '.idseconfig.json') } : {}),
    // Without a workspace the environment and ~/.idseconfig.json can still name a database.
    resolveSettings: (layout) => resolveNotionSettings(layout ?? new WorkspaceLayout(io.cwd), io),
    apiHost: () => resolveNotionApiHost(io),
    connect: (access) => connectSchemaAdmin(access, options.rate, io),
  });
  const failed = report.checks?.some((check) => check.status === 'fail') ?? false;
  return { report, exitCode: failed ? ExitCode.UsageOrConfig : ExitCode.Ok };
}
