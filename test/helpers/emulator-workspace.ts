import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { startEmulator, type Emulator, type EmulatorOptions } from '../notion-emulator/index.js';
import { makeTempDir } from './fixtures.js';

// The setup most end-to-end test files share: one emulator for the file, emptied before each
// test, and a fresh temporary folder per test for the workspace. Each file keeps its own
// variables (its tests read `emulator` and `workspace.dir`); these hooks fill them.

/** A temporary folder and the way to remove it. */
export interface TempDir {
  dir: string;
  cleanup: () => void;
}

/**
 * Starts one emulator before the file's tests (closed after them) and resets it before each
 * test; `bind` receives it once started, before any `beforeAll` registered after this call.
 */
export function useEmulator(bind: (emulator: Emulator) => void, options?: EmulatorOptions): void {
  let emulator: Emulator | undefined;
  beforeAll(async () => {
    emulator = await startEmulator(options);
    bind(emulator);
  });
  afterAll(async () => emulator?.close());
  beforeEach(() => emulator?.reset());
}

/** A fresh temporary folder for each test (removed after it), given to `bind` before it runs. */
export function useWorkspace(bind: (workspace: TempDir) => void, prefix?: string): void {
  let workspace: TempDir | undefined;
  beforeEach(() => {
    workspace = makeTempDir(prefix);
    bind(workspace);
  });
  afterEach(() => workspace?.cleanup());
}
