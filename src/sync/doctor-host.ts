import { join } from 'node:path';
import { isIdseError } from '../errors.js';
import { NOTION_API_URL, type NotionApiHost } from '../notion/api-host.js';
import { readNotionConfig } from '../workspace/config.js';
import type { WorkspaceLayout } from '../workspace/layout.js';
import type { DoctorCheck } from './report.js';

/**
 * Where the token goes. A `base_url` in the committed config is a failure even though no run
 * uses it (someone tried to send the token elsewhere, or a setup is wrong), a host other than
 * Notion's is a warning that names it, and an invalid or plain-http one is a failure after
 * which the token is sent nowhere (`usable` false).
 */
export function apiHostCheck(
  layout: WorkspaceLayout | undefined,
  resolveHost: () => NotionApiHost,
): { check: DoctorCheck; usable: boolean } {
  const name = 'Notion API host';
  let host: NotionApiHost;
  try {
    host = resolveHost();
  } catch (error) {
    if (!isIdseError(error)) throw error;
    return {
      check: { name, status: 'fail', message: error.message, fix: error.fix },
      usable: false,
    };
  }
  const committed = committedBaseUrl(layout);
  const where = host.notice ?? `requests go to ${NOTION_API_URL}`;
  if (committed !== undefined) {
    const check: DoctorCheck = {
      name,
      status: 'fail',
      message: `.idse/.idseconfig.json sets notion.base_url to ${JSON.stringify(committed)}; it is ignored (the API host never comes from a file in the repository), and ${where}`,
      fix: 'Remove notion.base_url from .idse/.idseconfig.json, and find out who added it. A proxy is set with NOTION_BASE_URL or base_url in ~/.idseconfig.json.',
    };
    return { check, usable: true };
  }
  if (host.notice !== undefined) {
    const check: DoctorCheck = {
      name,
      status: 'warn',
      message: host.notice,
      fix: 'Unset NOTION_BASE_URL (and base_url in ~/.idseconfig.json) unless you mean to use that host.',
    };
    return { check, usable: true };
  }
  return { check: { name, status: 'ok', message: NOTION_API_URL }, usable: true };
}

function committedBaseUrl(layout: WorkspaceLayout | undefined): string | undefined {
  if (layout === undefined) return undefined;
  try {
    const path = join(layout.idseDir, '.idseconfig.json');
    return readNotionConfig(path, { allowToken: false }).ignoredBaseUrl;
  } catch {
    return undefined; // the config check reports an unreadable file
  }
}
