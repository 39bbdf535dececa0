import type { SyncReport } from '../sync/report.js';

/** A report as the terminal shows it: JSON for machines, a table for people. */
export function renderReport(report: SyncReport, options: { json: boolean }): string {
  if (options.json) return `${JSON.stringify(report, null, 2)}\n`;
  return renderText(report);
}

function renderText(report: SyncReport): string {
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
      lines.push(`${artifact.action.padEnd(width)}  ${artifact.idseId}${reason}`);
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
  for (const warning of report.warnings) lines.push(`warning: ${warning}`);
  return `${lines.join('\n')}\n`;
}
