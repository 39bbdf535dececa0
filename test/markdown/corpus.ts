/** The documents the markdown tests run over: the corpus, the IDSE fixture artifacts, generated ones. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { HAS_SHARED_FIXTURES, REPO_ROOT, SHARED_FIXTURES } from '../helpers/fixtures.js';
import { generateDocument } from './generator.js';

export interface Doc {
  name: string;
  text: string;
}

export const CORPUS_DIR = join(REPO_ROOT, 'test/markdown-corpus');

export function corpusDocs(): Doc[] {
  return readdirSync(CORPUS_DIR)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(CORPUS_DIR, name), 'utf8') }));
}

/** Every markdown file of the `head` fixture's projects (empty when ../shared is absent). */
export function fixtureDocs(): Doc[] {
  if (!HAS_SHARED_FIXTURES) return [];
  const root = join(SHARED_FIXTURES, 'head/.idse/projects');
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.md')) files.push(path);
    }
  };
  walk(root);
  return files
    .sort()
    .map((path) => ({ name: relative(root, path), text: readFileSync(path, 'utf8') }));
}

export const GENERATED_COUNT = 60;

export function generatedDocs(count = GENERATED_COUNT): Doc[] {
  return Array.from({ length: count }, (_, seed) => ({
    name: `generated #${seed}`,
    text: generateDocument(seed),
  }));
}

export function allDocs(): Doc[] {
  return [...corpusDocs(), ...fixtureDocs(), ...generatedDocs()];
}
