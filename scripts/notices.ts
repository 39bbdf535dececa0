// The notices of the third-party code esbuild put into dist/: for each bundled package, its
// name, version, license and license text, from its own package folder. Written beside the
// bundle (dist/THIRD-PARTY-NOTICES.md), so check-dist keeps it current with the bundle.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';

interface Manifest {
  name: string;
  version: string;
  license?: string | { type?: string };
}

/** Package folders under node_modules that the bundle's inputs come from. */
export function bundledPackages(inputs: readonly string[]): string[] {
  const folders = new Set<string>();
  for (const input of inputs) {
    const parts = input.split(/[\\/]/);
    const at = parts.lastIndexOf('node_modules');
    if (at === -1) continue;
    const name = parts[at + 1]?.startsWith('@') ? parts.slice(at + 1, at + 3) : [parts[at + 1]];
    folders.add([...parts.slice(0, at + 1), ...name].join(sep));
  }
  return [...folders].sort();
}

export function noticesOf(
  packageFolders: readonly string[],
  extra: readonly string[] = [],
): string {
  const sections = [...packageFolders, ...extra]
    .map((folder) => {
      const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as Manifest;
      const license =
        typeof manifest.license === 'string'
          ? manifest.license
          : (manifest.license?.type ?? 'see text');
      const file = readdirSync(folder).find((name) => /^(licen[cs]e|copying)(\.|$)/i.test(name));
      const text =
        file === undefined
          ? '(no license file in the package)'
          : readFileSync(join(folder, file), 'utf8').trim();
      return { id: `${manifest.name}@${manifest.version}`, license, text };
    })
    .filter((section, i, all) => all.findIndex((s) => s.id === section.id) === i)
    .sort((a, b) => a.id.localeCompare(b.id));
  return [
    '# Third-party notices',
    '',
    "dist/ bundles the following packages (and better-sqlite3's prebuilt SQLite binaries in",
    'dist/native/). Each keeps its own license, reproduced here.',
    '',
    ...sections.flatMap((s) => [`## ${s.id} (${s.license})`, '', '```text', s.text, '```', '']),
  ].join('\n');
}

/** The package folder holding `file`, by walking up to its package.json. */
export function packageFolderOf(file: string): string {
  let dir = dirname(file);
  while (!existsSync(join(dir, 'package.json'))) dir = dirname(dir);
  return dir;
}
