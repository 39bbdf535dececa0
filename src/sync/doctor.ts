import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { nodeVersionProblem } from '../node-version.js';
import { isIdseError, type IdseError } from '../errors.js';
import type { NotionApiHost } from '../notion/api-host.js';
import { describeNotionError } from '../notion/notion-errors.js';
import type { DatabaseSchema, NotionSchemaAdmin } from '../notion/schema-admin.js';
import { PROPERTIES } from '../notion/schema-map.js';
import { redactSecrets } from '../notion/redact.js';
import { ArtifactDatabase } from '../spine/index.js';
import { readNotionConfig } from '../workspace/config.js';
import type { WorkspaceLayout } from '../workspace/layout.js';
import { apiHostCheck } from './doctor-host.js';
import { configuredDatabases } from './init.js';
import { emptyCounts, type DoctorCheck, type SyncReport } from './report.js';
import {
  STATUS_OPTIONS,
  reviewSchema,
  type PropertyKey,
  type SchemaReview,
} from './schema-review.js';
import type { NotionTargets } from './targets.js';

/** How to reach Notion once flags, environment and config files are merged. */
export interface NotionAccess {
  token: string;
  baseUrl?: string;
  targets: NotionTargets;
}

/** What `doctor` looks at; the CLI gathers it, tests pass their own. */
export interface DoctorInputs {
  /** Like `process.version`. */
  nodeVersion: string;
  /** The workspace, or the error that says why none was found. */
  workspace: WorkspaceLayout | IdseError;
  /** `~/.idseconfig.json`, when there is a home folder. */
  userConfigPath?: string;
  /** Merges environment and config files (throws IdseError, e.g. `token-missing`). */
  resolveSettings(layout: WorkspaceLayout | undefined): NotionAccess;
  /** The API host from the environment or the home config (throws IdseError when invalid). */
  apiHost(): NotionApiHost;
  /** One paced, counted connection for the token. */
  connect(access: NotionAccess): { admin: NotionSchemaAdmin; requestCount(): number };
}

/**
 * Runs every check it can and reports each as ok, warn, fail or skip (a check it depends on
 * failed). Nothing is written anywhere; the token appears in no message.
 */
export async function runDoctor(inputs: DoctorInputs): Promise<SyncReport> {
  const checks: DoctorCheck[] = [];
  const add = (check: DoctorCheck) => checks.push(check);
  const nodeProblem = nodeVersionProblem(inputs.nodeVersion);
  add(
    nodeProblem === undefined
      ? { name: 'Node.js version', status: 'ok', message: `${inputs.nodeVersion} (needs 22.14+)` }
      : {
          name: 'Node.js version',
          status: 'fail',
          message: nodeProblem,
          fix: 'Install Node.js 22.14+ or 24 LTS.',
        },
  );
  const layout = isIdseError(inputs.workspace) ? undefined : inputs.workspace;
  add(
    layout !== undefined
      ? { name: 'workspace', status: 'ok', message: `found at ${layout.root}` }
      : failure('workspace', inputs.workspace),
  );
  add(spineCheck(layout));
  const configs = configCheck(layout, inputs.userConfigPath);
  add(configs);
  const host = apiHostCheck(layout, () => inputs.apiHost());
  add(host.check);

  let access: NotionAccess | undefined;
  if (configs.status === 'fail') {
    add(skip('token present', 'the configuration files could not be read'));
  } else if (!host.usable) {
    add(skip('token present', 'the API host is not safe to send it to'));
  } else {
    try {
      access = inputs.resolveSettings(layout);
      add({ name: 'token present', status: 'ok', message: 'a Notion token is set (not shown)' });
    } catch (error) {
      add(failure('token present', error));
    }
  }

  let requestCount = () => 0;
  let accepted = false;
  if (access === undefined) add(skip('token accepted', 'no token'));
  else {
    const connection = inputs.connect(access);
    requestCount = connection.requestCount;
    const secrets = [access.token];
    try {
      const bot = await connection.admin.whoAmI();
      accepted = true;
      const name = bot.name !== null ? ` as "${bot.name}"` : '';
      add({ name: 'token accepted', status: 'ok', message: `Notion accepted the token${name}` });
    } catch (error) {
      add(failure('token accepted', error, secrets));
    }
    if (accepted) await databaseChecks(access, connection.admin, add);
  }
  if (!accepted) add(skip('database reachable', 'the token was not accepted'));

  return {
    command: 'doctor',
    dryRun: false,
    counts: emptyCounts(),
    artifacts: [],
    warnings: [],
    requests: requestCount(),
    checks: checks.map((check) => redactCheck(check, access ? [access.token] : [])),
  };
}

function spineCheck(layout: WorkspaceLayout | undefined): DoctorCheck {
  const name = 'spine';
  if (layout === undefined) return skip(name, 'no workspace');
  if (!existsSync(layout.spinePath)) {
    return {
      name,
      status: 'warn',
      message: `no spine yet (${layout.spinePath})`,
      fix: '`idse-sync migrate` creates it (the first push does too).',
    };
  }
  try {
    const db = ArtifactDatabase.openSnapshot(layout.spinePath, { migrate: false });
    try {
      const pending = db.pendingMigrations();
      if (pending.length === 0) return { name, status: 'ok', message: 'readable, up to date' };
      return {
        name,
        status: 'warn',
        message: `readable; ${pending.length} migration(s) pending: ${pending.map((m) => `${m.version} ${m.name}`).join(', ')}`,
        fix: '`idse-sync migrate` applies them, keeping a backup (the next push does too).',
      };
    } finally {
      db.close();
    }
  } catch (error) {
    return failure(name, error);
  }
}

function configCheck(layout: WorkspaceLayout | undefined, userPath: string | undefined) {
  const name = 'config files';
  const files: { path: string; allowToken: boolean }[] = [];
  if (layout !== undefined) {
    files.push({ path: join(layout.idseDir, '.idseconfig.json'), allowToken: false });
  }
  if (userPath !== undefined) files.push({ path: userPath, allowToken: true });
  const found: string[] = [];
  for (const file of files) {
    if (!existsSync(file.path)) continue;
    try {
      readNotionConfig(file.path, { allowToken: file.allowToken });
      found.push(file.allowToken ? `${file.path} valid` : `${file.path} valid, no token`);
    } catch (error) {
      return failure(name, error);
    }
  }
  const message = found.length > 0 ? found.join('; ') : 'none (settings come from the environment)';
  return { name, status: 'ok', message } satisfies DoctorCheck;
}

async function databaseChecks(
  access: NotionAccess,
  admin: NotionSchemaAdmin,
  add: (check: DoctorCheck) => void,
): Promise<void> {
  const targets = configuredDatabases(access.targets, undefined);
  if (targets.length === 0) {
    add({
      name: 'database reachable',
      status: 'fail',
      message: 'no Notion database is configured',
      fix: 'Run `idse-sync init --parent-page <page>` to create one, or set IDSE_NOTION_DATABASE_ID (or notion.database_id in .idse/.idseconfig.json).',
    });
    return;
  }
  for (const target of targets) {
    const suffix = targets.length > 1 ? ` [${target.project ?? target.databaseId}]` : '';
    const named = (check: DoctorCheck): DoctorCheck => ({ ...check, name: check.name + suffix });
    let schema: DatabaseSchema;
    try {
      schema = await admin.readDatabase(target.databaseId);
    } catch (error) {
      add(named(failure('database reachable', error, [access.token])));
      continue;
    }
    const title = schema.title ? `"${schema.title}" ` : '';
    add(
      named({
        name: 'database reachable',
        status: 'ok',
        message: `${title}(${schema.databaseId})`,
      }),
    );
    for (const check of schemaChecks(reviewSchema(schema.properties, schema.dataSourceId))) {
      add(named(check));
    }
  }
}

function schemaChecks(review: SchemaReview): DoctorCheck[] {
  const checks: DoctorCheck[] = [];
  const required = Object.values(PROPERTIES).filter((p) => p.required && p.type !== 'title');
  const problems = [
    ...(review.titleName === undefined ? ['no title property'] : []),
    ...required.filter((p) => review.missing.some((k) => PROPERTIES[k] === p)).map(missingText),
    ...review.mistypedRequired,
  ];
  checks.push(
    problems.length === 0
      ? {
          name: 'required properties',
          status: 'ok',
          message: `${review.titleName} (title), ${required.map((p) => p.name).join(', ')}`,
        }
      : {
          name: 'required properties',
          status: 'fail',
          message: problems.join('; '),
          fix: 'Add or retype them in Notion, or run `idse-sync init` to add missing ones.',
        },
  );
  const optional = Object.entries(PROPERTIES).filter(
    ([key, p]) => !p.required && key !== 'sync' && key !== 'upstream',
  );
  const optionalProblems = [
    ...optional
      .filter(([key]) => review.missing.includes(key as PropertyKey))
      .map(([, p]) => missingText(p)),
    ...review.mistypedOptional.filter((text) => !text.startsWith(`"${PROPERTIES.sync.name}"`)),
  ];
  checks.push(
    optionalProblems.length === 0
      ? {
          name: 'optional properties',
          status: 'ok',
          message: optional.map(([, p]) => p.name).join(', '),
        }
      : {
          name: 'optional properties',
          status: 'warn',
          message: `${optionalProblems.join('; ')}; their values are not written`,
          fix: '`idse-sync init` adds missing ones (it never changes an existing property).',
        },
  );
  checks.push(statusCheck(review));
  const sync = PROPERTIES.sync.name;
  const syncMistyped = review.mistypedOptional.find((text) => text.startsWith(`"${sync}"`));
  checks.push(
    review.missing.includes('sync') || syncMistyped !== undefined
      ? {
          name: 'Sync property',
          status: 'warn',
          message: `${syncMistyped ?? `no "${sync}" Text property`}: single-machine mode, each machine trusts only its own spine`,
          fix: syncMistyped
            ? `Rename that property in Notion, then run \`idse-sync init\` to add "${sync}" as Text.`
            : `\`idse-sync init\` adds it.`,
        }
      : {
          name: 'Sync property',
          status: 'ok',
          message: 'present: the ledger is shared by every machine',
        },
  );
  const relation = review.relation;
  checks.push(
    relation.state === 'ok'
      ? { name: 'Upstream/Downstream relation', status: 'ok', message: relation.message }
      : {
          name: 'Upstream/Downstream relation',
          status: 'warn',
          message: relation.message,
          fix:
            relation.state === 'missing'
              ? '`idse-sync init` adds it as a two-way relation.'
              : 'In Notion, make "Upstream Artifact" a relation to this database shown on both sides ("Downstream Artifact(s)").',
        },
  );
  checks.push(
    review.stageOptionsMissing === undefined
      ? skip('Stage options', 'no Stage select')
      : review.stageOptionsMissing.length === 0
        ? { name: 'Stage options', status: 'ok', message: 'every stage has an option' }
        : {
            name: 'Stage options',
            status: 'warn',
            message: `no option for ${review.stageOptionsMissing.join(', ')}`,
            fix: 'Nothing required: a push adds a select option the first time it uses it.',
          },
  );
  return checks;
}

function statusCheck(review: SchemaReview): DoctorCheck {
  const name = 'Status options';
  const missing = review.statusOptionsMissing;
  if (missing === undefined) return skip(name, 'no Status property of type Status');
  const extra =
    review.statusOptionsExtra.length > 0 ? ` (also ${review.statusOptionsExtra.join(', ')})` : '';
  if (missing.length === 0) {
    return { name, status: 'ok', message: `${STATUS_OPTIONS.join(', ')}${extra}` };
  }
  return {
    name,
    status: 'fail',
    message: `missing ${missing.join(', ')}${extra}; until then pushes leave Status out, with a warning`,
    fix: `In Notion, edit the Status property's options to ${STATUS_OPTIONS.join(', ')} (the API cannot change status options).`,
  };
}

function missingText(spec: { name: string }): string {
  return `"${spec.name}" is missing`;
}

function skip(name: string, why: string): DoctorCheck {
  return { name, status: 'skip', message: `not checked: ${why}` };
}

function failure(name: string, error: unknown, secrets: readonly string[] = []): DoctorCheck {
  if (isIdseError(error)) {
    return { name, status: 'fail', message: error.message, fix: error.fix };
  }
  return {
    name,
    status: 'fail',
    message: describeNotionError(error, secrets),
    fix: 'Check the network and NOTION_BASE_URL, then run again.',
  };
}

function redactCheck(check: DoctorCheck, secrets: readonly string[]): DoctorCheck {
  return {
    ...check,
    message: redactSecrets(check.message, secrets),
    ...(check.fix !== undefined ? { fix: redactSecrets(check.fix, secrets) } : {}),
  };
}
