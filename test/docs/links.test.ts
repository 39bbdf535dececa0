// The documentation points only at what the repository has: every relative link in its markdown
// files names an existing file, and an anchor one of that file's headings (as GitHub spells it);
// every repository path the user documents name in code (`docs/cli.md`, `hooks/post-commit`)
// exists. A moved section or a renamed file then fails here, not in a reader's browser.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import type { Heading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/fixtures.js';

/**
 * Markdown the repository writes for its readers. Fixtures and corpora are content, not docs, and
 * the emulator's CONFORMANCE.md quotes Notion's pages, their syntax examples (`[text](URL)`) too.
 */
function documentationFiles(): string[] {
  const out = execFileSync(
    'git',
    ['ls-files', '-z', '--cached', '--others', '--exclude-standard'],
    {
      cwd: REPO_ROOT,
      encoding: 'utf8',
    },
  );
  return out
    .split('\0')
    .filter((path) => path.endsWith('.md') && existsSync(join(REPO_ROOT, path)))
    .filter((path) => !/^(dist|examples\/sample|test\/markdown-corpus|node_modules)\//.test(path))
    .filter((path) => path !== 'test/notion-emulator/CONFORMANCE.md');
}

/** The files whose code spans are read as repository paths: what a user or contributor reads. */
const USER_DOCS = /^(README|CONTRIBUTING|ARCHITECTURE|SECURITY)\.md$|^docs\//;

const parser = unified().use(remarkParse).use(remarkGfm);
const trees = new Map<string, Root>();
function tree(path: string): Root {
  let parsed = trees.get(path);
  if (parsed === undefined) {
    parsed = parser.parse(readFileSync(join(REPO_ROOT, path), 'utf8'));
    trees.set(path, parsed);
  }
  return parsed;
}

/** GitHub's heading anchor: lower case, punctuation dropped, spaces to dashes, repeats numbered. */
function anchorsOf(root: Root): Set<string> {
  const seen = new Map<string, number>();
  const anchors = new Set<string>();
  visit(root, 'heading', (heading: Heading) => {
    const base = toString(heading)
      .trim()
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, '')
      .replace(/ /g, '-');
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    anchors.add(count === 0 ? base : `${base}-${count}`);
  });
  return anchors;
}

/** Relative link targets of a markdown file (links, images, definitions; code is not a link). */
function relativeLinks(root: Root): string[] {
  const urls: string[] = [];
  visit(root, (node) => {
    if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
      urls.push(node.url);
    }
  });
  // A scheme (https:, mailto:) leaves the repository; a leading `/` in a quoted Notion page is
  // relative to developers.notion.com, not to this repository.
  return urls.filter((url) => url !== '' && !/^[a-z][a-z+.-]*:/i.test(url) && !url.startsWith('/'));
}

/** What is wrong with one link from `from`, or undefined when it resolves. */
function brokenLink(from: string, url: string): string | undefined {
  const [pathPart = '', anchor] = url.split('#', 2);
  const target = pathPart === '' ? from : normalize(join(dirname(from), decodeURI(pathPart)));
  if (target.startsWith('..')) return `${url}: outside the repository`;
  const absolute = join(REPO_ROOT, target);
  if (!existsSync(absolute)) return `${url}: no file ${target}`;
  if (anchor === undefined || anchor === '') return undefined;
  if (statSync(absolute).isDirectory() || !target.endsWith('.md')) {
    return `${url}: an anchor into a file that has no headings`;
  }
  return anchorsOf(tree(target)).has(anchor) ? undefined : `${url}: no heading #${anchor}`;
}

const files = documentationFiles();

describe('links in the documentation', () => {
  it('reads the files a reader starts from', () => {
    for (const path of [
      'README.md',
      'ARCHITECTURE.md',
      'CONTRIBUTING.md',
      'docs/cli.md',
      'docs/action.md',
      'docs/configuration.md',
      'docs/markdown.md',
      'docs/troubleshooting.md',
      'docs/releasing.md',
    ]) {
      expect(files).toContain(path);
    }
  });

  it('every relative link names an existing file, and a heading it has', () => {
    const broken: string[] = [];
    let links = 0;
    for (const path of files) {
      for (const url of relativeLinks(tree(path))) {
        links++;
        const problem = brokenLink(path, url);
        if (problem !== undefined) broken.push(`${path}: ${problem}`);
      }
    }
    expect(broken).toEqual([]);
    expect(links).toBeGreaterThan(30);
  });

  it('every repository path named in code in the user documentation exists', () => {
    const missing: string[] = [];
    let named = 0;
    for (const path of files.filter((file) => USER_DOCS.test(file))) {
      visit(tree(path), 'inlineCode', (code: { value: string }) => {
        const match = /^(?:src|test|bench|scripts|hooks|examples|docs|bin|dist)\/[\w./-]*$/.exec(
          code.value,
        );
        if (match === null) return;
        named++;
        if (!existsSync(join(REPO_ROOT, code.value))) missing.push(`${path}: ${code.value}`);
      });
    }
    expect(missing).toEqual([]);
    expect(named).toBeGreaterThan(20);
  });

  it('the checks see a broken link and a missing heading', () => {
    expect(brokenLink('README.md', 'docs/cli.md#exit-codes')).toBeUndefined();
    expect(brokenLink('docs/cli.md', '../README.md#how-a-push-decides')).toBeUndefined();
    expect(brokenLink('docs/cli.md', '#commands')).toBeUndefined();
    expect(brokenLink('README.md', 'docs/nowhere.md')).toMatch(/no file docs\/nowhere\.md/);
    expect(brokenLink('README.md', 'docs/cli.md#nowhere')).toMatch(/no heading #nowhere/);
    expect(brokenLink('docs/cli.md', '../../outside.md')).toMatch(/outside the repository/);
  });

  it('spells anchors as GitHub does', () => {
    const anchors = anchorsOf(
      parser.parse(
        "# The database's properties\n## `resolve <idse_id>`\n## Exit codes\n## Exit codes\n",
      ),
    );
    expect([...anchors]).toEqual([
      'the-databases-properties',
      'resolve-idse_id',
      'exit-codes',
      'exit-codes-1',
    ]);
  });
});
