import {
  warningText,
  type ArtifactOutcome,
  type OutcomeAction,
  type SyncReport,
} from '../sync/report.js';

/** Starts every comment the action writes: how a rerun finds its comment again. */
export const COMMENT_MARKER = '<!-- idse-notion-sync -->';

/** What kind of run a rendered report describes. */
export type RenderedRun =
  | { kind: 'push' }
  | { kind: 'preview' }
  /** A fork's preview without the Notion token: which artifacts a merge would push. */
  | { kind: 'local-preview' }
  | { kind: 'pull'; commitSha: string | null };

// GitHub refuses comments over 65,536 characters; long runs are cut well before that.
const MAX_ROWS = 100;
const MAX_WARNINGS = 30;
const MAX_WARNING_LENGTH = 500;

/** The sticky PR comment: the marker, then the same markdown as the job summary. */
export function renderComment(report: SyncReport, run: RenderedRun): string {
  return `${COMMENT_MARKER}\n${renderSummary(report, run)}`;
}

/**
 * The run as GitHub markdown: counts, a table of the artifacts that did (or would) change with
 * links to their pages, and the warnings. Nothing in a name or message can break the markup:
 * names are code spans, other text is escaped.
 */
export function renderSummary(report: SyncReport, run: RenderedRun): string {
  const lines: string[] = [`### ${title(report, run)}`, ''];
  lines.push(...countsTable(report, run), '');
  const listed = report.artifacts.filter((a) => a.action !== 'skipped');
  if (listed.length > 0) {
    lines.push('| Artifact | Result | Notion page | Note |', '|---|---|---|---|');
    for (const artifact of listed.slice(0, MAX_ROWS)) lines.push(row(artifact, report.dryRun));
    if (listed.length > MAX_ROWS) lines.push('', `…and ${listed.length - MAX_ROWS} more.`);
    lines.push('');
  }
  const skipped = report.artifacts.length - listed.length;
  if (skipped > 0) {
    lines.push(
      `${skipped} unchanged artifact${skipped === 1 ? '' : 's'} ${report.dryRun ? 'would be' : skipped === 1 ? 'was' : 'were'} skipped.`,
      '',
    );
  }
  if (run.kind === 'pull' && run.commitSha !== null) {
    lines.push(`Committed as ${escapeText(run.commitSha)}.`, '');
  }
  if (run.kind === 'local-preview') {
    lines.push(
      'This pull request comes from a fork, and GitHub gives such runs no secrets: Notion was ' +
        'not consulted, so these are the artifacts a merge would push, compared with nothing. ' +
        'The push after the merge writes only what differs.',
      '',
    );
  }
  if (report.warnings.length > 0) {
    lines.push('**Warnings**', '');
    for (const warning of report.warnings.slice(0, MAX_WARNINGS).map(warningText)) {
      const clipped =
        warning.length > MAX_WARNING_LENGTH ? `${warning.slice(0, MAX_WARNING_LENGTH)}…` : warning;
      lines.push(`- ${escapeText(clipped)}`);
    }
    if (report.warnings.length > MAX_WARNINGS) {
      lines.push(`- …and ${report.warnings.length - MAX_WARNINGS} more in the job log.`);
    }
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

function title(report: SyncReport, run: RenderedRun): string {
  switch (run.kind) {
    case 'push':
      return report.dryRun ? 'Notion sync: push (dry run, nothing written)' : 'Notion sync: push';
    case 'preview':
      return 'Notion sync: what merging this pull request would do';
    case 'local-preview':
      return 'Notion sync: artifacts this pull request changes';
    case 'pull':
      return report.dryRun ? 'Notion sync: pull (dry run, nothing written)' : 'Notion sync: pull';
  }
}

function countsTable(report: SyncReport, run: RenderedRun): string[] {
  const c = report.counts;
  const would = report.dryRun || run.kind === 'preview' || run.kind === 'local-preview';
  if (run.kind === 'local-preview') {
    const changed = report.artifacts.filter((a) => a.action === 'changed').length;
    return ['| Changed artifacts |', '|---:|', `| ${changed} |`];
  }
  if (run.kind === 'pull') {
    return [
      `| ${would ? 'Would pull' : 'Pulled'} | Skipped | Failed | Conflicts |`,
      '|---:|---:|---:|---:|',
      `| ${c.pulled} | ${c.skipped} | ${c.failed} | ${c.conflicts} |`,
    ];
  }
  const heads = would
    ? ['Would push', 'Would create', 'Would update', 'Would skip', 'Would fail', 'Conflicts']
    : ['Pushed', 'Created', 'Updated', 'Skipped', 'Failed', 'Conflicts'];
  return [
    `| ${heads.join(' | ')} |`,
    `|${heads.map(() => '---:').join('|')}|`,
    `| ${[c.pushed, c.created, c.updated, c.skipped, c.failed, c.conflicts].join(' | ')} |`,
  ];
}

const WOULD: Partial<Record<OutcomeAction, string>> = {
  created: 'would create',
  updated: 'would update',
  failed: 'would fail',
  conflict: 'conflict',
  pulled: 'would pull',
};

function row(artifact: ArtifactOutcome, dryRun: boolean): string {
  const result = dryRun ? (WOULD[artifact.action] ?? artifact.action) : artifact.action;
  const url = notionPageUrl(artifact.pageId);
  const link = url === undefined ? '' : `[open](${url})`;
  const note = artifact.reason === undefined ? '' : escapeText(artifact.reason);
  return `| ${codeSpan(artifact.idseId)} | ${escapeText(result)} | ${link} | ${note} |`;
}

/** The page's address in Notion, from its id (only hex digits survive). */
export function notionPageUrl(pageId: string | null): string | undefined {
  const compact = (pageId ?? '').replace(/[^0-9a-fA-F]/g, '');
  return compact.length === 32 ? `https://www.notion.so/${compact.toLowerCase()}` : undefined;
}

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]+/g;

/**
 * `text` as a code span that is safe in a GFM table cell: the fence is longer than any backtick
 * run inside, and pipes are escaped (tables split cells before code spans are read).
 */
export function codeSpan(text: string): string {
  const flat = text.replace(CONTROL, ' ');
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = /^[` ]|[` ]$/.test(flat) ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`.replace(/\|/g, '\\|');
}

/**
 * `text` as literal inline markdown: every ASCII punctuation character backslash-escaped (so no
 * emphasis, link, HTML, heading or table pipe can form), line breaks flattened, and a word
 * joiner after `@` so a name in a message never mentions anyone.
 */
export function escapeText(text: string): string {
  return text
    .replace(CONTROL, ' ')
    .replace(/[!-/:-@[-`{-~]/g, (c) => `\\${c}`)
    .replace(/@/g, '@\u2060');
}
