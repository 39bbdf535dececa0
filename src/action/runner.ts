import { VERSION } from '../version.js';
import * as core from '@actions/core';
import { isIdseError } from '../errors.js';
import { redactSecrets } from '../notion/redact.js';
import { readGitHubContext } from './context.js';
import { connectGitHub } from './github-api.js';
import { parseInputs } from './inputs.js';
import { runAction, type ActionIo } from './run.js';

/** Runs the action in a GitHub runner's environment, reporting through @actions/core. */
export async function runOnRunner(): Promise<void> {
  const env = process.env;
  let inputs;
  try {
    inputs = parseInputs((name) => core.getInput(name), core.setSecret);
  } catch (error) {
    // The only values read so far are the inputs themselves: keep any token out regardless.
    const secrets = [core.getInput('notion-token'), core.getInput('github-token')];
    const text = isIdseError(error)
      ? `${error.message} ${error.fix}`
      : `internal error: ${error instanceof Error ? error.message : String(error)}`;
    core.setFailed(redactSecrets(text, secrets));
    return;
  }
  const io: ActionIo = {
    info: (message) => core.info(message),
    notice: (message) => core.notice(message),
    warning: (message, place) => core.warning(message, place ?? {}),
    error: (message, place) => core.error(message, place ?? {}),
    setOutput: (name, value) => core.setOutput(name, value),
    setFailed: (message) => core.setFailed(message),
    summary: async (markdown) => {
      await core.summary.addRaw(markdown, true).write();
    },
  };
  let context;
  try {
    context = readGitHubContext(env, process.cwd());
  } catch (error) {
    core.setFailed(isIdseError(error) ? `${error.message} ${error.fix}` : String(error));
    return;
  }
  core.info(`idse-sync ${VERSION}`);
  const notionBaseUrl = env['NOTION_BASE_URL']?.trim();
  // GitHub cancels a job with SIGINT, then SIGKILL after a grace period: stop starting writes,
  // let those under way finish and report them, and fail the step.
  const cancel = new AbortController();
  const onSignal = (signal: NodeJS.Signals) => {
    if (cancel.signal.aborted) process.exit(130);
    core.info(`${signal} received: finishing the writes under way, then stopping`);
    cancel.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  await runAction({
    inputs,
    context,
    io,
    connectGitHub,
    signal: cancel.signal,
    ...(notionBaseUrl ? { notionBaseUrl } : {}),
    environmentSecrets: [env['NOTION_TOKEN'], env['GITHUB_TOKEN'], env['GH_TOKEN']],
  });
  if (cancel.signal.aborted)
    core.setFailed('The job was cancelled; the report lists what was done.');
}
