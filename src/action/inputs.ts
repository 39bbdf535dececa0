import { IdseError } from '../errors.js';

/** What the action does; when the `mode` input is empty the event decides (see plan.ts). */
export type ActionMode = 'push' | 'pull' | 'preview';
export const ACTION_MODES: readonly ActionMode[] = ['push', 'pull', 'preview'];

/** The action's inputs (action.yml), parsed once and checked. */
export interface ActionInputs {
  /** Empty on a fork's pull request, where GitHub passes no secrets. */
  notionToken: string | undefined;
  notionDatabaseId: string | undefined;
  mode: ActionMode | undefined;
  /** The folder holding `.idse/`, relative to the checkout. */
  workspace: string;
  githubToken: string | undefined;
  comment: boolean;
  commit: boolean;
  dryRun: boolean;
  /** Notion requests per second (Notion allows an integration about 3). */
  rate: number;
}

/**
 * Reads every input through `read` (an input's value, '' when unset) and hands each secret
 * to `mask` before anything else can print it. Unknown modes and non-boolean switches are
 * refused by name; whether a missing token is an error depends on the event (see run.ts).
 */
export function parseInputs(
  read: (name: string) => string,
  mask: (secret: string) => void,
): ActionInputs {
  const text = (name: string): string | undefined => {
    const value = read(name).trim();
    return value === '' ? undefined : value;
  };
  const notionToken = text('notion-token');
  if (notionToken !== undefined) mask(notionToken);
  const githubToken = text('github-token');
  if (githubToken !== undefined) mask(githubToken);
  return {
    notionToken,
    notionDatabaseId: text('notion-database-id'),
    mode: parseMode(text('mode')),
    workspace: text('workspace') ?? '.',
    githubToken,
    comment: parseSwitch('comment', text('comment'), true),
    commit: parseSwitch('commit', text('commit'), true),
    dryRun: parseSwitch('dry-run', text('dry-run'), false),
    rate: parseRate(text('rate')),
  };
}

function parseMode(value: string | undefined): ActionMode | undefined {
  if (value === undefined) return undefined;
  const mode = ACTION_MODES.find((m) => m === value.toLowerCase());
  if (mode === undefined) {
    throw new IdseError(
      'usage',
      `Unknown mode ${JSON.stringify(value)}: the mode input is push, pull or preview.`,
      'Set `mode: push`, `mode: pull` or `mode: preview`, or leave it out to follow the event.',
    );
  }
  return mode;
}

// The YAML 1.2 core schema's booleans, as @actions/core's getBooleanInput reads them.
const TRUE_WORDS = ['true', 'True', 'TRUE'];
const FALSE_WORDS = ['false', 'False', 'FALSE'];

function parseSwitch(name: string, value: string | undefined, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  if (TRUE_WORDS.includes(value)) return true;
  if (FALSE_WORDS.includes(value)) return false;
  throw new IdseError(
    'usage',
    `The ${name} input must be true or false, not ${JSON.stringify(value)}.`,
    `Set \`${name}: true\` or \`${name}: false\`.`,
  );
}

function parseRate(value: string | undefined): number {
  if (value === undefined) return 3;
  const rate = Number(value);
  if (!Number.isFinite(rate) || rate <= 0) {
    throw new IdseError(
      'usage',
      `The rate input must be a positive number of Notion requests per second, not ${JSON.stringify(value)}.`,
      'Leave it out (3 per second, what Notion allows an integration), or set e.g. `rate: 2`.',
    );
  }
  return rate;
}
