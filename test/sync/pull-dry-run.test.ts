import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../helpers/fixtures.js';
import { emulatorClient } from '../notion-emulator/client.js';
import { createPage } from '../notion-emulator/harness.js';
import { startEmulator, type Emulator } from '../notion-emulator/index.js';
import { editorUpdate, idseFiles, pull } from './pull-helpers.js';
import { pageOf, push, writeWorkspace, writes } from './push-helpers.js';

const FILES = {
  intent: '# Search\n\nFind notes fast.\n',
  spec: '# Spec\n\nQueries return in rank order.\n',
  plan: '# Plan\n\n1. Index\n2. Query\n',
};

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(async () => emulator.close());

describe('pull --dry-run', () => {
  it('writes nothing (files, spine bytes, Notion) and predicts the real run', async () => {
    const workspace = makeTempDir();
    try {
      writeWorkspace(workspace.dir, 'acme', [{ id: 'search', files: FILES }]);
      await push(emulator, workspace.dir);
      const editor = emulatorClient(emulator, { as: 'editor' });
      // An edit to pull, a conflict, a page made in Notion, a relation edit.
      await editorUpdate(emulator, pageOf(emulator, 'search', 'Intent').id, [
        { old_str: 'Find notes fast.', new_str: 'Find notes faster.' },
      ]);
      await editorUpdate(emulator, pageOf(emulator, 'search', 'Specification').id, [
        { old_str: 'rank order', new_str: 'score order' },
      ]);
      writeFileSync(
        join(workspace.dir, '.idse/projects/acme/sessions/search/specs/spec.md'),
        FILES.spec.replace('rank order', 'date order'),
      );
      await createPage(editor, emulator.dataSourceId, {
        properties: {
          Title: { title: [{ text: { content: 'Intent – billing' } }] },
          Stage: { select: { name: 'Intent' } },
          Session: { rich_text: [{ text: { content: 'billing' } }] },
        },
        markdown: '# Billing\n\nPer seat.',
      });
      await editor.pages.update({
        page_id: pageOf(emulator, 'search', 'Plan').id,
        properties: {
          'Upstream Artifact': { relation: [{ id: pageOf(emulator, 'search', 'Intent').id }] },
        },
      });
      const files = idseFiles(workspace.dir);
      const spine = readFileSync(join(workspace.dir, '.idse', 'idse.db'));
      emulator.clearLog();

      const dry = await pull(emulator, workspace.dir, ['--dry-run']);
      expect(dry.stderr).toBe('');
      expect(dry.code).toBe(3);
      expect(dry.report?.dryRun).toBe(true);
      expect(writes(emulator.log())).toEqual([]);
      expect(idseFiles(workspace.dir)).toEqual(files);
      expect(readFileSync(join(workspace.dir, '.idse', 'idse.db')).equals(spine)).toBe(true);

      const real = await pull(emulator, workspace.dir);
      expect(real.code).toBe(3);
      expect(dry.report?.counts).toEqual(real.report?.counts);
      expect(dry.report?.counts).toMatchObject({ pulled: 2, conflicts: 1 });
      const actions = (run: typeof dry) =>
        run.report?.artifacts.map((a) => `${a.idseId} ${a.action}`);
      expect(actions(dry)).toEqual(actions(real));
      expect(dry.report?.warnings).toContain(
        'acme::search::plan: upstream artifacts updated from Notion',
      );
      expect(idseFiles(workspace.dir)).not.toEqual(files);
    } finally {
      workspace.cleanup();
    }
  });
});
