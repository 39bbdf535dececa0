import { createRequire as __idseCreateRequire } from 'node:module'; const require = __idseCreateRequire(import.meta.url);
import {
  nodeVersionProblem
} from "./chunks/chunk-5YDCA247.js";
import {
  useSqliteBindingFor
} from "./chunks/chunk-5VFEWQG6.js";
import "./chunks/chunk-6FVV7MT4.js";

// src/action/main.ts
var problem = nodeVersionProblem(process.version);
if (problem !== void 0) {
  process.stdout.write(`::error::${problem}
`);
  process.exitCode = 1;
} else {
  if (useSqliteBindingFor(import.meta.url) === void 0) {
    process.stdout.write(
      `::error::idse-sync has no SQLite binary for ${process.platform}-${process.arch} (it ships linux-x64 and linux-arm64 for glibc). Run the job on a GitHub-hosted Linux runner (ubuntu-latest or ubuntu-24.04-arm), not in an Alpine container.
`
    );
    process.exitCode = 1;
  } else {
    const { runOnRunner } = await import("./chunks/runner-H7UV7NDW.js");
    await runOnRunner();
  }
}
