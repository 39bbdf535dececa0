import { execFile, execFileSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { REPO_ROOT } from '../helpers/fixtures.js';

/** Builds dist/ into a fresh temp folder (nothing else beside it: no node_modules). */
export function buildDist(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'idse-action-dist-'));
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts', '--outdir', dir], {
    cwd: REPO_ROOT,
    stdio: 'pipe',
  });
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * The action's source entry (src/action/main.ts) run through tsx, as `args` of a step: what
 * dist/action.js bundles, without building it.
 */
export function sourceEntry(): string[] {
  const loader = pathToFileURL(join(REPO_ROOT, 'node_modules/tsx/dist/loader.mjs')).href;
  return ['--import', loader, join(REPO_ROOT, 'src/action/main.ts')];
}

/** Each input of action.yml with its default, read the way the runner reads them. */
export function actionYmlInputs(): Map<string, string | undefined> {
  return readSection('inputs');
}

/** The output names action.yml declares. */
export function actionYmlOutputs(): string[] {
  return [...readSection('outputs').keys()];
}

function readSection(section: 'inputs' | 'outputs'): Map<string, string | undefined> {
  const text = readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8');
  const block = new RegExp(`^${section}:\\n((?:(?: .*)?\\n)*)`, 'm').exec(text)?.[1] ?? '';
  const entries = new Map<string, string | undefined>();
  let current: string | undefined;
  for (const line of block.split('\n')) {
    const name = /^ {2}([a-z-]+):\s*$/.exec(line);
    if (name) {
      current = name[1] ?? '';
      entries.set(current, undefined);
      continue;
    }
    const value = /^ {4}default:\s*(.*)$/.exec(line);
    if (value && current !== undefined) entries.set(current, value[1]?.replace(/^'(.*)'$/, '$1'));
  }
  return entries;
}

/** A workflow command the action printed (`::error file=x,title=y::message`). */
export interface WorkflowCommand {
  command: string;
  properties: Record<string, string>;
  message: string;
}

export interface ActionResult {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  commands: WorkflowCommand[];
  /** The JSON report the `report` output names (read before the runner folder goes). */
  report: unknown;
  /** The markdown written beside the report. */
  reportMarkdown: string | undefined;
}

export interface ActionStep {
  /** The built action's folder; or `args` to run something else (see {@link sourceEntry}). */
  dist?: string;
  args?: string[];
  /** The checkout: GITHUB_WORKSPACE and the working directory. */
  workspace: string;
  eventName: string;
  payload: unknown;
  sha: string;
  ref: string;
  /** `with:` values; action.yml's defaults fill the rest. */
  with: Record<string, string>;
  apiUrl: string;
  env?: Record<string, string>;
  /** Sees the runner's child process once started (to signal it, as a cancelled job does). */
  onStart?: (child: ChildProcess) => void;
}

/**
 * Runs the built dist/action.js as a runner does: a child process with INPUT_* variables
 * (named as @actions/core reads them: `INPUT_` + the name upper-cased, dashes kept), the event
 * JSON in GITHUB_EVENT_PATH, and files for GITHUB_OUTPUT and GITHUB_STEP_SUMMARY.
 */
export async function runActionStep(step: ActionStep): Promise<ActionResult> {
  const runner = mkdtempSync(join(tmpdir(), 'idse-runner-'));
  try {
    const eventPath = join(runner, 'event.json');
    const outputPath = join(runner, 'output');
    const summaryPath = join(runner, 'summary.md');
    const temp = join(runner, 'temp');
    mkdirSync(temp);
    writeFileSync(eventPath, JSON.stringify(step.payload));
    writeFileSync(outputPath, '');
    writeFileSync(summaryPath, '');
    const env: Record<string, string> = {
      PATH: process.env['PATH'] ?? '/usr/bin:/bin',
      HOME: runner,
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: step.eventName,
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_REPOSITORY: 'acme/design',
      GITHUB_SHA: step.sha,
      GITHUB_REF: step.ref,
      GITHUB_WORKSPACE: step.workspace,
      GITHUB_API_URL: step.apiUrl,
      GITHUB_SERVER_URL: 'https://github.example',
      GITHUB_RUN_ID: '4242',
      GITHUB_OUTPUT: outputPath,
      GITHUB_STEP_SUMMARY: summaryPath,
      RUNNER_TEMP: temp,
    };
    for (const [name, value] of actionYmlInputs()) {
      if (value !== undefined && !value.includes('${{')) env[inputVariable(name)] = value;
    }
    for (const [name, value] of Object.entries(step.with)) env[inputVariable(name)] = value;
    Object.assign(env, step.env);
    const args = step.args ?? [join(step.dist ?? '', 'action.js')];
    const started = promisify(execFile)(process.execPath, args, {
      cwd: step.workspace,
      env,
      encoding: 'utf8',
    });
    step.onStart?.(started.child);
    const child = await started.then(
      (done) => ({ code: 0, stdout: done.stdout, stderr: done.stderr }),
      (failed: { code?: number | null; stdout?: string; stderr?: string }) => ({
        code: failed.code ?? null,
        stdout: failed.stdout ?? '',
        stderr: failed.stderr ?? '',
      }),
    );
    const outputs = parseOutputFile(readFileSync(outputPath, 'utf8'));
    const reportPath = outputs['report'];
    return {
      ...child,
      outputs,
      report: reportPath ? JSON.parse(readFileSync(reportPath, 'utf8')) : undefined,
      reportMarkdown: reportPath
        ? readFileSync(reportPath.replace(/\.json$/, '.md'), 'utf8')
        : undefined,
      summary: readFileSync(summaryPath, 'utf8'),
      commands: parseCommands(child.stdout),
    };
  } finally {
    rmSync(runner, { recursive: true, force: true });
  }
}

/** How @actions/core's getInput names an input's variable. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/** GITHUB_OUTPUT's `name<<delimiter` blocks. */
function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const head = /^([^<]+)<<(.+)$/.exec(lines[i] ?? '');
    if (!head) continue;
    const [, name = '', delimiter] = head;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i] ?? '');
    outputs[name] = value.join('\n');
  }
  return outputs;
}

function parseCommands(stdout: string): WorkflowCommand[] {
  const commands: WorkflowCommand[] = [];
  for (const line of stdout.split('\n')) {
    const match = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!match) continue;
    const properties: Record<string, string> = {};
    for (const pair of (match[2] ?? '').split(',').filter(Boolean)) {
      const [key = '', ...rest] = pair.split('=');
      properties[key] = unescape(rest.join('='));
    }
    commands.push({ command: match[1] ?? '', properties, message: unescape(match[3] ?? '') });
  }
  return commands;
}

// @actions/core escapes %, CR, LF (and in properties : and ,) as percent codes.
function unescape(text: string): string {
  return text
    .replace(/%0D/g, '\r')
    .replace(/%0A/g, '\n')
    .replace(/%3A/g, ':')
    .replace(/%2C/g, ',')
    .replace(/%25/g, '%');
}

/** A bare "GitHub" repository and a working clone to author commits in. */
export interface TestRepositories {
  origin: string;
  author: string;
  git(...args: string[]): string;
  /**
   * actions/checkout's default: a depth-1 fetch of one commit into a fresh folder, on `branch`
   * (as for a push or schedule) or detached (as for a pull request's merge commit).
   * `fullHistory` is `fetch-depth: 0`.
   */
  checkout(sha: string, branch?: string, fullHistory?: boolean): string;
  cleanup(): void;
}

export function createRepositories(): TestRepositories {
  const dir = mkdtempSync(join(tmpdir(), 'idse-action-repo-'));
  const origin = join(dir, 'origin.git');
  const author = join(dir, 'author');
  const run = (cwd: string, args: string[]) =>
    execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
  run(dir, ['init', '--quiet', '--bare', '--initial-branch=main', origin]);
  run(dir, ['init', '--quiet', '--initial-branch=main', author]);
  run(author, ['config', 'user.email', 'dev@example.com']);
  run(author, ['config', 'user.name', 'Dev']);
  run(author, ['config', 'commit.gpgsign', 'false']);
  run(author, ['remote', 'add', 'origin', `file://${origin}`]);
  let checkouts = 0;
  return {
    origin,
    author,
    git: (...args) => run(author, args),
    checkout: (sha, branch, fullHistory = false) => {
      const folder = join(dir, `checkout-${++checkouts}`);
      mkdirSync(folder);
      run(folder, ['init', '--quiet']);
      run(folder, ['remote', 'add', 'origin', `file://${origin}`]);
      const depth = fullHistory ? [] : ['--depth=1'];
      run(folder, ['fetch', '--quiet', '--no-tags', ...depth, 'origin', sha]);
      if (branch === undefined) run(folder, ['checkout', '--quiet', '--detach', 'FETCH_HEAD']);
      else run(folder, ['checkout', '--quiet', '-B', branch, 'FETCH_HEAD']);
      return folder;
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}
