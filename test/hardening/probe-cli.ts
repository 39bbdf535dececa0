// Run as a child process by crash-writes.test.ts: `idse-sync <args>` from the source, with a
// write probe that SIGKILLs this process at its argv[2]-th call (0: never). Every call is
// appended to the file argv[3] as "<n> <point>", so a clean run lists the points to sweep.
import { appendFileSync } from 'node:fs';
import { runCli } from '../../src/cli/program.js';

const [killAt, pointsFile, ...args] = process.argv.slice(2);
let calls = 0;
process.exitCode = await runCli(args, {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  env: process.env,
  isTTY: false,
  probe: (point) => {
    calls++;
    appendFileSync(pointsFile as string, `${calls} ${point}\n`);
    if (calls === Number(killAt)) process.kill(process.pid, 'SIGKILL');
  },
});
