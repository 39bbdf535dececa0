// Runs vitest N times (optionally several suites at once, as a loaded CI machine does) and lists
// every test that failed at least once. Usage:
//   npm run flakes -- [--runs N] [--parallel P] [vitest file filters...]
// Each run writes its own JSON report under .vitest/flakes/; the summary goes to stdout and to
// .vitest/flakes/summary.json. Exit 1 when any test failed in any run.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

interface Report {
  numPassedTests: number;
  numFailedTests: number;
  testResults: { name: string; assertionResults: { fullName: string; status: string }[] }[];
}

function option(args: string[], name: string, fallback: number): number {
  const at = args.indexOf(name);
  if (at === -1) return fallback;
  const value = Number(args[at + 1]);
  args.splice(at, 2);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} needs a positive integer`);
  return value;
}

const args = process.argv.slice(2);
const runs = option(args, '--runs', 3);
const parallel = option(args, '--parallel', 1);
const filters = args;
const out = join('.vitest', 'flakes');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

function runOnce(index: number): Promise<{ index: number; report?: Report; seconds: number }> {
  const file = join(out, `run-${index}.json`);
  const started = Date.now();
  return new Promise((done) => {
    const child = spawn(
      'npx',
      [
        'vitest',
        'run',
        '--reporter=dot',
        '--reporter=json',
        `--outputFile.json=${file}`,
        ...filters,
      ],
      { stdio: ['ignore', 'ignore', 'inherit'], env: process.env },
    );
    child.on('close', () => {
      const seconds = (Date.now() - started) / 1000;
      try {
        done({ index, report: JSON.parse(readFileSync(file, 'utf8')) as Report, seconds });
      } catch {
        done({ index, seconds });
      }
    });
  });
}

const results: Awaited<ReturnType<typeof runOnce>>[] = [];
for (let next = 0; next < runs; next += parallel) {
  const batch = Array.from({ length: Math.min(parallel, runs - next) }, (_, i) =>
    runOnce(next + i),
  );
  for (const result of await Promise.all(batch)) {
    results.push(result);
    const r = result.report;
    console.log(
      r
        ? `run ${result.index + 1}: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${result.seconds.toFixed(0)} s${parallel > 1 ? ` (${parallel} suites at once)` : ''}`
        : `run ${result.index + 1}: no report (vitest crashed), ${result.seconds.toFixed(0)} s`,
    );
  }
}

const failures = new Map<string, number>();
for (const { report } of results) {
  for (const file of report?.testResults ?? []) {
    for (const test of file.assertionResults) {
      if (test.status !== 'failed') continue;
      const key = `${file.name.replace(`${process.cwd()}/`, '')} > ${test.fullName}`;
      failures.set(key, (failures.get(key) ?? 0) + 1);
    }
  }
}
const crashed = results.filter((r) => r.report === undefined).length;
writeFileSync(
  join(out, 'summary.json'),
  JSON.stringify(
    { runs, parallel, filters, crashed, failures: Object.fromEntries(failures) },
    null,
    2,
  ),
);
if (failures.size === 0 && crashed === 0) {
  console.log(`no test failed in ${runs} run(s)`);
} else {
  console.log(`tests that failed at least once (of ${runs} runs):`);
  for (const [name, count] of [...failures].sort((a, b) => b[1] - a[1])) {
    console.log(`  ${count}x ${name}`);
  }
  if (crashed > 0) console.log(`  ${crashed} run(s) produced no report`);
  process.exitCode = 1;
}
