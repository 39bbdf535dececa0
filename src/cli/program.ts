import { Command, CommanderError, Option } from 'commander';
import { ExitCode, isIdseError } from '../errors.js';
import type { CliIo } from './io.js';
import { doctorCommand, type DoctorOptions } from './commands/doctor.js';
import { initCommand, type InitOptions } from './commands/init.js';
import { migrateCommand } from './commands/migrate.js';
import { pullCommand, type PullOptions } from './commands/pull.js';
import { pushCommand, type PushOptions } from './commands/push.js';
import { resolveCommand } from './commands/resolve.js';
import { statusCommand } from './commands/status.js';
import { renderReport } from './render.js';
import type { SyncReport } from '../sync/report.js';

/** Options every command takes (DESIGN.md section 5). */
export interface CommonOptions {
  workspace?: string;
  project?: string;
  session?: string;
  dryRun?: boolean;
  json?: boolean;
}

const VERSION = '0.1.0';

/** Parses `argv`, runs one command and returns the process exit code; never exits itself. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  let exitCode: number = ExitCode.Ok;
  const report = (result: SyncReport, options: CommonOptions, code: number) => {
    io.stdout.write(renderReport(result, { json: options.json === true }));
    exitCode = code;
  };

  const program = new Command('idse-sync')
    .description('Keep an IDSE workspace (.idse/) and a Notion database in step, both ways.')
    .version(VERSION, '-V, --version')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
    })
    .showHelpAfterError('(run idse-sync --help for usage)')
    .addHelpText(
      'after',
      '\nExit codes: 0 ok, 1 some artifacts failed, 2 usage or configuration error, 3 conflicts.',
    );

  const common = (command: Command) =>
    command
      .addOption(new Option('--workspace <dir>', 'folder holding .idse/ (default: nearest above)'))
      .addOption(new Option('--project <name>', 'only this project'))
      .addOption(new Option('--session <id>', 'only this session'))
      .addOption(new Option('--json', 'print one JSON report on stdout'));

  common(program.command('status'))
    .description('Show, per artifact, how files, spine and the last push compare (no network).')
    .addHelpText(
      'after',
      '\nStates: in-sync, changed-since-push, never-pushed, file-changed, file-only, spine-only,\n' +
        'unreadable.\n\nExamples:\n  idse-sync status\n  idse-sync status --project demo --json',
    )
    .action((options: CommonOptions) => {
      const { report: result, exitCode: code } = statusCommand(options, io);
      report(result, options, code);
    });

  common(program.command('push'))
    .description('Push changed artifacts to Notion: only what changed, never over a Notion edit.')
    .addOption(
      new Option('--dry-run', 'show what would be created, updated and skipped; write nothing'),
    )
    .addOption(new Option('--force', 'overwrite edits made in Notion that were never pulled'))
    .addOption(new Option('--rate <n>', 'Notion requests per second (default 3)'))
    .addHelpText(
      'after',
      '\nNeeds NOTION_TOKEN and a database (IDSE_NOTION_DATABASE_ID or .idse/.idseconfig.json).\n' +
        '\nExamples:\n  idse-sync push\n  idse-sync push --session search-v2 --dry-run\n  idse-sync push --json > report.json',
    )
    .action(async (options: PushOptions) => {
      const { report: result, exitCode: code } = await pushCommand(options, io);
      report(result, options, code);
    });

  common(program.command('pull'))
    .description("Bring Notion's edits into the files: only the blocks Notion changed.")
    .addOption(new Option('--dry-run', 'show what would be pulled; write nothing'))
    .addOption(new Option('--commit', 'commit the pulled files and the spine in one commit'))
    .addOption(new Option('--rate <n>', 'Notion requests per second (default 3)'))
    .addHelpText(
      'after',
      '\nA block edited both locally and in Notion is a conflict (exit 3): the file keeps your\n' +
        "version, Notion's is saved in .idse/conflicts/; edit the file, then `idse-sync resolve`.\n" +
        '\nExamples:\n  idse-sync pull\n  idse-sync pull --commit\n  idse-sync pull --session search-v2 --dry-run --json',
    )
    .action(async (options: PullOptions) => {
      const { report: result, exitCode: code } = await pullCommand(options, io);
      report(result, options, code);
    });

  common(program.command('resolve'))
    .argument('<idse_id>', 'the artifact, as <project>::<session>::<stage>')
    .description('Close a conflict once the artifact file holds the wanted content.')
    .addHelpText(
      'after',
      '\nExample:\n  idse-sync resolve acme-notes::search-v2::spec && idse-sync push',
    )
    .action((idseId: string, options: CommonOptions) => {
      const { report: result, exitCode: code } = resolveCommand(idseId, options, io);
      report(result, options, code);
    });

  common(program.command('migrate'))
    .description('Add the sync tables and columns to .idse/idse.db (a backup is kept first).')
    .addOption(new Option('--dry-run', 'list the pending migrations without applying them'))
    .addHelpText('after', '\nExamples:\n  idse-sync migrate\n  idse-sync migrate --dry-run --json')
    .action((options: CommonOptions) => {
      const { report: result, exitCode: code } = migrateCommand(options, io);
      report(result, options, code);
    });

  program
    .command('init')
    .description('Set up the Notion database: add the IDSE properties it lacks, or create it.')
    .addOption(new Option('--workspace <dir>', 'folder holding .idse/ (default: nearest above)'))
    .addOption(new Option('--parent-page <id>', 'create the database under this page (id or URL)'))
    .addOption(new Option('--title <title>', 'title of a created database'))
    .addOption(
      new Option('--project <name>', 'the project the database serves (notion.databases.<name>)'),
    )
    .addOption(new Option('--dry-run', 'say what would be created or added; change nothing'))
    .addOption(new Option('--rate <n>', 'Notion requests per second (default 3)'))
    .addOption(new Option('--json', 'print one JSON report on stdout'))
    .addHelpText(
      'after',
      '\nNeeds NOTION_TOKEN. With a database configured (IDSE_NOTION_DATABASE_ID or\n' +
        '.idse/.idseconfig.json) it adds the missing properties and never changes existing ones;\n' +
        'without one, --parent-page creates it and records notion.database_id. Running it again\n' +
        "changes nothing. It prints the steps Notion's API cannot do (Status options, sharing).\n" +
        '\nExamples:\n  idse-sync init --parent-page https://www.notion.so/Design-0123456789abcdef0123456789abcdef\n  idse-sync init --dry-run',
    )
    .action(async (options: InitOptions) => {
      const { report: result, exitCode: code } = await initCommand(options, io);
      report(result, options, code);
    });

  program
    .command('doctor')
    .description('Check the setup: Node, workspace, spine, config, token, database and schema.')
    .addOption(new Option('--workspace <dir>', 'folder holding .idse/ (default: nearest above)'))
    .addOption(new Option('--rate <n>', 'Notion requests per second (default 3)'))
    .addOption(new Option('--json', 'print one JSON report on stdout'))
    .addHelpText(
      'after',
      '\nExit 0 when every required check passes (warnings allowed), 2 otherwise.\n' +
        '\nExamples:\n  idse-sync doctor\n  idse-sync doctor --json',
    )
    .action(async (options: DoctorOptions) => {
      const { report: result, exitCode: code } = await doctorCommand(options, io);
      report(result, options, code);
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are not errors; everything else commander refuses is a usage error.
      return error.exitCode === 0 ? ExitCode.Ok : ExitCode.UsageOrConfig;
    }
    if (isIdseError(error)) {
      io.stderr.write(`idse-sync: ${error.message}\n  fix: ${error.fix}\n`);
      return error.exitCode;
    }
    io.stderr.write(
      `idse-sync: internal error: ${error instanceof Error ? error.message : String(error)}\n` +
        '  fix: this is a bug; please report it with the command you ran.\n',
    );
    return ExitCode.ArtifactsFailed;
  }
  return exitCode;
}
