#!/usr/bin/env node
import { createRequire as __idseCreateRequire } from 'node:module'; const require = __idseCreateRequire(import.meta.url);
import {
  nodeVersionProblem
} from "./chunks/chunk-5YDCA247.js";
import {
  useSqliteBindingFor
} from "./chunks/chunk-GVX52ZB2.js";
import "./chunks/chunk-6FVV7MT4.js";

// src/cli/main.ts
var problem = nodeVersionProblem(process.version);
if (problem !== void 0) {
  process.stderr.write(`${problem}
`);
  process.exitCode = 2;
} else {
  useSqliteBindingFor(import.meta.url);
  const { runCli } = await import("./chunks/program-6XTNOBNQ.js");
  process.exitCode = await runCli(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    cwd: process.cwd(),
    env: process.env,
    isTTY: Boolean(process.stdout.isTTY)
  });
}
