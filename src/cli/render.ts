import { reportJson, warningText, type OutcomeAction, type SyncReport } from '../sync/report.js';
import { palette, type Palette } from './style.js';

/**
 * A report as the terminal shows it: JSON for machines (never coloured), a table for people,
 * coloured only when `colors` is enabled.
 */
export function renderReport(
  report: SyncReport,
  options: { json: boolean; colors?: Palette },
): string {
  if (options.json) return `${JSON.stringify(reportJson(report), null, 2)}\n`;
  return renderText(report, options.colors ?? palette(false));
}

const ACTION_COLORS: Record<OutcomeAction, 'green' | 'red' | 'yellow' | 'dim' | 'cyan'> = {
  created: 'green',
  updated: 'green',
  pulled: 'green',
  resolved: 'green',
  'in-sync': 'green',
  failed: 'red',
  unreadable: 'red',
  conflict: 'yellow',
  deleted: 'yellow',
  'file-changed': 'yellow',
  'spine-only': 'yellow',
  skipped: 'dim',
  archived: 'cyan',
  trashed: 'cyan',
  'changed-since-push': 'cyan',
  'never-pushed': 'cyan',
  'file-only': 'cyan',
  changed: 'cyan',
  written: 'cyan',
};

/** The colour of an artifact's action or state word. */
function actionColor(action: OutcomeAction, colors: Palette): (text: string) => string {
  return colors[ACTION_COLORS[action]];
}

function renderText(report: SyncReport, colors: Palette): string {
  const lines: string[] = [];
  if (report.migration) {
    const { applied, created, backupPath, backfilledIdseIds } = report.migration;
    const verb = report.dryRun ? 'would apply' : 'applied';
    if (created) lines.push(report.dryRun ? 'Would create a new spine.' : 'Created a new spine.');
    lines.push(
      applied.length === 0
        ? 'Spine is up to date; nothing to migrate.'
        : `Migrations ${verb}: ${applied.join(', ')}.`,
    );
    if (backfilledIdseIds > 0) {
      lines.push(
        `${report.dryRun ? 'Would set' : 'Set'} idse_id on ${backfilledIdseIds} artifacts.`,
      );
    }
    if (backupPath) lines.push(`Backup of the previous database: ${backupPath}`);
  }
  if (report.artifacts.length > 0) {
    const width = Math.max(...report.artifacts.map((a) => a.action.length));
    for (const artifact of report.artifacts) {
      const reason = artifact.reason ? `  (${artifact.reason})` : '';
      const action = actionColor(artifact.action, colors)(artifact.action.padEnd(width));
      lines.push(`${action}  ${artifact.idseId}${colors.dim(reason)}`);
    }
  }
  if (report.states) {
    const parts = Object.entries(report.states)
      .filter(([, n]) => n > 0)
      .map(([state, n]) => `${n} ${state}`);
    lines.push('', `${report.artifacts.length} artifacts: ${parts.join(', ') || 'none'}`);
  }
  if (report.command === 'push' || report.command === 'pull') {
    const c = report.counts;
    const verb = report.dryRun ? 'would push' : 'pushed';
    const head =
      report.command === 'push'
        ? `${verb} ${c.pushed} (created ${c.created}, updated ${c.updated}), skipped ${c.skipped}`
        : `${report.dryRun ? 'would pull' : 'pulled'} ${c.pulled}, skipped ${c.skipped}`;
    lines.push(
      '',
      `${head}, failed ${c.failed}, conflicts ${c.conflicts}; ${report.requests} Notion requests`,
    );
  }
  if (report.commit !== undefined) lines.push(`Committed the pulled edits as ${report.commit}.`);
  if (report.databases) lines.push(...renderSetup(report));
  if (report.checks) lines.push(...renderChecks(report.checks, colors));
  for (const warning of report.warnings) {
    lines.push(`${colors.yellow('warning:')} ${warningText(warning)}`);
  }
  if (report.notionApi !== undefined) lines.push(`${colors.yellow('notice:')} ${report.notionApi}`);
  return `${lines.join('\n')}\n`;
}

function renderSetup(report: SyncReport): string[] {
  const lines: string[] = [];
  const would = report.dryRun;
  let changed = false;
  for (const setup of report.databases ?? []) {
    const named = setup.title ? `"${setup.title}" ` : '';
    const which = setup.databaseId !== null ? `${named}(${setup.databaseId})` : `${named}database`;
    const forProject = setup.project !== undefined ? ` (project ${setup.project})` : '';
    if (setup.created) {
      changed = true;
      lines.push(
        `${would ? 'Would create' : 'Created'} ${which}${forProject} with ${setup.addedProperties.join(', ')}.`,
      );
    } else if (setup.addedProperties.length > 0) {
      changed = true;
      lines.push(
        `${would ? 'Would add to' : 'Added to'} ${which}${forProject}: ${setup.addedProperties.join(', ')}.`,
      );
    } else {
      lines.push(`${which}${forProject} has every property the API can add.`);
    }
    if (setup.url) lines.push(`  ${setup.url}`);
    if (setup.configWritten) {
      changed = true;
      lines.push(
        `${would ? 'Would write' : 'Wrote'} ${setup.configWritten} to .idse/.idseconfig.json.`,
      );
    }
  }
  if (!changed) lines.push('Nothing to change.');
  const steps = report.manualSteps ?? [];
  if (steps.length > 0) {
    lines.push('', "Manual steps (Notion's API cannot do them):");
    steps.forEach((step, i) => lines.push(`  ${i + 1}. ${step}`));
  }
  return lines;
}

const CHECK_LABELS = { ok: 'ok  ', warn: 'warn', fail: 'FAIL', skip: 'skip' } as const;

function renderChecks(checks: NonNullable<SyncReport['checks']>, colors: Palette): string[] {
  const paint = { ok: colors.green, warn: colors.yellow, fail: colors.red, skip: colors.dim };
  const width = Math.max(...checks.map((c) => c.name.length));
  const lines: string[] = [];
  for (const check of checks) {
    const label = paint[check.status](CHECK_LABELS[check.status]);
    lines.push(`${label}  ${check.name.padEnd(width)}  ${check.message}`);
    if (check.fix !== undefined && (check.status === 'fail' || check.status === 'warn')) {
      lines.push(`${' '.repeat(width + 8)}fix: ${check.fix}`);
    }
  }
  const count = (status: string) => checks.filter((c) => c.status === status).length;
  lines.push(
    '',
    `${count('ok')} ok, ${plural(count('warn'), 'warning')}, ${count('fail')} failed, ${count('skip')} skipped`,
  );
  return lines;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
