// Real markdown nobody here wrote, through push, Notion and pull: the docs that a handful of npm
// packages ship (npm's own manual, its bundled dependencies' READMEs, other well-documented
// packages), fetched with `npm pack` into a temp folder, are pushed to the emulator and measured:
//   1. zero-edit pull byte-identical: Notion's rendering of the page, merged into the file with
//      the committed file as the base (what a pull on a fresh clone does), changes no byte, and a
//      push sees nothing to send;
//   2. one-paragraph Notion edit -> one-hunk diff, through the CLI's pull;
//   3. both sides edited in different places -> merged without a conflict, through the CLI;
//   4. one line of a code block edited in Notion -> a one-line diff, the fence as it was.
// Usage: npm run bench:corpus [-- --list]   (--list prints every failing document)
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import {
  applyNotionEditToGfm,
  gfmBlocks,
  gfmToNotion,
  notionBlocks,
} from '../src/markdown/index.js';
import { runIdseSync } from '../test/helpers/cli.js';
import { makeTempDir } from '../test/helpers/fixtures.js';
import { emulatorClient } from '../test/notion-emulator/client.js';
import { updateContent } from '../test/notion-emulator/harness.js';
import { startEmulator } from '../test/notion-emulator/index.js';
import type { SyncReportJson } from '../src/sync/report.js';
import { writeWorkspace } from '../test/sync/push-helpers.js';

// Pinned, so a run measures the same documents every time.
const PACKAGES = [
  'npm@10.9.9',
  'commander@14.0.3',
  'yargs@18.2.0',
  'express@5.3.0',
  'markdown-it@14.3.3',
  'ajv@8.20.0',
  'mocha@11.8.0',
  'chalk@5.6.2',
  'zod@3.25.76',
  'rxjs@7.8.2',
  'date-fns@4.4.0',
];
const LIST = process.argv.includes('--list');

type Measure = 'zero' | 'hunk' | 'merge' | 'code';

interface Doc {
  name: string;
  session: string;
  text: string;
  pageId?: string;
  pushFailure?: string;
  warnings: string[];
  failures: Partial<Record<Measure, string>>;
  measured: Set<Measure>;
}

const tmp = makeTempDir('idse-bench-corpus-');
const work = makeTempDir('idse-bench-corpus-ws-');
const emulator = await startEmulator();
const editor = emulatorClient(emulator, { as: 'editor' });
const env = {
  NOTION_TOKEN: emulator.token,
  IDSE_NOTION_DATABASE_ID: emulator.databaseId,
  NOTION_BASE_URL: emulator.url,
};
const git = (...args: string[]) =>
  execFileSync('git', args, { cwd: work.dir, encoding: 'utf8' }).trim();
const cli = async (...args: string[]): Promise<SyncReportJson> => {
  const run = await runIdseSync([...args, '--json', '--rate', '1000', '--workspace', work.dir], {
    env,
  });
  return JSON.parse(run.stdout) as SyncReportJson;
};

try {
  const docs = gather();
  console.log(`${docs.length} markdown documents from ${PACKAGES.join(', ')}\n`);
  const path = (doc: Doc) => `.idse/projects/corpus/sessions/${doc.session}/specs/spec.md`;
  writeWorkspace(
    work.dir,
    'corpus',
    docs.map((doc) => ({ id: doc.session, files: { spec: doc.text } })),
  );
  git('init', '--quiet', '--initial-branch=main');
  git('config', 'user.email', 'bench@example.com');
  git('config', 'user.name', 'Bench');
  git('config', 'commit.gpgsign', 'false');
  const pushed = await cli('push');
  for (const doc of docs) {
    const outcome = pushed.artifacts.find((a) => a.idseId === `corpus::${doc.session}::spec`);
    doc.pageId = outcome?.pageId ?? undefined;
    if (outcome?.action !== 'created') doc.pushFailure = outcome?.reason ?? 'not pushed';
    doc.warnings = pushed.warnings.filter((w) => w.startsWith(`corpus::${doc.session}::`));
  }
  git('add', '-A');
  git('commit', '--quiet', '-m', 'pushed');
  const live = docs.filter((doc) => doc.pushFailure === undefined);

  // 1. Zero edit: Notion's rendering is the same document, and merging it changes no byte.
  for (const doc of live) {
    doc.measured.add('zero');
    const rendered = emulator.pageMarkdown(doc.pageId ?? '');
    const local = gfmBlocks(doc.text).map((b) => b.key);
    const remote = notionBlocks(rendered).map((b) => b.key);
    const at = local.findIndex((key, i) => key !== remote[i]);
    if (at !== -1 || local.length !== remote.length) {
      doc.failures.zero = `unit ${at === -1 ? local.length : at}: ${JSON.stringify(local[at] ?? '').slice(0, 160)} ≠ ${JSON.stringify(remote[at] ?? '').slice(0, 160)}`;
      continue;
    }
    const merged = applyNotionEditToGfm(doc.text, gfmToNotion(doc.text).markdown, rendered);
    if (merged.gfm !== doc.text) doc.failures.zero = 'the merge changed bytes';
  }

  // 2. A teammate edits one paragraph in Notion: the pull is a one-hunk diff.
  const notionEdited = new Map<Doc, number>();
  for (const doc of live) {
    const rendered = emulator.pageMarkdown(doc.pageId ?? '');
    const candidates = paragraphs(rendered);
    const chosen = candidates[Math.floor(candidates.length / 2)];
    if (chosen === undefined) continue;
    doc.measured.add('hunk');
    notionEdited.set(doc, chosen.index);
    await teammate(doc, 'hunk', chosen.text, `${chosen.text} Edited in Notion.`);
  }
  const first = await cli('pull');
  for (const doc of notionEdited.keys()) {
    const action = first.artifacts.find((a) => a.idseId === `corpus::${doc.session}::spec`);
    const diff = git('diff', '--unified=0', '--', path(doc));
    const hunks = diff.split('\n').filter((line) => line.startsWith('@@')).length;
    const text = readFileSync(join(work.dir, path(doc)), 'utf8');
    if (doc.failures.hunk !== undefined) continue;
    if (action?.action !== 'pulled') doc.failures.hunk = `${action?.action}: ${action?.reason}`;
    else if (hunks !== 1) doc.failures.hunk = `${hunks} hunks:\n${diff.slice(0, 1500)}`;
    else if (text.split('Edited in Notion.').length !== 2) doc.failures.hunk = 'edit not once';
  }
  git('add', '-A');
  git('commit', '--quiet', '-m', 'pulled');

  // 3. Different paragraphs edited on both sides: merged, no conflict, both edits there once.
  const both: Doc[] = [];
  for (const doc of live) {
    const file = join(work.dir, path(doc));
    const text = readFileSync(file, 'utf8');
    const rendered = emulator.pageMarkdown(doc.pageId ?? '');
    const remote = paragraphs(rendered);
    const localUnits = gfmBlocks(text);
    const target = remote[0];
    const mine = [...localUnits.keys()]
      .filter(
        (i) =>
          localUnits[i]?.kind === 'paragraph' && (target ? Math.abs(i - target.index) > 1 : false),
      )
      .pop();
    if (target === undefined || mine === undefined) continue;
    doc.measured.add('merge');
    both.push(doc);
    const unit = localUnits[mine];
    if (!unit) continue;
    writeFileSync(file, `${text.slice(0, unit.end)} Edited locally.${text.slice(unit.end)}`);
    await teammate(doc, 'merge', target.text, `${target.text} Edited in Notion again.`);
  }
  const second = await cli('pull');
  for (const doc of both) {
    const action = second.artifacts.find((a) => a.idseId === `corpus::${doc.session}::spec`);
    const text = readFileSync(join(work.dir, path(doc)), 'utf8');
    if (doc.failures.merge !== undefined) continue;
    if (action?.action !== 'pulled') doc.failures.merge = `${action?.action}: ${action?.reason}`;
    else if (
      text.split('Edited locally.').length !== 2 ||
      text.split('Edited in Notion again.').length !== 2
    )
      doc.failures.merge = 'an edit is missing or doubled';
  }

  git('add', '-A');
  git('commit', '--quiet', '-m', 'merged');

  // 4. One line inside a code block edited in Notion: a one-line diff, the fence kept.
  const coded: Doc[] = [];
  for (const doc of live) {
    const rendered = emulator.pageMarkdown(doc.pageId ?? '');
    const line = codeLine(rendered, readFileSync(join(work.dir, path(doc)), 'utf8'));
    if (line === undefined) continue;
    doc.measured.add('code');
    coded.push(doc);
    await teammate(doc, 'code', line, `${line} // edited in Notion`);
  }
  const third = await cli('pull');
  for (const doc of coded) {
    if (doc.failures.code !== undefined) continue;
    const action = third.artifacts.find((a) => a.idseId === `corpus::${doc.session}::spec`);
    const changed = git('diff', '--unified=0', '--', path(doc))
      .split('\n')
      .filter((l) => /^[-+]/.test(l) && !/^(---|\+\+\+) /.test(l));
    if (action?.action !== 'pulled') doc.failures.code = `${action?.action}: ${action?.reason}`;
    else if (changed.length !== 2 || !changed[1]?.endsWith('// edited in Notion'))
      doc.failures.code = `diff:\n${changed.join('\n').slice(0, 1500)}`;
  }

  report(docs);
} finally {
  await emulator.close();
  work.cleanup();
  tmp.cleanup();
}

/** The teammate's edit in Notion; a refused edit is the document's failure. */
async function teammate(doc: Doc, measure: Measure, from: string, to: string) {
  // Once more after a failure: the editor's idle keep-alive connection may have been closed.
  for (let attempt = 1; ; attempt += 1) {
    try {
      await updateContent(editor, doc.pageId ?? '', [{ old_str: from, new_str: to }]);
      return;
    } catch (error) {
      if (attempt < 2) continue;
      doc.failures[measure] = `the edit in Notion failed: ${String(error).slice(0, 200)}`;
      return;
    }
  }
}

/** npm pack the packages into the temp folder and read every markdown file they ship. */
function gather(): Doc[] {
  execFileSync('npm', ['pack', ...PACKAGES, '--silent', '--pack-destination', tmp.dir], {
    cwd: tmp.dir,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const docs: Doc[] = [];
  for (const tarball of readdirSync(tmp.dir)
    .filter((f) => f.endsWith('.tgz'))
    .sort()) {
    const into = join(tmp.dir, tarball.replace(/\.tgz$/, ''));
    execFileSync('mkdir', ['-p', into]);
    execFileSync('tar', ['xzf', join(tmp.dir, tarball), '-C', into]);
    for (const file of walk(into)) {
      const text = readFileSync(file, 'utf8');
      if (text.trim() === '') continue;
      docs.push({
        name: `${tarball.replace(/\.tgz$/, '')}/${relative(join(into, 'package'), file)}`,
        session: `doc-${String(docs.length).padStart(3, '0')}`,
        text,
        warnings: [],
        failures: {},
        measured: new Set(),
      });
    }
  }
  return docs;
}

function walk(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((entry) => {
      const full = join(dir, entry);
      if (statSync(full).isDirectory()) return walk(full);
      return /\.(md|markdown)$/i.test(entry) ? [full] : [];
    });
}

/** Paragraphs of Notion's markdown that an edit can find: one line, unique in the page. */
function paragraphs(v2: string): { index: number; text: string }[] {
  return notionBlocks(v2)
    .map((block, index) => ({ index, block }))
    .filter(
      ({ block }) =>
        block.kind === 'paragraph' &&
        !block.text.includes('\n') &&
        !block.text.startsWith('<') &&
        block.text.length >= 20 &&
        v2.split(block.text).length === 2,
    )
    .map(({ index, block }) => ({ index, text: block.text }));
}

/**
 * A line inside a code block of Notion's markdown that is unique in the page and a code block of
 * the file too (not an HTML block, which Notion holds as html code), if any.
 */
function codeLine(v2: string, gfm: string): string | undefined {
  const fenced = gfmBlocks(gfm)
    .filter((block) => block.kind === 'code' && /^(`{3,}|~{3,})/.test(block.text))
    .map((block) => block.text);
  for (const block of notionBlocks(v2)) {
    if (block.kind !== 'code') continue;
    const lines = block.text.split('\n').slice(1, -1);
    const line = lines.find(
      (l) =>
        l.trim().length >= 8 &&
        !/^\s*[`~]{3}/.test(l) &&
        v2.split(l).length === 2 &&
        fenced.some((text) => text.includes(l)),
    );
    if (line !== undefined) return line;
  }
  return undefined;
}

function report(docs: Doc[]): void {
  const pushedDocs = docs.filter((d) => d.pushFailure === undefined);
  console.log('| Measure | Documents measured | Pass | Rate |');
  console.log('| --- | --- | --- | --- |');
  console.log(
    `| pushed | ${docs.length} | ${pushedDocs.length} | ${pct(pushedDocs.length, docs.length)} |`,
  );
  const labels = {
    zero: 'zero-edit pull byte-identical',
    hunk: 'one-paragraph Notion edit → one-hunk diff',
    merge: 'both sides edited in different places → merged, no conflict',
    code: 'one code-block line edited in Notion → one-line diff, fence kept',
  } as const;
  for (const key of ['zero', 'hunk', 'merge', 'code'] as const) {
    const measured = docs.filter((d) => d.measured.has(key));
    const pass = measured.filter((d) => d.failures[key] === undefined);
    console.log(
      `| ${labels[key]} | ${measured.length} | ${pass.length} | ${pct(pass.length, measured.length)} |`,
    );
  }
  const failing = docs.filter(
    (d) => d.pushFailure !== undefined || Object.keys(d.failures).length > 0,
  );
  if (failing.length === 0) return;
  console.log('\nFailing documents:');
  for (const doc of failing) {
    const parts = [
      ...(doc.pushFailure ? [`push: ${doc.pushFailure}`] : []),
      ...Object.entries(doc.failures).map(([k, v]) => `${k}: ${LIST ? v : v.split('\n')[0]}`),
    ];
    console.log(`- ${doc.name}: ${parts.join('; ')}`);
    if (LIST && doc.warnings.length > 0) console.log(`  warnings: ${doc.warnings.join(' | ')}`);
  }
}

function pct(n: number, of: number): string {
  return of === 0 ? '–' : `${((100 * n) / of).toFixed(1)} %`;
}
