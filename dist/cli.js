#!/usr/bin/env node
import { createRequire as __idseCreateRequire } from 'node:module'; const require = __idseCreateRequire(import.meta.url);
import {
  nodeVersionProblem
} from "./chunks/chunk-5YDCA247.js";
import {
  useSqliteBindingFor
} from "./chunks/chunk-5VFEWQG6.js";
import "./chunks/chunk-6FVV7MT4.js";

// src/cli/main.ts
var problem = nodeVersionProblem(process.version);
if (problem !== void 0) {
  process.stderr.write(`${problem}
`);
  process.exitCode = 2;
} else {
  useSqliteBindingFor(import.meta.url);
  const { runCli } = await import("./chunks/program-FLSLPF3X.js");
  const cancel = new AbortController();
  const onSignal = (signal) => {
    if (cancel.signal.aborted) process.exit(130);
    process.stderr.write(
      `idse-sync: ${signal} received; finishing the writes under way (${signal} again to stop at once)
`
    );
    cancel.abort();
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  const code = await runCli(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    cwd: process.cwd(),
    env: process.env,
    isTTY: Boolean(process.stdout.isTTY),
    signal: cancel.signal
  });
  process.exitCode = cancel.signal.aborted && code === 0 ? 130 : code;
}
