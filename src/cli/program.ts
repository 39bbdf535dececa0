import { VERSION } from '../version.js';
import { Command, CommanderError, Option } from 'commander';
import { ExitCode, IdseError } from '../errors.js';
import { SecretSet, redactSecrets } from '../notion/redact.js';
import { guardLineStarts, inertText, presentable } from '../output/inert.js';
import type { CliIo } from './io.js';
import { doctorCommand, type DoctorOptions } from './commands/doctor.js';
import { hooksInstallCommand, type HooksInstallOptions } from './commands/hooks.js';
import { initCommand, type InitOptions } from './commands/init.js';
import { migrateCommand } from './commands/migrate.js';
import { pullCommand, type PullOptions } from './commands/pull.js';
import { pushCommand, type PushOptions } from './commands/push.js';
import { resolveCommand } from './commands/resolve.js';
import { statusCommand } from './commands/status.js';
import { startProgress } from './progress.js';
import { renderReport } from './render.js';
import { colorEnabled, isTerminal, palette } from './style.js';
import { toUserError } from '../user-errors.js';
import type { SyncReport } from '../sync/report.js';

/** Options every command takes (ARCHITECTURE.md "Contracts"). */
export interface CommonOptions {
  workspace?: string;
  project?: string;
  session?: string;
  dryRun?: boolean;
  json?: boolean;
}

/** Parses `argv`, runs one command and returns the process exit code; never exits itself. */
export async function runCli(argv: string[], rawIo: CliIo): Promise<number> {
  const io = redactingIo(rawIo);
  let exitCode: number = ExitCode.Ok;
  const colors = palette(colorEnabled({ isTTY: io.isTTY }, io.env));
  const errorColors = palette(colorEnabled({ isTTY: isTerminal(io.stderr) }, io.env));
  const report = (result: SyncReport, options: CommonOptions, code: number) => {
    // Names, titles and messages in a report come from content: shown, never obeyed.
    const shown = presentable(result, io.secrets ?? []);
    io.stdout.write(renderReport(shown, { json: options.json === true, colors }));
    exitCode = code;
  };
  // Commands that talk to Notion show progress on stderr while they run (stdout stays clean).
  const withProgress = async <T>(label: string, run: (runIo: CliIo) => Promise<T>): Promise<T> => {
    const meter = startProgress(io.stderr, label, { tty: isTerminal(io.stderr) });
    try {
      return await run({ ...io, meter });
    } finally {
      meter.stop();
    }
  };

  const program = new Command('idse-sync')
    .description('Keep an IDSE workspace (.idse/) and a Notion database in step, both ways.')
    .version(VERSION, '-V, --version')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      // Usage errors are printed once, in the same one-problem-one-fix form as the others.
      outputError: () => undefined,
    })
    .addHelpText(
      'after',
      '\nExamples:\n' +
        '  idse-sync init --parent-page <page URL>   # create the Notion database\n' +
        '  idse-sync push                            # push what changed\n' +
        '  idse-sync pull --commit                   # bring Notion edits back, in one commit\n' +
        '  idse-sync hooks install                   # push on every commit, in the background\n' +
        '\nRun `idse-sync <command> --help` for its options and examples.\n' +
        'Exit codes: 0 ok, 1 some artifacts failed, 2 usage or configuration error, 3 conflicts.\n' +
        'Colours only on a terminal, never with NO_COLOR set.',
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
    .addOption(new Option('--since <ref>', 'only artifacts whose files changed in git since REF'))
    .addOption(
      new Option(
        '--changed',
        'only artifacts the last commit changed (and commits since the last recorded push)',
      ).conflicts('since'),
    )
    .addOption(new Option('--log-file <file>', 'append a one-line summary of the run to FILE'))
    .addOption(new Option('--rate <n>', 'Notion requests per second (default 3)'))
    .addHelpText(
      'after',
      '\nNeeds NOTION_TOKEN and a database (IDSE_NOTION_DATABASE_ID or .idse/.idseconfig.json).\n' +
        'With --since or --changed, artifact files deleted in git are reported as deleted; their\n' +
        'Notion pages are never deleted. A shallow clone fetches the history it needs.\n' +
        '\nExamples:\n  idse-sync push\n  idse-sync push --session search-v2 --dry-run\n' +
        '  idse-sync push --since origin/main\n  idse-sync push --changed --log-file .idse/sync.log\n' +
        '  idse-sync push --json > report.json',
    )
    .action(async (options: PushOptions) => {
      const { report: result, exitCode: code } = await withProgress('push', (runIo) =>
        pushCommand(options, runIo),
      );
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
      const { report: result, exitCode: code } = await withProgress('pull', (runIo) =>
        pullCommand(options, runIo),
      );
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
    .addOption(
      new Option(
        '--workflows',
        'write the sync, preview and nightly-pull workflows into .github/workflows/ (never overwrites)',
      ),
    )
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
        '--workflows writes the three GitHub workflows (no token needed), pinned to this version.\n' +
        '\nExamples:\n  idse-sync init --parent-page https://www.notion.so/Design-0123456789abcdef0123456789abcdef\n  idse-sync init --dry-run\n  idse-sync init --workflows',
    )
    .action(async (options: InitOptions) => {
      const { report: result, exitCode: code } = await withProgress('init', (runIo) =>
        initCommand(options, runIo),
      );
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
      const { report: result, exitCode: code } = await withProgress('doctor', (runIo) =>
        doctorCommand(options, runIo),
      );
      report(result, options, code);
    });

  const hooks = program
    .command('hooks')
    .description('Git hooks: the post-commit hook that pushes what each commit changed.')
    .addHelpText('after', '\nExample:\n  idse-sync hooks install')
    .usage('install [options]')
    .argument('[command]', 'install')
    // Without a subcommand, show the help (and exit 0) rather than an error.
    .action((name: string | undefined) => {
      if (name === undefined) hooks.help();
      throw new IdseError(
        'usage',
        `unknown hooks command '${name}'.`,
        'run `idse-sync hooks install`, or `idse-sync hooks --help`.',
      );
    });
  hooks
    .command('install')
    .description('Install the husky post-commit hook in this repository (sets husky up if needed).')
    .addOption(new Option('--workspace <dir>', 'folder holding .idse/ (default: nearest above)'))
    .addOption(
      new Option('--branch <name>', 'push only from this branch (default: the default branch)'),
    )
    .addOption(new Option('--json', 'print what was installed as JSON on stdout'))
    .addHelpText(
      'after',
      '\nNo package.json is needed: it sets core.hooksPath to .husky/_ (as `npx husky` does) when\n' +
        'husky is not set up, writes .husky/idse-sync-post-commit and calls it from\n' +
        '.husky/post-commit. After each commit on the default branch that changes an artifact,\n' +
        'the hook runs `idse-sync push --changed` in the background and appends one line to\n' +
        '.idse/sync.log. Off: IDSE_SYNC_HOOK=0 or HUSKY=0 for one commit, or\n' +
        '`git config idse-sync.hook false`. Running install again updates what is out of date.\n' +
        '\nExamples:\n  idse-sync hooks install\n  idse-sync hooks install --branch release',
    )
    .action((options: HooksInstallOptions) => {
      const { output, exitCode: code } = hooksInstallCommand(options, io);
      io.stdout.write(output);
      exitCode = code;
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are not errors; everything else commander refuses is a usage error.
      if (error.exitCode === 0) return ExitCode.Ok;
      const command = argv.find((arg) => program.commands.some((c) => c.name() === arg));
      const problem = error.message.replace(/^error: /, '');
      const help = command ? `idse-sync ${command} --help` : 'idse-sync --help';
      writeError(
        `${problem}.`.replace(/\.\.$/, '.'),
        `run \`${help}\` for the options and examples.`,
      );
      return ExitCode.UsageOrConfig;
    }
    const userError = toUserError(error);
    if (userError !== undefined) {
      writeError(userError.message, userError.fix);
      return userError.exitCode;
    }
    writeError(
      `internal error: ${error instanceof Error ? error.message : String(error)}`,
      'this is a bug; please report it with the command you ran.',
    );
    return ExitCode.ArtifactsFailed;
  }
  return exitCode;

  /** One line: the problem, then the fix; no stack trace, nothing else. */
  function writeError(problem: string, fix: string): void {
    io.stderr.write(
      `${errorColors.red('idse-sync:')} ${inertText(problem)} Fix: ${inertText(fix)}\n`,
    );
  }
}

/**
 * Everything the CLI prints passes here: a token that Notion, a proxy or the network echoed
 * into an error (even one no command expected) never reaches the terminal or a CI log, and no
 * line can start a workflow command. Secrets are known by value as the run learns them (the
 * environment's token now, a home config's once settings are read), and by their form.
 */
function redactingIo(io: CliIo): CliIo {
  const secrets = io.secrets ?? new SecretSet([io.env['NOTION_TOKEN']]);
  const guard = (stream: CliIo['stdout']): CliIo['stdout'] & { isTTY: boolean } => ({
    isTTY: isTerminal(stream),
    write: (chunk: string) => stream.write(guardLineStarts(redactSecrets(chunk, secrets.list()))),
  });
  return { ...io, secrets, stdout: guard(io.stdout), stderr: guard(io.stderr) };
}
