import { IdseError } from '../errors.js';

/** Where Notion's API is; every request carries the token there. */
export const NOTION_API_URL = 'https://api.notion.com';

/** A checked API base URL and, when it is not Notion's, the sentence that says so. */
export interface NotionApiHost {
  /** undefined: the SDK's default, https://api.notion.com. */
  baseUrl?: string;
  /** Set for any other host: where the token goes, and who said so. */
  notice?: string;
}

const LOOPBACK_HOSTS = new Set(['localhost', '[::1]']);

/**
 * Checks a non-default Notion API base URL (`NOTION_BASE_URL`, or `base_url` in the user's own
 * `~/.idseconfig.json`; never a file of the repository). It must be an `https` URL, or `http`
 * to a loopback address (an emulator, a local proxy): plain `http` elsewhere would send the
 * token over the network unencrypted. `source` names where the value came from.
 */
export function checkNotionApiHost(value: string | undefined, source: string): NotionApiHost {
  if (value === undefined) return {};
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new IdseError(
      'notion-host-invalid',
      `${source} is not a URL: ${JSON.stringify(value)}.`,
      `Unset it to use ${NOTION_API_URL}, or set it to the full URL of a proxy (https://…).`,
    );
  }
  if (url.username !== '' || url.password !== '' || url.search !== '' || url.hash !== '') {
    throw new IdseError(
      'notion-host-invalid',
      `${source} must be a plain base URL, without credentials, query or fragment.`,
      `Unset it to use ${NOTION_API_URL}, or set it to a base URL such as https://proxy.example.com.`,
    );
  }
  const loopback = LOOPBACK_HOSTS.has(url.hostname) || /^127(?:\.\d{1,3}){3}$/.test(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    throw new IdseError(
      'notion-host-insecure',
      `${source} is ${url.origin}: the Notion token is only sent over https (plain http only to this machine's loopback address).`,
      `Use an https URL, or unset ${source} to use ${NOTION_API_URL}.`,
    );
  }
  const shown = `${url.origin}${url.pathname === '/' ? '' : url.pathname}`;
  if (shown === NOTION_API_URL) return { baseUrl: value };
  return {
    baseUrl: value,
    notice: `Notion requests, with the token, go to ${shown} (set by ${source}), not ${NOTION_API_URL}`,
  };
}

/** What a run says about a `base_url` in the committed config, which it never uses. */
export function committedBaseUrlWarning(value: string): string {
  return `.idse/.idseconfig.json sets notion.base_url to ${JSON.stringify(value)}: ignored, the Notion API host is never taken from a file in the repository (remove it; set NOTION_BASE_URL, or base_url in ~/.idseconfig.json, for a proxy)`;
}
